"""A server document's sentences by block (app/store/sentence_blocks.py): an answer reads the
vectors of its passages' sentences, not the whole document's."""

from __future__ import annotations

import base64

import numpy as np
import pytest

from app.errors import IndexMissingError
from app.store.sentence_blocks import CHARS, block_ids, from_head, read_blocks, records
from app.store.sentences import Sentences
from app.text.sentences import Span


def _document(n: int, dim: int = 6) -> Sentences:
    """n sentences of about 26 characters (CHARS holds about 40), unit vectors."""
    spans, at = [], 0
    parts = [f"Sentence number {i:03d} here." for i in range(n)]
    for part in parts:
        spans.append(Span(at, at + len(part)))
        at += len(part) + 1
    vectors = np.random.default_rng(n).normal(size=(n, dim)).astype(np.float32)
    return Sentences.of(spans, vectors / np.linalg.norm(vectors, axis=1, keepdims=True), " ".join(parts))


class FakeServer:
    """The sentences collection as a dict, recording each request's ids."""

    def __init__(self) -> None:
        self.metas: dict[str, dict] = {}
        self.requests: list[list[str]] = []

    def put(self, doc_id: str, sentences: Sentences) -> None:
        ids, metas = records(doc_id, sentences)
        self.metas.update(zip(ids, metas))

    def fetch(self, ids: list[str]) -> dict[str, bytes]:
        self.requests.append(list(ids))
        return {i: base64.b64decode(self.metas[i]["vectors"]) for i in ids if i in self.metas}

    def head(self, doc_id: str, ready: dict[str, bytes] | None = None) -> Sentences:
        return from_head(doc_id, self.metas[doc_id], self.fetch, ready or {})


def test_a_document_read_back_from_its_blocks_is_the_stored_one():
    server, stored = FakeServer(), _document(150)
    server.put("d", stored)
    assert len(server.metas) == 1 + -(-int(stored.starts[-1]) // CHARS)  # the head and a block per CHARS
    assert server.head("d").to_bytes() == stored.to_bytes()


def test_a_passage_reads_only_the_blocks_of_its_sentences():
    server, stored = FakeServer(), _document(200)
    server.put("d", stored)
    got = server.head("d")
    assert server.requests == []  # spans and terms come with the head
    start, end = int(stored.starts[90]), int(stored.ends[92])
    rows = got.rows(start, end)
    assert np.array_equal(got.vectors[rows.start : rows.stop], stored.vectors[rows.start : rows.stop])
    assert server.requests == [block_ids("d", start, end)] and len(server.requests[0]) < len(server.metas) - 1
    assert np.array_equal(got.overlapping(int(stored.starts[91]), int(stored.ends[91])), stored.vectors[91:92])
    assert got.terms_of(rows) == stored.terms_of(rows)
    assert len(server.requests) == 1  # kept in memory


def test_blocks_read_with_the_head_need_no_second_request():
    server, stored = FakeServer(), _document(200)
    server.put("d", stored)
    start, end = int(stored.starts[120]), int(stored.ends[121])
    ready = server.fetch(block_ids("d", start, end))
    got = server.head("d", ready)
    rows = got.rows(start, end)
    assert np.array_equal(got.vectors[rows.start : rows.stop], stored.vectors[120:122])
    assert len(server.requests) == 1


def test_the_passages_of_several_documents_are_read_in_one_request():
    server = FakeServer()
    docs = {f"d{i}": _document(100 + i) for i in range(3)}
    for doc_id, stored in docs.items():
        server.put(doc_id, stored)
    heads = {d: server.head(d) for d in docs}
    read_blocks([(heads[d], int(s.starts[-1]), int(s.ends[-1])) for d, s in docs.items()], server.fetch)
    assert len(server.requests) == 1 and len(server.requests[0]) == 3
    for d, s in docs.items():
        assert np.array_equal(heads[d].vectors[len(s) - 1 :], s.vectors[-1:])
    assert len(server.requests) == 1


def test_vectors_gone_from_the_server_are_a_clear_error():
    server, stored = FakeServer(), _document(100)
    server.put("d", stored)
    got = server.head("d")
    server.metas = {"d": server.metas["d"]}  # the document was replaced meanwhile
    with pytest.raises(IndexMissingError, match="sentence vectors of document d"):
        got.vectors[0:2]


def test_a_document_stored_whole_before_blocks_still_reads():
    stored = _document(50)
    meta = {"sentences": base64.b64encode(stored.to_bytes()).decode("ascii")}
    assert from_head("d", meta, lambda ids: {}).to_bytes() == stored.to_bytes()
