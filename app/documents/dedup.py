"""Near-duplicates: syndicated or lightly edited copies of an article already in the index.

Exact copies share a doc id (the normalised-text hash) and are stored once. Near copies are
found with MinHash LSH over 5-word shingles (candidates at Jaccard >= 0.5), then confirmed
when at least 80% of the smaller document's shingles occur in the other. A copy is stored and
listed, but not indexed for retrieval: answers cite the original and say who else carried it.

Manifest records link both ways: the copy has `copy_of: <doc_id>`, the original `copies: [...]`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

SHINGLE_WORDS = 5
NUM_PERM = 128
LSH_THRESHOLD = 0.5
MIN_CONTAINMENT = 0.8
MIN_SHINGLES = 20  # below this a document is too short to call anything a copy of it

_WORD = re.compile(r"\w+")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.casefold())
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set that the larger one holds."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def earlier(date_a: str | None, date_b: str | None) -> bool:
    """True when both are ISO dates and `date_a` is the earlier day."""
    if not (date_a and date_b and _ISO_DATE.match(date_a) and _ISO_DATE.match(date_b)):
        return False
    return date_a[:10] < date_b[:10]


class NearDuplicates:
    """An LSH index over the originals in a store, built lazily on first use."""

    def __init__(self, originals: Callable[[], Mapping[str, str]], text_of: Callable[[str], str]) -> None:
        self._originals = originals  # doc_id -> text of every indexed original (called once)
        self._text_of = text_of
        self._lsh = None
        self._perms = None
        self._last: tuple[str, object] | None = None  # (text, MinHash) of the last text looked up

    def _index(self):
        if self._lsh is None:
            from datasketch import MinHashLSH

            self._lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
            for doc_id, text in self._originals().items():
                self.add(doc_id, text)
        return self._lsh

    def _minhash(self, text: str, sh: set[str]):
        from datasketch import MinHash

        if self._last is not None and self._last[0] == text:
            return self._last[1]
        if self._perms is None:
            first = MinHash(num_perm=NUM_PERM, seed=7)
            self._perms = (first.permutations, first.scheme)
        m = MinHash(num_perm=NUM_PERM, seed=7, permutations=self._perms[0], scheme=self._perms[1])
        m.update_batch([s.encode() for s in sh])
        self._last = (text, m)
        return m

    def add(self, doc_id: str, text: str) -> None:
        sh = shingles(text)
        lsh = self._index()
        if len(sh) >= MIN_SHINGLES and doc_id not in lsh:
            lsh.insert(doc_id, self._minhash(text, sh))

    def remove(self, doc_id: str) -> None:
        if self._lsh is not None and doc_id in self._lsh:
            self._lsh.remove(doc_id)

    def original_of(self, doc_id: str, text: str) -> str | None:
        """The indexed original this text is a near copy of, or None."""
        sh = shingles(text)
        if len(sh) < MIN_SHINGLES:
            return None
        best, best_score = None, MIN_CONTAINMENT
        for candidate in sorted(self._index().query(self._minhash(text, sh))):
            if candidate == doc_id:
                continue
            score = containment(sh, shingles(self._text_of(candidate)))
            if score >= best_score:
                best, best_score = candidate, score
        return best


def carried_by(doc_id: str, documents: Mapping[str, dict[str, Any]]) -> list[str]:
    """Outlets other than the original's own that carried a copy of document `doc_id`."""
    rec = documents.get(doc_id) or {}
    own = rec.get("meta", {}).get("outlet")
    names = [documents[c]["meta"]["outlet"] for c in rec.get("copies", []) if c in documents]
    return [n for n in dict.fromkeys(names) if n != own]


def carried_note(doc_id: str, documents: Mapping[str, dict[str, Any]]) -> str:
    """' (also carried by X and Y)' for an answer line, or '' when no other outlet carried it."""
    names = carried_by(doc_id, documents)
    if not names:
        return ""
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f" (also carried by {listed})"
