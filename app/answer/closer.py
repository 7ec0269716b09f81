"""The passage past the k picks whose one sentence answers: fusion ranks a passage low when the rest of it is about
something else, but its closest sentence to the question may be closer than any picked passage's and hold most of
the question's terms (`closer_sentence`). Reads each passage's stored sentence rows; the terms only of the sentences
that may join."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.store.chroma import StoredChunk
from app.store.sentences import Sentences


def closer_sentence(picks: list[tuple[str, float]], covered: list[str], records: dict[str, StoredChunk],
                    sentences_of: Callable[[str], Sentences | None], qvec: np.ndarray,
                    covers: Callable[[frozenset[str] | str], bool]) -> list[str]:
    """The passage left out of the picks whose closest sentence to the question is closer than any
    picked passage's closest and holds most of the question's terms (`covers`): by both signals one
    sentence of it answers the question, ranked low because the rest of the passage is about
    something else. `covered`: the candidates holding most of the terms in the whole passage (only
    they may). [] when there is none; the closest when there are several."""
    held = [cid for cid in covered if cid in records]
    if not held:
        return []
    best = {cid: closest_sentence(records[cid], sentences_of(records[cid].doc_id), qvec)
            for cid in [c for c, _ in picks if c in records] + held}
    top = max((best[cid][0] for cid, _ in picks if cid in best), default=-1.0)
    closer = [cid for cid in held if best[cid][0] > top  # its sentence's terms read only then (3 us each)
              and covers(sentence_terms(records[cid], sentences_of(records[cid].doc_id), best[cid][1]))]
    return [max(closer, key=lambda cid: best[cid][0])] if closer else []  # the earliest (best fused) of equals


def closest_sentence(chunk: StoredChunk, stored: Sentences | None, qvec: np.ndarray) -> tuple[float, int]:
    """The passage's closest sentence to the question: the cosine of its stored unit row, and its row (`sentence_terms`
    reads its terms); (-1, -1) when none is stored."""
    rows = stored.rows(chunk.start, chunk.end) if stored is not None else range(0)
    if stored is None or not len(rows):
        return -1.0, -1
    sims = np.asarray(stored.vectors[rows.start : rows.stop], dtype=np.float32) @ qvec
    i = int(np.argmax(sims))
    return float(sims[i]), rows.start + i


def sentence_terms(chunk: StoredChunk, stored: Sentences | None, row: int) -> frozenset[str] | str:
    """The stored terms of sentence `row` of `chunk`'s document (its text when they are not stored; "" for no row)."""
    if stored is None or row < 0:
        return ""
    found = stored.terms(row)
    return found if found is not None else chunk.text[
        int(stored.starts[row]) - chunk.start : int(stored.ends[row]) - chunk.start]
