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
    """One stem is the other plus a short tail: two forms of one word ("polit" / "politick")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= DERIVED_MIN and 0 < len(long) - len(short) <= DERIVED_TAIL and long.startswith(short)


def holds_all(asked: Iterable[str], held: frozenset[str]) -> bool:
    """Every asked term is in `held`, in a derived form (`derived`), or an abbreviation's letter."""
    return all(t in held or (len(t) == 1 and t.isalpha()) or any(derived(t, h) for h in held) for t in asked)
