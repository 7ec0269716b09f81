"""Does a quote report the asked event as another doer's?

"Which sheriffs sued Colorado …" asks for the sheriffs' suit. News writing names an event by its verb or by the
verb's noun ("sue": suit, lawsuit; "rule": ruling), and names that event's doer as the verb's subject, the noun's
possessor or its by-phrase: "The lawsuit was brought by attorneys general in Nebraska and Oklahoma", "Nebraska and
Oklahoma filed a lawsuit", "the states' lawsuit", "a suit by two states". A sentence that gives the event such a doer
and names no holder of the asked office tells of another doer's act: it does not answer, whatever its neighbour names
(a sheriff quoted backing the states' suit is no sheriff suing).
Pure functions over the question's and the quote's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from app.answer.asked_events import DID_CASE, INDEFINITE, carrier, yes_no_matches
from app.answer.presumed import forms
from app.answer.select import Quote
from app.answer.verb_forms import EVENT_NOUNS
from app.text.terms import STOPWORDS, stem, term_set, terms

# A pronoun names no doer: "he asked", "after they sued" may be the asked doer, named a sentence before
_PRONOUNS = frozenset("he she they it we i you this that these those".split())
# "Which court did Colorado sheriffs ask …", "What sentence did Hunter receive …": a wh-phrase of one noun, then the
# "Did <subject> <verb>" of a yes/no question
_WH_DID = re.compile(r"^\W*(?:which|what)\s+[a-z]+\s+(?=did\b)", re.I)
# The verbs that bring a suit, an appeal, a complaint … ("X filed a lawsuit", "the lawsuit was brought by X")
_BRINGING = r"(?:filed|brought|launched|lodged|initiated|mounted|announced|cast|made|issued)"
# up to seven words, ended by the pattern's next part; not a conjunction or relative word (", and sued": no doer named)
_AGENT = r"(?P<agent>(?!(?i:and|but|or|nor|then|which|who|that)\b)(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)"


def asked_event(verb: str) -> str | None:
    """The base verb of `EVENT_NOUNS` the asked verb is a form of, or whose noun it is ("sued", "lawsuit": sue)."""
    word = verb.casefold()
    return next((base for base, nouns in EVENT_NOUNS.items() if word in nouns or stem(word) in forms(base)), None)


@lru_cache(maxsize=len(EVENT_NOUNS))  # one list per event verb, built once (read for each answering quote)
def _patterns(base: str) -> tuple[re.Pattern, ...]:
    nouns = "|".join(EVENT_NOUNS[base])
    past = "|".join(sorted({base[:-1] + "ed" if base.endswith("e") else base + "ed", base + "s"}))
    return (re.compile(rf"\b(?i:{nouns})\b\s+(?:(?:was|were|has\s+been|had\s+been|is|are)\s+)?(?:{_BRINGING}\s+)?"
                       rf"by\s+{_AGENT}(?=\s*(?:[,.;:]|\band\b|\bwho\b|\bthat\b|$))"),
            re.compile(rf"(?:^|[,;]\s*|\b(?:after|when|as|because|since)\s+){_AGENT}\s+{_BRINGING}\s+"
                       rf"(?:(?:a|an|the|their|its|his|her)\s+)?(?:[\w-]+\s+){{0,2}}?(?i:{nouns})\b"),
            re.compile(rf"{_AGENT}['’]s?\s+(?:[\w-]+\s+)?(?i:{nouns})\b"),
            re.compile(rf"(?:^|[,;]\s*|\b(?:after|when|as|because|since)\s+){_AGENT}\s+(?:{past})\b"))


def reported_agents(base: str, text: str) -> list[str]:
    """The doers `text` gives the event of `base` (its noun's by-phrase or possessor, its bringer, its verb's
    subject)."""
    return [m.group("agent") for rx in _patterns(base) for m in rx.finditer(text)
            if m.group("agent").split()[-1].casefold() not in _PRONOUNS]


def others_event(base: str, names_asked: Callable[[str], bool], text: str) -> bool:
    """`text` gives the event of `base` a doer and never names the asked one (`names_asked`)."""
    return not names_asked(text) and bool(reported_agents(base, text))


def names_event(base: str, text: str) -> bool:
    """`text` names the event of `base` by a form of its verb or by its noun."""
    words = re.findall(r"[\w'’-]+", text.casefold())
    return any(w in EVENT_NOUNS[base] or stem(w) in forms(base) for w in words)


def told_as_others(verb: str, names_asked: Callable[[str], bool], answering: Sequence[Quote]) -> bool:
    """The answering quotes tell the asked event (`verb`, of `EVENT_NOUNS`) as another doer's and none names the
    asked doer (`names_asked`) with the event in one sentence: the sources give the event's doer, of another kind."""
    base = asked_event(verb)
    if base is None or not any(others_event(base, names_asked, q.text) for q in answering):
        return False
    return not any(names_asked(q.text) and names_event(base, q.text) for q in answering)


def subject_told_as_others(question: str, answering: Sequence[Quote]) -> list[str]:
    """The head of a yes/no question's subject ("Did Colorado sheriffs sue …": sheriffs), or of a one-noun
    wh-question's ("Which court did Colorado sheriffs ask …"), when the answering quotes tell its event as another
    doer's (`told_as_others`)."""
    wh = _WH_DID.match(question)
    question = question[wh.end():] if wh else question
    for m in yes_no_matches(question) if wh is None else [m for m in [DID_CASE.match(question)] if m]:
        words = [w for w in re.findall(r"[\w’'-]+", m.group("subj")) if w.casefold() not in STOPWORDS | INDEFINITE]
        head = (terms(" ".join(words)) or [""])[-1]
        if head and told_as_others(carrier(question, m), lambda t, h=head: h in term_set(t), answering):
            return [words[-1]]
    return []
