"""Vectors for one answer without a model call: the question's (already embedded for retrieval)
and the quotes' from the sentence vectors ingest stored (app/store/sentences.py).

Quote choice picks a sentence of a retrieved passage, sometimes with its neighbours; claim grouping
and the perspectives view compare those quotes by embedding. `stored_vectors` answers such an
embedding call from the stored vectors: a quote is found in its passage, and its vector is the
normalised sum of the vectors of the stored sentences it covers (exactly the sentence's own vector
when it is one sentence). Anything else — text found in no passage, a passage of an index built
before sentences were stored — goes to the real embedder.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import numpy as np

from app.store.chroma import StoredChunk
from app.store.sentences import Sentences

Embed = Callable[[Sequence[str]], np.ndarray]


class KnownVectors:
    """An Embed for one answer: given vectors, then the chunks' stored sentences, then `embed`."""

    def __init__(self, given: Mapping[str, np.ndarray], chunks: Sequence[StoredChunk],
                 sentences_of: Callable[[str], Sentences | None], embed: Embed) -> None:
        self.known = {t: np.asarray(v, dtype=np.float32) for t, v in given.items()}
        self.chunks, self.sentences_of, self.embed = list(chunks), sentences_of, embed
        self.misses = 0  # texts embedded by the model
        self._by_text: dict[str, np.ndarray] = {}  # each stored sentence of the chunks, by its text
        self._sentence_rows: list[str] = []  # ids of the chunks whose sentences `_by_text` holds

    def _index_sentences(self) -> None:
        """Add the stored sentences of the chunks not indexed yet (`chunks` grows with the second look):
        the rows of a document's overlapping chunks are read and normalised once (`_unit_rows`)."""
        found = []
        for c in self.chunks[len(self._sentence_rows) :]:
            self._sentence_rows.append(c.id)
            stored = self.sentences_of(c.doc_id)
            if stored is not None:
                found.append((c, stored, stored.rows(c.start, c.end)))
        units = _unit_rows([(stored, rows) for _, stored, rows in found])
        for c, stored, rows in found:
            lo, vectors = units[id(stored), rows.start]
            for (a, b), vector in zip(stored.spans_of(rows), vectors[rows.start - lo : rows.stop - lo]):
                self._by_text.setdefault(c.text[a - c.start : b - c.start], vector)

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if len(self._sentence_rows) < len(self.chunks):  # once a call: no chunk joins while it runs
            self._index_sentences()
        known, by_text, missing = self.known, self._by_text, []
        for text in dict.fromkeys(texts):  # known, else a stored sentence's (by its text), else found in a passage
            if text in known:
                continue
            if (vector := by_text.get(text)) is None and (vector := self._stored(text)) is None:
                missing.append(text)
            else:
                known[text] = vector
        if missing:
            self.misses += len(missing)
            self.known.update(zip(missing, np.asarray(self.embed(missing), dtype=np.float32)))
        return np.stack([self.known[t] for t in texts]) if texts else np.zeros((0, 0), dtype=np.float32)

    def _stored(self, text: str) -> np.ndarray | None:
        """The normalised sum of the stored vectors of the sentences `text` covers in its passage
        (a whole stored sentence: its own vector, found by its text without searching the passages)."""
        if len(self._sentence_rows) < len(self.chunks):
            self._index_sentences()
        if (vector := self._by_text.get(text)) is not None:
            return vector
        for c in self.chunks:
            at = c.text.find(text) if text else -1
            stored = self.sentences_of(c.doc_id) if at >= 0 else None
            if stored is None:
                continue
            vectors = stored.overlapping(c.start + at, c.start + at + len(text))
            if len(vectors):
                total = vectors.sum(0)
                return (total / max(float(np.linalg.norm(total)), 1e-12)).astype(np.float32)
        return None


def _unit_rows(spans: Sequence[tuple[Sentences, range]]) -> dict[tuple[int, int], tuple[int, np.ndarray]]:
    """Each (sentences, rows) span's stored vectors divided by their norms (as `_stored` sums them), keyed
    by (id of the sentences, first row) -> (first row read, unit rows from there): overlapping or adjacent
    spans of one document are read as one range, normalised row by row as each span alone would be — every
    range in one pass (a row's norm and quotient are its own: the same floats in any stack of rows; six numpy
    calls an answer instead of six a document, ~10 us each)."""
    merged: list[tuple[Sentences, int, int, list[int]]] = []  # (sentences, lo, hi, first rows of its spans)
    for stored, rows in sorted(spans, key=lambda s: (id(s[0]), s[1].start)):
        last = merged[-1] if merged else None
        if last is not None and last[0] is stored and rows.start <= last[2]:
            merged[-1] = (stored, last[1], max(last[2], rows.stop), [*last[3], rows.start])
        else:
            merged.append((stored, rows.start, rows.stop, [rows.start]))
    if not merged:
        return {}
    read = [np.asarray(stored.vectors[lo:hi], dtype=np.float32) for stored, lo, hi, _ in merged]
    vectors = np.concatenate(read) if len(read) > 1 else read[0]
    norms = np.sqrt(np.add.reduce(vectors * vectors, axis=1, keepdims=True))  # np.linalg.norm's sum, no checks
    vectors = vectors / np.maximum(norms, 1e-12)
    units, at = {}, 0
    for (stored, lo, hi, firsts), block in zip(merged, read):
        units.update(((id(stored), first), (lo, vectors[at : at + len(block)])) for first in firsts)
        at += len(block)
    return units


def stored_vectors(given: Mapping[str, np.ndarray], chunks: Sequence[StoredChunk],
                   sentences_of: Callable[[str], Sentences | None], embed: Embed) -> KnownVectors:
    """The Embed for one answer: `given` (the question's vector) plus the chunks' stored sentences."""
    return KnownVectors(given, chunks, sentences_of, embed)


def word_embed(embed: Embed) -> Embed:
    """The model behind an answer's `KnownVectors` (or `embed` itself): a single word must be embedded as itself, not
    given the stored vector of a sentence it is found in."""
    return embed.embed if isinstance(embed, KnownVectors) else embed
