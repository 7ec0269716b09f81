"""Opposite verdicts: one quote says a verdict word and another its opposite ("legal" / "illegal").

Pure functions over two sentences, no model; a rule of `app/attribution/contradict.py`'s kind, kept
apart because the answer stage reads the words themselves (what the disagreement is about)."""

from __future__ import annotations

import functools
import re

from app.text.terms import term_set, terms

# Verdict words and their opposites (stems): a quote saying one and another saying its opposite disagree.
OPPOSITES = (("legal", "illegal"), ("proper", "improper"), ("guilty", "innocent"), ("true", "false"),
             ("increase", "decrease"), ("support", "oppose"), ("win", "lose"), ("constitutional", "unconstitutional"),
             ("safe", "dangerous"), ("success", "failure"))


# A word that shares a verdict word's stem but names the matter, not a verdict on it: "the Constitution" is not
# "constitutional" (a quote naming the Constitution says nothing about whether a thing is constitutional).
_MATTER = re.compile(r"\bconstitutions?\b", re.IGNORECASE)


def verdict_text(text: str) -> str:
    """`text` without the words that only share a verdict word's stem (`_MATTER`)."""
    return _MATTER.sub(" ", text)


@functools.cache
def _opposite_terms() -> tuple[tuple[str, str], ...]:
    """OPPOSITES as search terms (stemmed the way `terms` stems a quote)."""
    return tuple((terms(x)[0], terms(y)[0]) for x, y in OPPOSITES)


@functools.cache
def verdict_terms() -> frozenset[str]:
    """Every verdict word of OPPOSITES, either side, as search terms."""
    return frozenset(t for pair in _opposite_terms() for t in pair)


def opposite_verdicts(a: str, b: str) -> bool:
    return verdict_words(a, b) is not None


def verdict_words(a: str, b: str) -> tuple[str, str] | None:
    """The opposite verdicts of a and b, a's first ("illegal", "legal"), or None."""
    sa, sb = term_set(verdict_text(a)), term_set(verdict_text(b))
    for (x, y), words in zip(_opposite_terms(), OPPOSITES):
        if x in sa and y in sb and y not in sa:
            return words
        if y in sa and x in sb and x not in sa:
            return words[1], words[0]
    return None
