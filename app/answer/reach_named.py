"""The story a question names, when retrieval found only another's: "Is H.R. 1 constitutional?" retrieves the
passages about the House reading the Constitution (another story: every word but the bill's) and none of the
articles about H.R. 1, so even a "Not covered" answer quoted the reading as related.

When no retrieved passage's article holds any of the question's subject names or designations (`named`; an
outlet's name is no subject), the passages are another story's. The subject's own words are searched again
(`subject_words`: "H.R. 1"), and the passages found whose article names the subject join the retrieved ones; quote
choice (`story.on_story`) then keeps the story that names it. An index that names the subject nowhere finds none, and
the answer is what it was. Pure functions, no model.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.answer.named import DESIGNATION, WORD, designations, question_names, subjects_held
from app.answer.retrieve import Hit
from app.text.terms import term_set


def _subject(question: str, outlets: frozenset[str]) -> tuple[list[frozenset[str]], tuple[tuple[str, ...], ...]]:
    """The question's names that are not an outlet's nor a designation's words, and its designations."""
    marks = designations(question)
    own = frozenset(w for d in marks for w in d)  # "Section" of "Section 230" is no name of its own
    return [n for n in question_names(question) if not n <= outlets and not n <= own], marks


def names_subject(question: str, hits: Sequence[Hit], outlets: frozenset[str] = frozenset()) -> list[Hit]:
    """The passages whose article holds one of the question's subject names or designations (`outlets`: the terms of
    outlets' names, which name no subject); a passage whose article's terms were not stored is read alone."""
    return _naming(hits, *_subject(question, outlets))


def _naming(hits: Sequence[Hit], names: Sequence[frozenset[str]], marks: Sequence[tuple[str, ...]]) -> list[Hit]:
    """`names_subject` for the subject's names and designations (`named.subjects_held`)."""
    return [hit for hit in hits if subjects_held(names, marks, hit)]


def subject_words(question: str, hits: Sequence[Hit]) -> str | None:
    """The question's words naming its subject ("H.R. 1", "Joe Sestak"), to search again, when it names one and no
    passage of `hits` names it; None otherwise (nothing retrieved, no subject, or a passage names it)."""
    if not hits:
        return None
    outlets = frozenset().union(*(term_set(h.outlet) for h in hits))
    names, marks = _subject(question, outlets)
    if not names and not marks or _naming(hits, names, marks):
        return None
    named = frozenset().union(*names)
    marks_at = [m.span() for m in DESIGNATION.finditer(question)]
    words = [question[a:b] for a, b in marks_at]  # "H.R. 1", not "H.R. 1 H.R.": a designation's words are its own
    words += [m.group() for m in WORD.finditer(question) if term_set(m.group()) & named
              and not any(a <= m.start() < b for a, b in marks_at)]
    return " ".join(dict.fromkeys(words)) or None
