"""Is the person the answer names the one the question asks about, or a namesake?

A near-topic question may name a person who shares a surname with one the story quotes ("What did Senator Ted
Kennedy say about the Wal-Mart case?" when Justice Anthony Kennedy is quoted) or whose surname is the first name
of another ("What did Paul Ryan say about elephant trophy permits?" when Ryan Zinke speaks). `named.unnamed` finds
a word of the name in the article and lets it through. News writing names a person in full at least once (a
first name, perhaps a middle name or initial, then the surname): when a sentence where the answer stands, or its
neighbour, gives the question's surname another first name ("Anthony Kennedy", "Jeb Bush") or uses it as a first
name ("Ryan Zinke"), and none names the question's person in full, the answer is about someone else.
Titles ("Justice", "Sen.") and initials are not names. Pure functions over the quotes' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.named import TITLES
from app.answer.select import Quote
from app.answer.windows import window_text
from app.attribution.lexicon import NAME_SUFFIXES
from app.text.first_names import first_name_forms
from app.text.terms import per_text, terms
from app.text.titles import ROLES

# A run of capitalised words, a middle initial inside it ("George W. Bush", "Paul G. Allen")
_RUN = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+(?:[A-Z]\.\s+)?[A-Z][a-z][\w'’-]*)*")
_POSSESSIVE = re.compile(r"['’]s$")
# The head nouns of bodies, places and things named like people ("Internal Revenue Service", "Kennedy Center")
_BODIES = frozenset(terms("service committee court department agency party house senate act association coalition "
                          "office group council commission administration union bank times post news center foundation "
                          "tower university school college board company corporation inc institute club fund street "
                          "city county state states island river mountain program project law bill amendment"))


def _names(text: str) -> list[tuple[str, ...]]:
    """The runs of capitalised words in `text`, each as its terms without titles (possessives dropped)."""
    out = []
    for m in _RUN.finditer(text):
        words = tuple(t for w in m.group().split() for t in terms(_POSSESSIVE.sub("", w)) if t not in TITLES
                      and len(t) > 1)
        if words:
            out.append(words)
    return out


def _office_cut(run: tuple[str, ...]) -> tuple[str, ...]:
    """A run without the office words that open it: "Congressman Hunter", "Chairman Royce" name a surname and no other
    first name (an office is no first name; `NAME_TITLES` cuts the common titles before this is read)."""
    k = 0
    while k < len(run) - 1 and run[k] in _BEFORE_NAME:
        k += 1
    return run[k:]


# A run after these names a place ("arraigned in San Diego", "a speech in Los Angeles")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)$", re.I)  # read at the end of the words before a run
# An office written before a name is capitalised as a title: "Senate Majority Leader Mitch McConnell", "Tea Party
# Founder Phillip Dennis" (role nouns, not NAME_TITLES: they are not cut from names elsewhere)
_BEFORE_NAME = (TITLES | frozenset(terms(" ".join(ROLES)))) - NAME_SUFFIXES


def _after_place_word(before: str) -> bool:
    """The text before a run ends in a preposition of place and a space: only its last word is read (searching the
    whole text before each run read a long question in quadratic time)."""
    words = before.rstrip()
    return len(words) < len(before) and _PLACE_BEFORE.search(words, max(0, len(words) - 4)) is not None


@per_text(maxsize=1 << 8)  # the question's: parsed on the BM25 worker while it embeds (`pipeline.read_question`)
def asked_person(question: str) -> tuple[str, str] | None:
    """The first name and surname of a person the question names by two or three words ("Paul Ryan",
    "George W. Bush"), not its first word (a capitalised opener), a longer run (a body's name), a hyphenated word
    ("Wal-Mart") nor a place ("in San Diego"); a run is read after its last title or office ("Colorado Attorney
    General John Suthers": John Suthers; "New York Gov. Andrew Cuomo": Andrew Cuomo, not New York; "Senate Majority
    Leader Mitch McConnell": Mitch McConnell)."""
    body = question.split(None, 1)[1] if len(question.split()) > 1 else ""
    for m in _RUN.finditer(body):
        if _after_place_word(body[: m.start()]):
            continue
        words = m.group().split()
        titled = [k for k, w in enumerate(words) if any(t in _BEFORE_NAME for t in terms(w))]
        words = words[titled[-1] + 1 :] if titled else words
        n = next(iter(_names(" ".join(words))), ())
        if 2 <= len(words) and 2 <= len(n) <= 3 and n[-1] not in _BODIES:
            return n[0], n[-1]
    return None


def namesake(question: str, answering: Sequence[Quote]) -> list[str]:
    """The question's person, when the sentences where the answer stands name another by its surname and none
    names it in full."""
    person = asked_person(question)
    if person is None or not answering:
        return []
    first, last = person
    firsts, asked = first_name_forms(first), frozenset(t for run in _names(question) for t in run)
    others = False
    for q in answering:
        for run in map(_office_cut, _names(window_text(q))):
            if any(f in run and last in run[run.index(f) + 1:] for f in firsts):
                return []  # named in full
            if len(run) < 2 or run[-1] in _BODIES or not set(run) - asked - {last}:
                # not a person's name, or one whose other words the question names too ("Bill and Hillary Clinton")
                continue
            others = others or run[-1] == last or last in run[:-1]  # "Anthony Kennedy", "Ryan Zinke"
    return [last] if others else []
