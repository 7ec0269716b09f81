"""A quote that says the detail asked for was not told is no answer to it.

News says so in a few set ways: "he refused to provide details, such as who approached him and what position was
dangled in front of him", "had been offered a job but provided no details", "It was not immediately clear how the
official defined 'targeting'", "It was unclear where Mr. Bush got the figure". Such a sentence holds the question's
words, so relevance ranks it first, but it tells the reader the answer was withheld, not the answer. A quote is untold
for a question (`untold_for`) when
  - an indirect question it says is not told or not known (`withheld.untold`) asks what the question asks (the same
    wh-word: "who approached him" for "Who approached …") and holds a word of the question that the rest of the
    quote does not (it is asked there, not told); or
  - the question asks for a detail ("Who / What / Which / Where / When / How …") and the quote says the details were
    not given ("provided no details", "refused to provide details").
A yes/no question is answered by "it was unclear if …" (neither yes nor no: not known), and a question about the
telling itself ("Did Sanders say whether …", "Why did Sestak refuse to say …") by the sentence that reports it: not
read; nor, for a question asking a source's words ("What did X report about …"), a quote where X itself says it is
not known: X's report (`source_unsure`). Such a quote does not open a plain answer when a told quote within
ACT_MARGIN of the best does (`told_order`), and when every close quote is untold and none within ACT_MARGIN answers,
the question is not covered (`untold_only`): the withheld sentence stays among the related quotes, never the answer.
Pure functions over the question and the quotes' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.opening import ACT_MARGIN
from app.answer.persons import asks_person, names_person
from app.answer.places import gives_place
from app.answer.presumed import forms
from app.answer.select import Quote
from app.answer.source_unsure import reports_unknown
from app.attribution.withheld import asserted, untold
from app.text.terms import STOPWORDS, per_text, stem, term_set

UNKNOWN_WORDS = 2  # question words a candidate holds only inside what it says is not known: it restates the question
_WHERE = re.compile(r"^\W*where\b", re.I)
_WH = re.compile(r"^\W*(?P<wh>who|whom|whose|what|which|where|when|why|how)\b", re.I)
# the same question asked inside a sentence: "what" and "which" ask the same
_SAME = {"whom": "who", "whose": "who", "which": "what"}
# the question asks about the telling itself, not the detail told ("Why did the White House take three months to
# explain …")
_ABOUT_TELLING = re.compile(r"\b(?:refus\w*|declin\w*|disclos\w*|reveal\w*|unclear|details?|comment\w*|secret\w*|"
                            r"explain\w*|discuss\w*|(?:say|said|tell|told|know|knew|known)\s+(?:who|what|which|"
                            r"whether|if|how|why|where|when))\b", re.I)
# the details were not given: "provided no details", "refused to provide details", "without giving details"
_NO_DETAILS = re.compile(r"\b(?:(?:provid\w*|gave|giv\w*|offer\w*)\s+(?:few|no)\s+(?:further\s+|other\s+)?details|"
                         r"(?:refus\w*|declin\w*)\s+to\s+(?:provide|give|offer|share|disclose)\s+(?:any\s+)?"
                         r"(?:further\s+)?details|(?:did|would|could)\s+not\s+(?:provide|give|offer|share|disclose)\s+"
                         r"(?:any\s+)?(?:further\s+)?details|without\s+(?:providing|giving|offering)\s+"
                         r"(?:any\s+)?details)\b", re.I)


def _wh(text: str) -> str:
    word = text.split(maxsplit=1)[0].casefold() if text.strip() else ""
    return _SAME.get(word, word)


@per_text(maxsize=1 << 8)
def detail_asked(question: str) -> tuple[str, frozenset[str]] | None:
    """The question's wh-word and its content terms; None when it asks about the telling itself or is no
    wh-question."""
    m = _WH.match(question)
    if m is None or _ABOUT_TELLING.search(question):
        return None
    return _wh(m.group("wh")), term_set(question) - STOPWORDS


def untold_for(question: str, text: str) -> bool:
    """`text` says the detail `question` asks for was not told (module docstring)."""
    parsed = detail_asked(question)
    if parsed is None:
        return False
    wh, words = parsed
    if _NO_DETAILS.search(text):
        return True
    clauses = [c for c in untold(text) if _wh(c) == wh]
    if not clauses:
        return False
    told = term_set(asserted(text))
    return any((term_set(c) & words) - told for c in clauses)


def _untold(question: str, q: Quote) -> bool:
    """`q` says the detail asked was not told, and is not the asked source's own word that it is not known
    (`source_unsure`: "What did X report …" is answered by X's "it is unclear what …")."""
    return untold_for(question, q.text) and not reports_unknown(question, q)


def _answers_type(question: str, text: str) -> bool:
    """A "who" question's answer names a person it does not (`persons.names_person`), a "where" question's a place
    (`places.gives_place`); others: any told quote."""
    if asks_person(question):
        return names_person(question, text)
    return not _WHERE.match(question) or gives_place(question, text)


def told_first(question: str, ranked: Sequence[Quote]) -> int | None:
    """The position of the first quote within ACT_MARGIN of the best that is not untold and gives the type asked,
    else the first not untold; None: every one is untold."""
    floor = ranked[0].score - ACT_MARGIN if ranked else 0.0
    told = [i for i, q in enumerate(ranked) if q.score >= floor and not _untold(question, q)]
    return next((i for i in told if _answers_type(question, ranked[i].text)), told[0] if told else None)


def _inside(question: str, text: str) -> dict[str, str]:
    """The question's words (stem of a form: word; "got" for "get") that `text` holds inside an indirect question it
    says is not told or not known, asking what the question asks (a "what" question may ask any: "What was the source
    of …" for "where Mr. Bush got the figure")."""
    parsed = detail_asked(question)
    if parsed is None:  # no detail asked: the text's clauses are not read
        return {}
    clauses = [c for c in untold(text) if parsed[0] in (_wh(c), "what")]
    if not clauses:
        return {}
    wanted = {s: w for w in re.findall(r"[a-z]+", question.casefold()) for s in forms(w) if stem(w) in parsed[1]}
    return {s: wanted[s] for c in clauses for s in term_set(c) if s in wanted}


def _unknown_words(question: str, ranked: Sequence[Quote], near: Sequence[Quote]) -> frozenset[str]:
    """The question's words a candidate holds inside what it says is not known (`_inside`) that no told quote in
    `near` holds outside such a clause."""
    inside = {w for q in ranked for w in _inside(question, q.text).values() if not reports_unknown(question, q)}
    if not inside:
        return frozenset()
    told = set().union(*(term_set(asserted(q.text)) for q in near if not _untold(question, q)))
    return frozenset(w for w in inside if not forms(w) & told)


def says_unknown(question: str, ranked: Sequence[Quote]) -> Quote | None:
    """The first quote that holds UNKNOWN_WORDS of the question's words inside what it says is not told or not known
    (it restates the question there: "It was unclear where Mr. Bush got the figure"): a not-covered reply shows it
    first among the related ones. Not "provided no details": that names no detail, and may be another question's."""
    return next((q for q in ranked if len(set(_inside(question, q.text).values())) >= UNKNOWN_WORDS
                 and not reports_unknown(question, q)), None)


def untold_only(question: str, answering: Sequence[Quote], ranked: Sequence[Quote]) -> bool:
    """The sources do not tell what is asked: every quote that answers (within CLOSE of the best) says the detail was
    not told, or a candidate says UNKNOWN_WORDS of the question's words are not known ("It was unclear where Mr. Bush
    got the figure") and no told quote within ACT_MARGIN holds them; and none within ACT_MARGIN that is told gives
    the type asked (a person for "who", a place for "where")."""
    if not answering:
        return False
    floor = ranked[0].score - ACT_MARGIN if ranked else 0.0
    near = [q for q in ranked if q.score >= floor]
    if not all(_untold(question, q) for q in answering) \
            and len(_unknown_words(question, ranked, near)) < UNKNOWN_WORDS:
        return False
    found = told_first(question, ranked)
    return found is None or not _answers_type(question, ranked[found].text)


def told_order(question: str, ranked: Sequence[Quote], kept: list[int], close: float, most: int) -> list[int]:
    """A plain answer's positions (`opening.plain_order`) without the quotes that say the detail was not told; when
    the opening one does, the told quote `told_first` finds opens instead, and told quotes of other outlets within
    `close` of it follow, up to `most`."""
    if not kept or not any(_untold(question, ranked[i]) for i in kept):
        return kept
    rest = [i for i in kept if not _untold(question, ranked[i])]
    if rest and rest[0] == kept[0]:
        return rest
    first = told_first(question, ranked)
    if first is None:
        return kept
    # the told quotes now answer: another outlet's within `close` of the new opening corroborates it, as the close
    # ones corroborate the best in `plain_order`; not a person's name: another name is another answer, not the same
    floor, out = ranked[first].score - close, [first]
    for i, q in enumerate(ranked):
        if len(out) < most and i != first and q.score >= floor and all(q.outlet != ranked[j].outlet for j in out) \
                and not _untold(question, q) and not asks_person(question):
            out.append(i)
    return out
