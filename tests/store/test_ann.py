"""The nearest-neighbour index beside the chunk table (app/store/ann.py): past the exact-search size it
answers unfiltered dense queries instead of Chroma, follows the table when documents change, and when it
is missing, stale or broken the question asks Chroma and gets the same answer."""

from __future__ import annotations

import numpy as np
import pytest
from corpora import DOCS, write_corpus
from counting import counted_store
from seed import copy_seed

pytest.importorskip("faiss")

from app.answer.retrieve import Filters  # noqa: E402
from app.store import lexical as lexical_module  # noqa: E402
from app.store import ann as ann_module  # noqa: E402
from app.store.ann import FILE, Ann  # noqa: E402

QUESTIONS = ("Is the MEK a terrorist organization?", "How much was John Bolton paid?")


def _units(n: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _exact(vectors: np.ndarray, q: np.ndarray, n: int) -> list[int]:
    return [int(r) for r in np.argsort(-(vectors @ q), kind="stable")[:n]]


def test_a_small_table_is_searched_as_exact_search_would():
    vectors = _units(150)  # under ROWS_PER_LIST * 2 rows: one list, every row scanned
    ann = Ann.build(vectors, "fp")
    for q in _units(5, seed=1):
        found = ann.search(q, 10)
        assert [r for r, _ in found] == _exact(vectors, q, 10)
        assert [s for _, s in found] == pytest.approx(list((vectors @ q)[_exact(vectors, q, 10)]), abs=1e-5)


def test_a_rebuild_keeps_the_trained_lists_and_holds_only_the_new_rows():
    first = _units(2000)
    ann = Ann.build(first, "a")
    changed = np.concatenate([first[:1500], _units(300, seed=2)])  # a document's rows replaced, others gone
    again = Ann.build(changed, "b", ann)
    assert len(again) == len(changed) and again.index.nlist == ann.index.nlist
    np.testing.assert_array_equal(again.index.quantizer.reconstruct_n(0, ann.index.nlist),
                                  ann.index.quantizer.reconstruct_n(0, ann.index.nlist))
    assert again.search(changed[1600], 1)[0][0] == 1600
    assert all(s < 0.99 for _, s in again.search(first[1900], 5))  # a dropped row is not found any more


def test_a_stale_or_broken_file_is_not_loaded(tmp_path):
    ann = Ann.build(_units(300), "fp")
    ann.save(tmp_path)
    assert len(Ann.load(tmp_path, "fp", 300)) == 300
    assert Ann.load(tmp_path, "other", 300) is None
    assert Ann.load(tmp_path, "fp", 299) is None
    data = (tmp_path / FILE).read_bytes()
    (tmp_path / FILE).write_bytes(data[: len(data) // 2])  # a torn write (atomic writes prevent it; a disk may not)
    assert Ann.load(tmp_path, "fp", 300) is None
    assert Ann.load(tmp_path / "none", "fp", 300) is None


@pytest.fixture
def large(make_assistant, tmp_path, monkeypatch):
    """The seed corpus, as if too big for exact search: the nearest-neighbour index answers."""
    monkeypatch.setattr(lexical_module, "EXACT_MAX", 0)
    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    return a


def test_a_large_index_answers_from_the_index_what_chroma_finds_without_asking_it(large):
    store = large._open()
    lexical = large._lexical_index(store)
    assert lexical.ann is not None and len(lexical.ann) == len(lexical.ids)
    qvec = large.embedder.embed([QUESTIONS[0]])[0]
    found, queried = lexical.nearest(qvec, 40), store.query(qvec, 40)
    assert [s for _, s in found] == pytest.approx([s for _, s in queried], abs=1e-5)  # the hash fake ties chunks
    assert found[0][0] == queried[0][0]
    counter = counted_store(large)
    assert all(large.ask(q).citations for q in QUESTIONS) and counter.calls == []


def test_without_faiss_the_question_asks_chroma_and_gets_the_same_answer(large, monkeypatch):
    lexical = large._lexical_index(large._open())
    lexical.ann = None  # as a store opened without the index has it
    counter = counted_store(large)
    answers = [large.ask(q) for q in QUESTIONS]
    assert counter.calls == ["query", "query"]
    monkeypatch.setattr(ann_module, "_faiss", lambda: None)
    (large.config.index_dir / "bm25" / FILE).unlink()
    again = type(large)(config=large.config, embedder=large.embedder)
    assert again._lexical_index(again._open()).ann is None
    assert [again.ask(q) for q in QUESTIONS] == answers


def test_a_broken_index_file_is_rebuilt_at_open(large):
    answers = [large.ask(q) for q in QUESTIONS]
    path = large.config.index_dir / "bm25" / FILE
    path.write_bytes(path.read_bytes()[:100])
    again = type(large)(config=large.config, embedder=large.embedder)
    lexical = again._lexical_index(again._open())
    assert lexical.ann is not None and Ann.load(path.parent, lexical.fingerprint, len(lexical.ids))
    assert [again.ask(q) for q in QUESTIONS] == answers


def test_a_filtered_question_asks_chroma(large):
    store = large._open()
    lexical = large._lexical_index(store)
    qvec = large.embedder.embed([QUESTIONS[0]])[0]
    assert lexical.nearest(qvec, 40, Filters(stances=frozenset({"mek_aligned"})).allowed()) is None
    assert lexical.nearest(qvec, 40) is not None


def test_a_stale_index_file_is_rebuilt_for_the_changed_corpus(make_assistant, tmp_path, monkeypatch):
    monkeypatch.setattr(lexical_module, "EXACT_MAX", 0)
    corpus = write_corpus(tmp_path / "c")
    a = make_assistant(corpus)
    a.ingest([corpus])
    path = tmp_path / "index" / "bm25" / FILE
    stamp = path.stat().st_mtime_ns
    a.ingest([corpus])  # nothing changed: the file stays
    assert path.stat().st_mtime_ns == stamp
    name = next(iter(DOCS))
    (corpus / name).write_text(DOCS[name] + "\n\nThe council added a late amendment on Tuesday.", encoding="utf-8")
    a.ingest([corpus])
    lexical = a._lexical_index(a._open())
    assert lexical.ann is not None and lexical.ann.fingerprint == lexical.fingerprint
    assert len(lexical.ann) == len(lexical.ids)
