"""A yes/no question's two answers in other words: one quote says there were none of the thing asked, another counts
them ("There were no civilian casualties." / "Four civilians, two of them children, were killed …" for "Did civilians
die in Tolle?").

The same-claim cosine does not pair these (they share one noun and no verb), and the denial rule looks for the asked
act under a negation, which "no civilian casualties" does not hold. The signal here is syntax: a zero quantifier
("no", "not a single", "not one", "zero") on a noun, against a cardinal number on the same noun ("Four civilians",
"12 arrests") in the other quote, which itself puts no zero on it; both quotes hold a word of the question (the noun
or the act asked). `sides.pick` also wants the two on one topic (ON_POINT), from two outlets and two sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.attribution.number_words import VALUES
from app.answer.select import Quote
from app.text.terms import per_text, term_set, terms

QUOTES = 1 << 12  # per-text caches: each candidate quote is compared with several others

# A yes/no question opens with an auxiliary or a copula ("Did civilians die …", "Were any villagers killed?")
_YES_NO = re.compile(r"\s*(?:did|does|do|was|were|is|are|has|have|had)\b", re.IGNORECASE)

# "no" that quantifies nothing: a comparison or a bound ("no more than 30 civilians"), a time ("no longer"), a pronoun
_NOT_ZERO = frozenset("more fewer less longer later sooner earlier matter doubt one".split())
_ZERO = re.compile(r"\b(?:no|zero|not\s+a\s+single|not\s+one|not\s+any)\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})",
                   re.IGNORECASE)

# A zero inside a claim the quote reports is the claim's, not the quote's: "contradicting the government's claim that
# no civilians died" counts the dead itself
_CLAIM_OPENS = re.compile(r"\b(?:claim(?:s|ed)?|assertions?|allegations?|insist(?:s|ed)?)\s+that\s+$", re.IGNORECASE)

_NUMBER_WORDS = sorted((w for w in VALUES if w not in ("a", "zero")), key=len, reverse=True)
# A cardinal before its noun, up to one modifier between: "Four civilians", "12 striking workers"; not a year ("in
# 2019 workers …"), a sum ("$4 million") or a share ("30 percent")
_COUNT = re.compile(rf"(?<![$\d.,])\b(?:\d{{1,3}}(?:,\d{{3}})*|{'|'.join(_NUMBER_WORDS)})\b(?!\s*(?:percent|%))"
                    r"\s+(?P<np>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)", re.IGNORECASE)


def yes_no(question: str) -> bool:
    return _YES_NO.match(question) is not None


@per_text(maxsize=QUOTES)
def zeroed(text: str) -> frozenset[str]:
    """Stems of the words a zero quantifier bears on, up to its noun: "no civilian casualties" → civilian, casualti.
    Not a zero of a claim the text reports ("the government's claim that no civilians died")."""
    found: set[str] = set()
    for m in _ZERO.finditer(text):
        words = m.group("np").split()
        if words[0].casefold() not in _NOT_ZERO and not _CLAIM_OPENS.search(text, 0, m.start()):
            found.update(terms(" ".join(words)))
    return frozenset(found)


@per_text(maxsize=QUOTES)
def counted(text: str) -> frozenset[str]:
    """Stems of the words a cardinal number counts: "Four civilians" → civilian; "12 striking workers" → strike,
    worker. A year is no count (at most three digits before a comma)."""
    found: set[str] = set()
    for m in _COUNT.finditer(text):
        found.update(terms(m.group("np")))
    return frozenset(found)


def none_against_count(question: str, asked: frozenset[str], a: str, b: str) -> bool:
    """For a yes/no question whose terms are `asked`, one text puts a zero on a noun and the other counts it, with no
    zero of its own on it (in either order), and both hold a word of the question (`_about_asked`)."""
    if not yes_no(question):
        return False
    return any(_about_asked((zeroed(z) & counted(c)) - zeroed(c) - counted(z), asked, z, c)
               for z, c in ((a, b), (b, a)))


def _about_asked(shared: frozenset[str], asked: frozenset[str], a: str, b: str) -> bool:
    """Both texts quantify a noun (`shared`) and hold a word of the question: the noun itself ("Did civilians die …")
    or the act ("Were any villagers killed?": "… said no civilians were killed" / "Four civilians … were killed")."""
    return bool(shared) and bool(asked & term_set(a) & term_set(b))


def none_counted_pair(question: str, asked: frozenset[str], texts: Sequence[Quote], close: Sequence[int],
                      paired: Callable[[int, int], bool]) -> tuple[int, int, str] | None:
    """A close quote and ANY candidate (not only those within a pool of the best score: the denial is often worded
    apart from the question, "There were no civilian casualties." for "Did civilians die …?", and ranks low) that may
    be paired (`paired(i, j)`: on one topic, other outlets, sources and sides) where one says none and the other
    counts (`none_against_count`): a denial. Only a yes/no question has one (checked once, not per pair)."""
    if not yes_no(question):
        return None
    return next(((i, j, "denial") for i in close for j in range(len(texts)) if j > i and paired(i, j)
                 and none_against_count(question, asked, texts[i].text, texts[j].text)), None)
