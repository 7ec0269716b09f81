"""Opposite verdicts: one quote says a verdict word and another its opposite ("legal" / "illegal").

Pure functions over two sentences, no model; a rule of `app/attribution/contradict.py`'s kind, kept
apart because the answer stage reads the words themselves (what the disagreement is about)."""

from __future__ import annotations

import functools
import re

from app.text.terms import STOPWORDS, per_text, term_set, terms

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


@per_text(maxsize=1 << 12)  # a quote is compared with several others: its verdict words are found once
def _verdicts(text: str) -> frozenset[str]:
    """The verdict words (`verdict_terms`) among the terms of `verdict_text(text)`."""
    return term_set(verdict_text(text)) & verdict_terms()


@functools.cache
def _opposite_terms() -> tuple[tuple[str, str], ...]:
    """OPPOSITES as search terms (stemmed the way `terms` stems a quote)."""
    return tuple((terms(x)[0], terms(y)[0]) for x, y in OPPOSITES)


@functools.cache
def verdict_terms() -> frozenset[str]:
    """Every verdict word of OPPOSITES, either side, as search terms."""
    return frozenset(t for pair in _opposite_terms() for t in pair)


def verdict_words(a: str, b: str) -> tuple[str, str] | None:
    """The opposite verdicts of a and b, a's first ("illegal", "legal"), or None."""
    sa, sb = _verdicts(a), _verdicts(b)
    for (x, y), words in zip(_opposite_terms(), OPPOSITES):
        if x in sa and y in sb and y not in sa:
            return words
        if y in sa and x in sb and x not in sa:
            return words[1], words[0]
    return None


# A verdict adjective before the noun it describes names a kind of thing, not a verdict on it: "legal
# marijuana", "improper spending", "legal observers". Before a preposition, a clause, a name or the end
# ("legal in Colorado", "guilty of", "true that", "illegal?") it is the verdict itself.
_ADJECTIVES = frozenset(w for pair in OPPOSITES[:4] + OPPOSITES[7:9] for w in pair)
_TOKENS = re.compile(r"[\w’'-]+|[^\w\s]")
_NOT_NOUN = re.compile(r"\w+ly|now|today|yet|anymore|again|enough|either", re.IGNORECASE)


def attributive(question: str) -> frozenset[int]:
    """Token positions of the verdict adjectives `question` uses before a noun (`_TOKENS` order)."""
    words = _TOKENS.findall(question)
    return frozenset(i for i, (w, nxt) in enumerate(zip(words, words[1:]))
                     if w.lower() in _ADJECTIVES and nxt.isalpha() and nxt.islower()
                     and nxt not in STOPWORDS and not _NOT_NOUN.fullmatch(nxt))


@per_text(maxsize=1 << 8)  # the question's: asked of every pair of quotes with opposite verdicts
def described_kinds(question: str) -> frozenset[str]:
    """The verdict adjectives `question` uses before a noun, as search terms ("legal marijuana": legal)."""
    words = _TOKENS.findall(question)
    return frozenset(t for i in attributive(question) for t in terms(words[i]))


@per_text(maxsize=1 << 8)  # the question's, as `described_kinds`
def asked_verdicts(question: str) -> frozenset[str]:
    """The verdict words `question` asks about, as search terms: not "the Constitution" (`verdict_text`)
    nor an adjective before its noun ("Is legal marijuana flooding Nebraska?" asks no verdict)."""
    text = verdict_text(question)
    kinds = attributive(text)
    words = [w for i, w in enumerate(_TOKENS.findall(text)) if i not in kinds]
    return verdict_terms() & term_set(" ".join(words))
