"""Seeding a Chroma server's data directory from an embedded index (app/store/seed.py): what a
`chroma run` then serves is the index, not a re-ingest of it."""

from __future__ import annotations

import numpy as np
from integr_support import assistant, chroma_server, write_lake_docs

from app.store.seed import seed_server_data

QUESTIONS = ("Did the lake freeze in May?", "How many skaters were on the ice?", "Where did fishermen fish?")


def test_a_seeded_server_serves_the_embedded_index_unchanged(tmp_path):
    local = assistant(tmp_path / "index")
    local.ingest([write_lake_docs(tmp_path / "docs")])
    answers = [local.ask(q) for q in QUESTIONS]
    embedded = local._open()
    ids = [cid for rec in embedded.manifest.documents.values() for cid in rec["chunk_ids"]]
    expected = embedded.get(ids, with_vectors=True)

    assert seed_server_data(tmp_path / "index", tmp_path / "data", tmp_path / "caches") == 2
    bm25 = (tmp_path / "caches" / "bm25" / "ids.json").stat().st_mtime_ns  # the index's BM25 cache came along
    with chroma_server(tmp_path / "data") as url:
        served = assistant(tmp_path / "caches", chroma_url=url)
        store = served._open()
        assert store.count() == embedded.count() == len(ids)
        assert store.manifest.documents == embedded.manifest.documents
        got = store.get(ids, with_vectors=True)
        assert all(got[c][0] == expected[c][0] and np.array_equal(got[c][1], expected[c][1]) for c in ids)
        for doc_id in embedded.manifest.documents:
            assert store.text(doc_id) == embedded.text(doc_id)
            assert store._load_many([doc_id])[doc_id].to_bytes() == embedded.sentence_bytes(doc_id)
        assert [served.ask(q) for q in QUESTIONS] == answers
        assert (tmp_path / "caches" / "bm25" / "ids.json").stat().st_mtime_ns == bm25  # valid for the served chunks
