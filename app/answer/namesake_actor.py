"""Is the person the question asks about the one who acts in the answer, or another of the same surname?

"When did Hillary Clinton talk to Joe Sestak …?" shares the surname with the story's actor: "The White House asked
former President Bill Clinton to talk to Rep. Joe Sestak …"; the article names Hillary Clinton too, only as what
another acts on ("a loyal and tireless supporter of Hillary Clinton's run", "Mr. Sestak endorsed Hillary Rodham
Clinton"), so a check that the article names her in full (`namesakes.namesake`) lets the answer through. News writing
names the person a story is about in its headline ("White House Asked Bill Clinton to Urge Sestak …") and then by
surname alone ("Sestak said Clinton called him", "Mr. Clinton was one of the first to call"): a bare surname in an
article whose headline names another of that surname in full is that other person; "Mr." / "Mrs." tell the two
apart only where the article uses one of them (both used: read as either). When the question's subject (the doer of
its act, right after its auxiliary) is a person named in full, some answering quote names another of that surname,
and none names the asked person as an actor (in full or by a surname that is theirs, not a possessive nor the object
of a verb or preposition) nor has them speak, the answer is about someone else. Pure functions over the quotes'
text, their headlines and their articles' stored terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.name_sex import person_sex
from app.attribution.lexicon import STOP_WORDS
from app.answer.named import TITLES
from app.answer.namesakes import asked_person
from app.answer.select import Quote
from app.text.first_names import first_name_forms
from app.text.terms import terms
from app.text.titles import ROLES

# "When did Hillary Clinton talk …", "What role did Hillary Clinton play …": the subject after the auxiliary
_SUBJECT = re.compile(r"\b(?:did|does|do|has|have|had|will|would|can|could)\s+"
                      r"(?P<name>(?:[A-Z][\w.'’-]*\s+){1,4})[a-z]")
# A word before a name that leaves it the subject of what follows (not a verb's or a preposition's object)
_OPENERS = frozenset("and but or that said says when while as because since if after before where by then also so "
                     "who though although until once".split())
_CAP = re.compile(r"[A-Z][\w.'’-]*")
# Titles and offices written before a name ("former President", "Rep.", "Chief of Staff"): they name no one
_BEFORE_NAME = TITLES | frozenset(terms(" ".join(ROLES)))
_TITLED = {"m": frozenset({"mr"}), "f": frozenset({"mrs", "ms"})}


def asked_subject(question: str) -> tuple[str, str, str] | None:
    """The asked person's first-name term, surname term and surname as written, when the person named in full
    (`namesakes.asked_person`) is the subject of the question's act."""
    person = asked_person(question)
    m = _SUBJECT.search(question)
    if person is None or m is None:
        return None
    words = m.group("name").split()
    named = [t for w in words for t in terms(w)]
    if person[0] not in named or person[1] not in named:
        return None
    written = next(w for w in words if person[1] in terms(w))
    return person[0], person[1], re.sub(r"['’]s$", "", written)


def _mentions(text: str, written: str) -> list[tuple[list[str], str, bool]]:
    """Each use of the surname in `text`: the capitalised words right before it (titles kept; not a function word
    capitalised because it opens the sentence, "Among Mrs. Clinton’s disclosures": `lexicon.STOP_WORDS`), the word
    before those ("" at a clause's start), and whether it is a possessive."""
    out = []
    for m in re.finditer(rf"\b{re.escape(written)}\b(?P<poss>['’]s)?", text):
        before = text[:m.start()].split()
        run: list[str] = []
        while before and (_CAP.fullmatch(before[-1]) and before[-1].casefold() not in STOP_WORDS
                          or before[-1] in ("and", "former")) and len(run) < 5:
            run.insert(0, before.pop())
        word = before[-1] if before else ""  # a clause starts after a comma, a dash or a parenthesis: no word
        word = "" if word[-1:] in ",;:—–(“\"" else word.casefold()
        out.append((run, word, m.group("poss") is not None))
    return out


def _whose(run: list[str], first: str, last: str, q: Quote) -> str:
    """'asked', 'other' or '' (cannot tell) for a use of the surname after `run` in `q`'s text."""
    names = [t for w in run for t in terms(w) if t not in _BEFORE_NAME and t != "and"]
    if first_name_forms(first) & set(names):
        return "asked"
    if names:
        return "other"  # "Bill Clinton", "President Bill Clinton"
    titled = {t for w in run for t in terms(w)} & {"mr", "mrs", "ms"}
    sentences = q.hit.sentences
    if titled and sentences is not None:
        both = [sentences.holds_run(re.compile(rb"%s %s" % (t, last.encode()))) for t in (b"mr", b"(?:mrs|ms)")]
        if all(both):  # the article writes "Mr." and "Mrs." of the surname: two people; its words may tell whose
            sex = person_sex(sentences, first, last)
            return "" if not sex else "asked" if titled & _TITLED[sex] else "other"
    return _headline_person(q, first, last)


def _headline_person(q: Quote, first: str, last: str) -> str:
    """Whom a bare surname stands for in `q`'s article: 'other' when its headline names another of the surname in
    full (`_named_in_full`) and not the asked person; '' otherwise."""
    title = str(q.hit.chunk.meta.get("title") or "")
    if first_name_forms(first) & set(terms(title)):
        return ""
    return "other" if _named_in_full(title, last, q) else ""


def _named_in_full(title: str, last: str, q: Quote) -> bool:
    """The headline gives the surname a capitalised word before it that is no title ("Asked Bill Clinton to …") and
    the article's text names the surname after that word too ("former President Bill Clinton"): a headline
    capitalises its verbs ("… to Urge Sestak to …"), which the article's sentences do not put before the name."""
    words = title.split()
    for i, w in enumerate(words[1:], 1):
        before = terms(words[i - 1])
        if terms(w) != [last] or not _CAP.fullmatch(words[i - 1]) or len(before) != 1 or before[0] in _BEFORE_NAME:
            continue
        held = q.hit.sentences.holds_run(re.compile(rb"%s %s" % (before[0].encode(), last.encode()))) \
            if q.hit.sentences is not None else None
        if held or held is None and f"{words[i - 1]} {w}" in q.hit.chunk.text:
            return True
    return False


def namesake_acts(question: str, answering: Sequence[Quote]) -> list[str]:
    """The asked surname, when the answering quotes name another person of it and never the asked one as an actor
    (module docstring)."""
    subject = asked_subject(question)
    if subject is None or not answering:
        return []
    first, last, written = subject
    other = False
    for q in answering:
        if any(last in terms(link.name) and first_name_forms(first) & set(terms(link.name)) for link in q.voiced):
            return []  # the asked person speaks
        for run, before, possessive in _mentions(q.text, written):
            whose = _whose(run, first, last, q)
            if whose != "other" and not possessive and (not before or before in _OPENERS):
                return []  # the asked person (or one who may be) acts
            other = other or whose == "other"
    return [last] if other else []
