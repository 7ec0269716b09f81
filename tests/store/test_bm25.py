"""The ask path scores BM25 from bm25s's saved files with numpy: the same scores and ranking as bm25s."""

from __future__ import annotations

import random

import bm25s
import pytest
import numpy as np

from app.store.bm25 import SavedBm25

WORDS = "port ferri termin open june safeti review dock worker inspect spring bridg council mayor".split()


def corpus(n: int, seed: int = 3) -> list[list[str]]:
    rng = random.Random(seed)
    return [rng.choices(WORDS, k=rng.randint(1, 12)) for _ in range(n)]


def test_saved_index_scores_and_ranks_like_bm25s(tmp_path):
    docs = corpus(200)
    built = bm25s.BM25()
    built.index(docs, show_progress=False)
    built.save(str(tmp_path / "bm25"))
    saved = SavedBm25.load(tmp_path / "bm25")
    rng = random.Random(5)
    for _ in range(30):
        query = rng.choices(WORDS + ["unknownword"], k=rng.randint(1, 5))
        mask = np.array([rng.random() < 0.7 for _ in docs], dtype=np.float32)
        np.testing.assert_allclose(saved.scores(query, mask), built.get_scores(query, weight_mask=mask), rtol=1e-6)
        ids, scores = built.retrieve([query], k=10, show_progress=False)
        top = saved.top(query, 10)
        np.testing.assert_allclose([s for _, s in top], scores[0], rtol=1e-6)
        floor = scores[0][-1]
        assert {i for i, s in top if s > floor} == {int(i) for i, s in zip(ids[0], scores[0]) if s > floor}


def test_a_just_built_index_searches_like_the_saved_one(tmp_path):
    built = bm25s.BM25()
    built.index(corpus(50), show_progress=False)
    built.save(str(tmp_path / "bm25"))
    words = ["dock", "worker"]
    assert SavedBm25.of(built).top(words, 5) == SavedBm25.load(tmp_path / "bm25").top(words, 5)


def test_coverage_from_postings_equals_tokenising_each_passage():
    from app.store.lexical import LexicalIndex
    from app.text.terms import terms

    texts = [" ".join(words) for words in corpus(40, seed=8)] + ["Dock workers inspected the ferry terminals."]
    ids = [f"c{i}" for i in range(len(texts))]
    index = LexicalIndex.build(ids, texts, [{} for _ in texts])
    for question in ("When will the ferry terminal open?", "dock worker bridge council", "mayor", "nothing matches"):
        q = set(terms(question, query=True))
        expected = [index.coverage(q, t) for t in texts]
        assert index.coverages(q, ids, texts) == pytest.approx(expected)
    assert index.coverages({"dock"}, ["unknown-id"], ["dock"]) == [1.0]  # not in the index: tokenised


def test_facet_filters_keep_exactly_the_allowed_chunks():
    from app.store.lexical import LexicalIndex

    facets = [{"outlet": o, "stance": st} for o, st in [("A", "x"), ("B", "y"), ("A", None), ("C", "y")]]
    index = LexicalIndex.build([f"c{i}" for i in range(4)], ["dock worker"] * 4, facets)
    found = lambda allowed: sorted(cid for cid, _ in index.search("dock", 10, allowed))  # noqa: E731
    assert found({"outlet": {"A"}}) == ["c0", "c2"]
    assert found({"outlet": {"A", "C"}, "stance": {"y"}}) == ["c3"]
    assert found({"outlet": {"nobody"}}) == []
    assert found(None) == ["c0", "c1", "c2", "c3"]


def test_a_filtered_search_of_the_same_query_reuses_its_sums_and_a_new_query_sums_afresh(tmp_path):
    built = bm25s.BM25()
    built.index(corpus(120), show_progress=False)
    built.save(str(tmp_path / "bm25"))
    reused, fresh = SavedBm25.load(tmp_path / "bm25"), SavedBm25.load(tmp_path / "bm25")
    mask = np.array([i % 3 == 0 for i in range(120)], dtype=np.float32)
    query, other = ["dock", "worker", "ferri"], ["bridg", "mayor"]
    assert reused.top(query, 10) and reused.sums == 1
    assert reused.top(query, 10, mask) == fresh.top(query, 10, mask) and reused.sums == 1  # masked, not summed again
    assert reused.top(query, 10) == fresh.top(query, 10)  # the mask did not touch the kept sums
    assert reused.top(other, 10, mask) == fresh.top(other, 10, mask) and reused.sums == 2
    reused.forget()
    assert reused.top(other, 10) == fresh.top(other, 10) and reused.sums == 3


def test_best_rows_equals_ranking_every_row_on_random_scores_with_ties_and_zeros():
    from app.store.bm25 import best_rows

    rng = np.random.default_rng(7)
    for trial in range(300):
        n = int(rng.integers(1, 400))
        scores = rng.random(n).astype(np.float32)
        scores[rng.random(n) < rng.random()] = 0  # rows outside every posting list
        if trial % 2:
            scores = np.round(scores * 4) / 4  # many ties, at the k-th place too
        k = int(rng.integers(1, n + 1))
        dense = sorted(range(n), key=lambda r: (-scores[r], r))[:k]  # every row ranked: best first, ties by row
        assert best_rows(scores, k) == [(r, float(scores[r])) for r in dense]


def test_coverage_of_one_question_set_after_another_is_its_own_share():
    """`coverage` keeps the last set's idf sum (a scorer asks of one set per sentence): another set, or
    an equal set given as another object, gets its own sum."""
    from app.store.lexical import LexicalIndex

    texts = ["dock worker", "port ferri", "council mayor dock"]
    index = LexicalIndex.build([f"c{i}" for i in range(3)], texts, [{} for _ in texts])
    fresh = LexicalIndex.build([f"c{i}" for i in range(3)], texts, [{} for _ in texts])
    asked = [{"dock", "mayor"}, {"port"}, {"dock", "mayor"}, {"ferri", "dock", "worker"}]
    for q in asked:
        for t in texts:
            assert index.coverage(q, frozenset(t.split())) == fresh.coverage(set(q), frozenset(t.split()))
    assert index.coverage({"port"}, frozenset({"port"})) == 1.0


def test_best_rows_of_a_large_index_equals_ranking_every_row_whatever_the_sample_sees():
    """Above 2 x SAMPLED rows a strided sample bounds the k-th best score: the rows kept must still
    hold the k best, ties at the k-th place by row, whether the sample holds many scoring rows, few
    (fewer than k: every scoring row is ranked) or the best rows fall between its strides."""
    from app.store.bm25 import SAMPLED, best_rows

    rng = np.random.default_rng(11)
    for trial in range(60):
        n = int(rng.integers(2 * SAMPLED, 12 * SAMPLED))
        scores = rng.random(n).astype(np.float32)
        scores[rng.random(n) < (0.999 if trial % 3 == 0 else rng.random())] = 0  # sparse or dense postings
        if trial % 2:
            scores = np.round(scores * 8) / 8  # ties at the k-th place
        if trial % 5 == 0:
            scores[1::2] += 1  # the best rows all off the sample's even strides
        k = int(rng.integers(1, 200))
        order = np.lexsort((np.arange(n), -scores))[:k]  # every row ranked: best first, ties by row
        assert best_rows(scores, k) == [(int(r), float(scores[r])) for r in order]


def test_candidates_outlets_and_similarities_are_read_by_row_as_each_would_be_alone():
    """`outlets` reads a list of every row's outlet ("" for none) and `similarities` a list of Python floats: the same
    values a per-row lookup and float() of each numpy value gave; an id the index lacks is left out of both."""
    from app.store.chroma import StoredChunk
    from app.store.lexical import LexicalIndex
    from app.store.table import ChunkTable

    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(5, 8)).astype(np.float32)
    facets = [{"outlet": o, "stance": "x"} for o in ["A", "B", None, "A", "C"]]
    chunks = [StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(5)]
    index = LexicalIndex.build([c.id for c in chunks], ["dock worker"] * 5, facets, ChunkTable.build(chunks, vectors))
    ids, q = ["c4", "nope", "c2", "c0", "c3"], rng.normal(size=8).astype(np.float32)
    assert index.outlets(ids) == {"c4": "C", "c2": "", "c0": "A", "c3": "A"}
    found = index.similarities(ids, q)
    assert list(found) == ["c4", "c2", "c0", "c3"] and all(type(s) is float for s in found.values())
    rows = np.array([4, 2, 0, 3], dtype=np.int64)
    assert found == {f"c{r}": float(s) for r, s in zip(rows.tolist(), index.table.similarity(rows, q))}
    assert index.similarities(["nope"], q) == {}
