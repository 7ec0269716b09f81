"""Tokenisation shared by the lexical index, quote selection and the fake embedder."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache, update_wrapper
from typing import Any, TypeVar

import Stemmer

from app.text.apostrophe import typed_inside_words

# Not bm25s's token pattern (2+ word characters): it drops one-digit numbers ("district 1"), which
# questions and claims compare; the eval scored both the same. An abbreviation written with internal full
# stops is one token ("h.r.", "u.s.", "n.a.a.c.p."), not letters: "H.R. 1" names a bill, "h", "r" name nothing.
# A letter after a word boundary but not after a full stop ("2.b.v" is no abbreviation) runs on over ".x" pairs;
# tried only after a one-letter word, so the scan costs what it did without it (an alternative cost 50% more).
_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+|(?<=\b[a-z])(?<!\.[a-z])(?:\.[a-z]\b)+\.?)?")
_STEMMER = Stemmer.Stemmer("english")
TERMS_VERSION = 7  # bump when tokens change: a BM25 index saved with other tokens is rebuilt
STOPWORDS = frozenset(
    """a an and are as at be been being but by can could did do does doing for from had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor
    not of off on once only or other our ours out over own same she should so some such than that
    the their theirs them then there these they this those through to too under until up very was
    we were what when where which while who whom why will with would you your yours about above
    after again against all any because before below between both during each few further
    say said says according also""".split()
)


F = TypeVar("F", bound=Callable)
_CACHES: list = []  # every per-text cache, for `forget_texts`


def per_text(maxsize: int, told: Callable[[Any], Any] | None = None) -> Callable[[F], F]:
    """`lru_cache` for a pure function of a text, registered so that `forget_texts` clears it. `told`: for a text
    `tell` gave what ingest stored for it (a stored sentence: its terms, its figures), a call not cached yet returns
    `told(stored)` instead of working it out when that is not None (a quote that is one stored sentence is not
    tokenised or parsed again on each question). `__wrapped__` stays the function itself."""
    def wrap(f: F) -> F:
        if told is None:
            cached = lru_cache(maxsize=maxsize)(f)
        else:
            def first(text: str):
                stored = _TOLD.get(text)
                found = told(stored) if stored is not None else None
                return f(text) if found is None else found
            cached = lru_cache(maxsize=maxsize)(update_wrapper(first, f))
            cached.__wrapped__ = f  # type: ignore[attr-defined]
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return wrap


_TOLD: dict[str, Any] = {}  # what ingest stored for a text, by the text (`tell`), for the `told` caches to read
TOLD_MAX = 1 << 12


def tell(text: str, stored: Any) -> None:
    """Give the per-text caches with a `told` reader what ingest stored for `text` (one dict entry: read only if a
    rule asks; at most TOLD_MAX texts at once, the oldest dropped past that; `forget_texts` drops them all)."""
    if len(_TOLD) >= TOLD_MAX:
        try:
            _TOLD.pop(next(iter(_TOLD)), None)
        except (StopIteration, RuntimeError):  # emptied, or changed meanwhile: nothing to drop
            pass
    _TOLD[text] = stored


def forget_texts() -> None:
    """Clear every per-text cache (the bench times each question as if never asked before)."""
    for cached in _CACHES:
        cached.cache_clear()
    _TOLD.clear()


@per_text(maxsize=1 << 16)  # a corpus has a bounded vocabulary; the same words recur per question
def stem(word: str) -> str:
    """Snowball (Porter2) English stem, PyStemmer's C implementation: 'accounts'/'account',
    'claimed'/'claim', 'policies'/'policy'."""
    return _STEMMER.stemWord(word)


def stem_words(words: list[str]) -> list[str]:
    """`stem` of many words in one call into the stemmer, uncached (for a whole word list loaded once)."""
    return _STEMMER.stemWords(words)


# Words that shape a question but never say what it is about ("What happened in Paris?").
QUESTION_WORDS = frozenset(
    """happen happened happens happening think thinks know knows really actually anything
    something everything""".split()
)
QUERY_STOPWORDS = STOPWORDS | QUESTION_WORDS  # made once: a union per call cost 5 us, a dozen calls a question


def terms(text: str, *, query: bool = False) -> list[str]:
    """Lower-cased, stemmed content words of `text` (stop words removed; for a query, question
    words too — documents keep them, so the index does not depend on how people ask)."""
    drop = QUERY_STOPWORDS if query else STOPWORDS
    found = _TOKEN.findall(typed_inside_words(text.lower()))  # "don’t" is "don't"
    if "." in "".join(found):  # an abbreviation: rare, so the common text pays one scan (in C: no generator)
        found = [w for t in found for w in _letters(t)]
    return [stem(t) for t in found if t not in drop]


# An abbreviation is one term, its letters ("H.R." is "hr", "F.B.I." is "fbi"), unless those spell a word: "U.S."
# stays the letters "u", "s" it always was (joined, every article's "U.S." changed BM25's document lengths, and the
# ranking shifts cost more cases than the joined term gained), as do "A.M." and "I.T.".
_SPELLS_A_WORD = STOPWORDS | frozenset("us am".split())


@per_text(maxsize=1 << 12)
def _letters(token: str) -> tuple[str, ...]:
    """A token as terms: an abbreviation's letters joined (`_SPELLS_A_WORD`: apart), any other token itself."""
    if "." not in token:
        return (token,)
    letters = token.replace(".", "")
    return tuple(letters) if letters in _SPELLS_A_WORD else (letters,)


def _stored_terms(stored: Any) -> frozenset[str] | None:
    """A told sentence's stored terms (None: not stored)."""
    return stored.terms


# quote texts: an answer compares each candidate quote with several others; one that is a stored sentence is told
@per_text(maxsize=1 << 12, told=_stored_terms)  # its stored terms (`select.rank_quotes`)
def term_set(text: str) -> frozenset[str]:
    """`terms(text)` as a set, computed once per text."""
    return frozenset(terms(text))
