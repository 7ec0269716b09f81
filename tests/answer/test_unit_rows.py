"""The stored sentence vectors an answer reads are normalised in one pass over every document's rows: each row
must come out as the same floats as when its document (or its span) is normalised alone."""

from __future__ import annotations

import numpy as np

from app.answer.vectors import _unit_rows, stored_vectors
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span


def _document(rng: np.random.Generator, doc: str, n: int) -> tuple[str, list[Span], np.ndarray]:
    texts = [f"In {doc}, sentence number {i} says something." for i in range(n)]
    spans, at = [], 0
    for t in texts:
        spans.append(Span(at, at + len(t)))
        at += len(t) + 1
    vectors = (rng.standard_normal((n, 384)) * rng.uniform(0.5, 2, (n, 1))).astype(np.float32)
    return " ".join(texts), spans, vectors


def _alone(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)


def test_each_documents_unit_rows_are_those_of_the_document_normalised_alone():
    rng = np.random.default_rng(11)
    docs = {d: _document(rng, d, n) for d, n in (("d1", 9), ("d2", 1), ("d3", 5))}
    stored = {d: Sentences.of(spans, vectors) for d, (_, spans, vectors) in docs.items()}
    spans = [(stored["d1"], range(0, 4)), (stored["d1"], range(3, 7)), (stored["d2"], range(0, 1)),
             (stored["d3"], range(1, 5)), (stored["d1"], range(8, 9)), (stored["d3"], range(2, 2))]
    units = _unit_rows(spans)
    for s, rows in spans:
        lo, got = units[id(s), rows.start]
        want = _alone(np.asarray(s.vectors[lo : lo + len(got)]))
        assert got.tobytes() == want.tobytes()
        assert len(got) >= rows.stop - lo  # the span's rows are among them
    assert _unit_rows([]) == {}


def test_an_answer_over_several_documents_reads_each_sentence_as_its_row_divided_by_its_norm():
    rng = np.random.default_rng(5)
    docs = {d: _document(rng, d, n) for d, n in (("d1", 6), ("d2", 3), ("d3", 4))}
    chunks = [StoredChunk(f"c-{d}", d, 0, len(text), text, {}) for d, (text, _, _) in docs.items()]
    embed = stored_vectors({}, chunks, lambda d: Sentences.of(docs[d][1], docs[d][2]), lambda t: 1 / 0)
    for d, (text, spans, vectors) in docs.items():
        texts = [text[s.start : s.end] for s in spans]
        assert embed(texts).tobytes() == _alone(vectors).tobytes()


def test_a_stored_sentence_is_read_without_the_model_and_other_text_is_embedded_once_a_call():
    rng = np.random.default_rng(3)
    text, spans, vectors = _document(rng, "d1", 4)
    asked: list[list[str]] = []

    def model(texts):
        asked.append(list(texts))
        return np.ones((len(texts), 384), dtype=np.float32)
    chunk = StoredChunk("c-d1", "d1", 0, len(text), text, {})
    embed = stored_vectors({"the question": np.zeros(384)}, [chunk], lambda d: Sentences.of(spans, vectors), model)
    first, other = text[spans[0].start : spans[0].end], "Words no passage holds."
    got = embed([first, other, "the question", other, first])
    assert asked == [[other]] and embed.misses == 1  # once, though asked twice
    assert got[0].tobytes() == got[4].tobytes() == _alone(vectors)[0].tobytes()
    assert (got[1] == 1).all() and (got[2] == 0).all()
    embed([other, first])
    assert asked == [[other]]  # known from the first call
