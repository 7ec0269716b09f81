"""Is a question's term held by a sentence in another form of the same word? Snowball stems a word's inflections
alike ("used" / "use") but keeps a derivation apart: "politics" is "polit", "politicking" is "politick". A sentence
holds a term when it holds the term itself, or a stem that extends it by a short derivational tail (or that it
extends so). An abbreviation's letters ("U.S." is "u", "s": `terms._letters`) are no words: a one-letter term is
held by any sentence (not a digit: "H.R. 1" and "H.R. 2" are two bills). Pure functions over term sets, no model.
"""

from __future__ import annotations

from collections.abc import Iterable

DERIVED_MIN = 5  # letters of the shorter stem: "polit" / "politick", not "part" / "party"
DERIVED_TAIL = 3  # letters a derivation adds at most ("-ick", "-er"): "state" / "statement" stay apart


def derived(a: str, b: str) -> bool:
    """One stem is the other plus a short tail: two forms of one word ("polit" / "politick"). The length test first:
    most pairs a question's terms make with a sentence's differ by more than a tail (thousands of pairs a question)."""
    tail = len(a) - len(b)
    if tail < 0:
        a, b, tail = b, a, -tail  # a: the longer
    return 0 < tail <= DERIVED_TAIL and len(b) >= DERIVED_MIN and a.startswith(b)


def holds_all(asked: Iterable[str], held: frozenset[str]) -> bool:
    """Every asked term is in `held`, in a derived form (`derived`), or an abbreviation's letter."""
    return all(t in held or (len(t) == 1 and t.isalpha()) or any(derived(t, h) for h in held) for t in asked)
