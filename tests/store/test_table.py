"""The chunk table: the ask path reads chunks, spans, chains and vectors from it, so a question costs
at most one Chroma call (none on a small index, which is searched exactly)."""

from __future__ import annotations

import numpy as np
import pytest
from corpora import write_corpus
from counting import counted_store
from seed import copy_seed

from app.answer.retrieve import Filters, retrieve
from app.attribution.figures import figures
from app.store import lexical as lexical_module
from app.store.chroma import StoredChunk
from app.store.table import ChunkTable


@pytest.fixture
def seeded(make_assistant, tmp_path):
    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    return a


def test_every_chunk_rebuilt_from_the_table_equals_the_stored_one(seeded):
    store = seeded._open()
    lexical = seeded._lexical_index(store)
    records = list(store.iter_records())
    docs = store.manifest.documents
    rebuilt = lexical.chunks([c.id for c, _ in records], store.text, lambda d: docs[d]["meta"])
    assert rebuilt.keys() == {c.id for c, _ in records}
    assert any("chains" in c.meta for c in rebuilt.values())  # the seed has relayed sources
    for chunk, vector in records:
        assert rebuilt[chunk.id] == chunk
        np.testing.assert_allclose(lexical.similarities([chunk.id], vector)[chunk.id], 1.0, rtol=1e-5)


def test_a_small_index_answers_without_any_chroma_call(seeded):
    counter = counted_store(seeded)
    answer = seeded.ask("Is the MEK a terrorist organization?")
    assert answer.citations and counter.calls == []


def test_a_large_index_answers_with_one_chroma_query(seeded, monkeypatch):
    monkeypatch.setattr(lexical_module, "EXACT_MAX", 0)  # as if the index were too big to search exactly
    monkeypatch.setattr(lexical_module, "_ann", lambda *args: None)  # and no nearest-neighbour index (test_ann.py)
    counter = counted_store(seeded)
    for question in ("Is the MEK a terrorist organization?", "How much was John Bolton paid?"):
        assert seeded.ask(question).citations
    assert counter.calls == ["query", "query"]


@pytest.mark.parametrize("filters", [Filters(), Filters(outlets=frozenset({"Rasa News Agency"})),
                                     Filters(stances=frozenset({"mek_aligned"}))])
def test_exact_search_finds_what_the_chroma_query_finds(seeded, monkeypatch, filters):
    store = seeded._open()
    lexical = seeded._lexical_index(store)
    question = "Who paid John Bolton to speak at the rally?"
    qvec = seeded.embedder.embed([question])[0]
    exact, queried = lexical.nearest(qvec, 40, filters.allowed()), store.query(qvec, 40, filters.where())
    related = [(cid, sim) for cid, sim in exact if sim > 1e-6]  # the hash fake ties unrelated chunks at 0
    assert related and [cid for cid, _ in related] == [cid for cid, _ in queried[: len(related)]]
    assert [sim for _, sim in related] == pytest.approx([sim for _, sim in queried[: len(related)]], abs=1e-5)
    assert len(exact) == len(queried)
    hits = retrieve(question, qvec, store=store, lexical=lexical, config=seeded.config, filters=filters)
    allowed = filters.allowed() or {}
    assert hits and all(h.chunk.meta[key] in values for h in hits for key, values in allowed.items())


def test_a_relabelled_outlet_rebuilds_the_table_and_facets(make_assistant, tmp_path):
    corpus = write_corpus(tmp_path / "c")
    a = make_assistant(corpus)
    a.ingest([corpus])
    before = a._lexical_index(a._open())
    registry = (corpus / "outlets.yaml").read_text().replace("file: gazette.txt, outlet: Gotham Gazette",
                                                             "file: gazette.txt, outlet: Daily Planet")
    (corpus / "outlets.yaml").write_text(registry)
    a.ingest([corpus])
    after = a._lexical_index(a._open())
    assert after.fingerprint != before.fingerprint
    assert set(after.outlets(after.ids).values()) == {"Daily Planet"}


def test_a_damaged_table_is_rebuilt(make_assistant, tmp_path):
    corpus = write_corpus(tmp_path / "c")
    a = make_assistant(corpus)
    a.ingest([corpus])
    (tmp_path / "index" / "bm25" / "vectors.npy").write_bytes(b"not an array")
    b = make_assistant(corpus)
    assert b.ask("How much will the bridge cost?").citations
    assert ChunkTable.load(tmp_path / "index" / "bm25", len(b._lexical_index(b._open()).ids))


def test_table_search_respects_the_mask_and_orders_by_similarity():
    vectors = np.array([[0.2, 1, 0], [1, 0, 0], [0.6, 0.8, 0], [0, 0, 1]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    table = ChunkTable.build([StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(4)], vectors)
    q = np.array([1, 0, 0], dtype=np.float32)
    assert [r for r, _ in table.nearest(q, 4)] == [1, 2, 0, 3]
    assert [r for r, _ in table.nearest(q, 1, np.array([1, 0, 0, 1], dtype=np.float32))] == [0]
    assert table.nearest(q, 3, np.zeros(4, dtype=np.float32)) == []


def test_an_empty_index_builds_an_empty_table_of_its_dimension():
    table = ChunkTable.build([], np.zeros((0, 4), dtype=np.float32))
    assert len(table) == 0 and table.vectors.shape == (0, 4)
    assert table.nearest(np.ones(4, dtype=np.float32), 5) == []


def test_a_second_search_of_the_same_question_reuses_its_similarities_and_a_new_one_does_not():
    vectors = np.array([[0.2, 1, 0], [1, 0, 0], [0.6, 0.8, 0], [0, 0, 1]], dtype=np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    table = ChunkTable.build([StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(4)], vectors)
    q, other = np.array([1, 0, 0], dtype=np.float32), np.array([0, 0, 1], dtype=np.float32)
    assert [r for r, _ in table.nearest(q, 4)] == [1, 2, 0, 3] and table.products == 1
    assert [r for r, _ in table.nearest(q, 2, np.array([1, 0, 1, 1], dtype=np.float32))] == [2, 0]
    assert table.products == 1
    assert [r for r, _ in table.nearest(other, 1)] == [3] and table.products == 2  # never the last question's


def test_an_answer_that_looks_at_the_other_side_scores_the_index_once(seeded, monkeypatch):
    """The second look's retrieval (restricted to the other stance groups) reuses the question's BM25
    sums and similarities: one pass over the index per question, however many searches."""
    import app.answer.pipeline as pipeline

    store = seeded._open()
    lexical = seeded._lexical_index(store)
    calls = []
    monkeypatch.setattr(pipeline, "retrieve", lambda *a, **kw: calls.append(kw["filters"]) or retrieve(*a, **kw))
    looked = 0
    for question in ("Is the MEK a terrorist organization?", "How much was John Bolton paid?",
                     "Who paid John Bolton to speak at the rally?", "What happened at Camp Ashraf?"):
        calls.clear()
        sums, products = lexical._bm25.sums, lexical.table.products
        assert seeded.ask(question).citations
        looked += len(calls) == 2 and bool(calls[1].stances)
        assert (lexical._bm25.sums - sums, lexical.table.products - products) == (1, 1), question
    assert looked  # at least one of them took the second look


def test_a_large_table_reads_the_rows_asked_for_and_keeps_reading_its_own_file(tmp_path, monkeypatch):
    """Above EXACT_MAX rows the vectors are read row by row (a memory map became resident: the kernel
    maps whole read-ahead folios); a rebuild replacing the file does not change what a loaded table reads."""
    from app.store import table as table_module

    rng = np.random.default_rng(3)
    vectors = rng.normal(size=(12, 8)).astype(np.float32)
    chunks = [StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(12)]
    ChunkTable.build(chunks, vectors).save(tmp_path)
    monkeypatch.setattr(table_module, "EXACT_MAX", 5)
    loaded = ChunkTable.load(tmp_path, 12)
    assert isinstance(loaded.vectors, table_module.VectorFile)
    q = rng.normal(size=8).astype(np.float32)
    rows = np.array([7, 2, 11])
    np.testing.assert_allclose(loaded.similarity(rows, q), vectors[rows] @ q, rtol=1e-6)
    np.testing.assert_allclose(loaded.similarities(q), vectors @ q, rtol=1e-6)
    ChunkTable.build(chunks, -vectors).save(tmp_path)  # another process rebuilt the table
    np.testing.assert_allclose(loaded.similarity(rows, q), vectors[rows] @ q, rtol=1e-6)
    monkeypatch.setattr(table_module, "EXACT_MAX", 50)
    assert not isinstance(ChunkTable.load(tmp_path, 12).vectors, table_module.VectorFile)


def test_rows_read_ahead_give_the_very_arrays_a_read_would_and_are_forgotten(tmp_path, monkeypatch):
    """The BM25 worker reads its candidates' rows while the question embeds; a similarity over them
    is bit for bit the one read afterwards would give, and forget drops them."""
    from app.store import table as table_module

    rng = np.random.default_rng(4)
    vectors = rng.normal(size=(12, 8)).astype(np.float32)
    chunks = [StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(12)]
    ChunkTable.build(chunks, vectors).save(tmp_path)
    monkeypatch.setattr(table_module, "EXACT_MAX", 5)
    ahead, plain = ChunkTable.load(tmp_path, 12), ChunkTable.load(tmp_path, 12)
    q = rng.normal(size=8).astype(np.float32)
    ahead.read_ahead([7, 2, 9])
    assert set(ahead.vectors._early) == {7, 2, 9}
    reads = []
    pread = table_module.os.pread
    monkeypatch.setattr(table_module.os, "pread", lambda *a: (reads.append(a[2]), pread(*a))[1])
    rows = np.array([9, 7, 3])
    assert ahead.similarity(rows, q).tobytes() == plain.similarity(rows, q).tobytes()
    assert len(reads) == 1 + 3  # only row 3 was read by the first table, every row by the second
    ahead.forget()
    assert ahead.vectors._early == {}


def test_the_pushback_article_is_read_from_the_table_without_a_chroma_call(seeded):
    """The best quote's own article (`_article`, the pushback look) comes as the store holds it, in
    its chunk order, but cut from the table: a Chroma get cost 2 ms of a 10 ms answer."""
    from types import SimpleNamespace

    from app.answer.pipeline import _article

    from app.attribution.contradict import rebuts

    store = seeded._open()
    lexical = seeded._lexical_index(store)
    stored = {d: [chunk for chunk, _ in store.get(rec["chunk_ids"]).values()]
              for d, rec in store.manifest.documents.items()}
    # the look reads passages with a rebuttal cue
    doc_id = max(stored, key=lambda d: sum(rebuts(c.text) for c in stored[d]))
    expected, seen, quotes = stored[doc_id], {stored[doc_id][0].id}, SimpleNamespace(chunks=[])
    counter = counted_store(seeded)
    found = _article(doc_id, rebuts, store=store, lexical=lexical, seen=seen, quotes=quotes)
    assert counter.calls == []
    assert [h.chunk for h in found] == [c for c in expected if c.id not in seen and rebuts(c.text)]
    assert quotes.chunks == [h.chunk for h in found] and len(found) >= 2


def test_every_rows_similarity_is_its_own_dot_product_whatever_rows_come_with_it():
    """Exact search gives every row's similarity (to float32 rounding of the true dot product), and a row's is the
    same float when it is multiplied alone or among any other rows (no blocking or threading changes a sum)."""
    from app.store.table import _product

    rng = np.random.default_rng(5)
    vectors = rng.normal(size=(1037, 24)).astype(np.float32)
    table = ChunkTable.build([StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(1037)], vectors)
    q = rng.normal(size=24).astype(np.float32)
    sims = table.similarities(q)
    np.testing.assert_allclose(sims, vectors.astype(np.float64) @ q.astype(np.float64), rtol=1e-5, atol=1e-5)
    for rows in ([5], [1036, 3, 700], rng.integers(0, 1037, 300).tolist()):
        assert _product(vectors[rows], q).tobytes() == sims[rows].tobytes()
    assert [r for r, _ in table.nearest(q, 10)] == np.argsort(-sims, kind="stable")[:10].tolist()


def test_a_mid_sized_index_is_searched_exactly_but_takes_no_second_look(seeded, monkeypatch):
    """Between SMALL_MAX and EXACT_MAX chunks the dense search is exact (no Chroma call), and the answer
    does not retrieve the other stance groups' passages again (one retrieval, as on a large index)."""
    import app.answer.pipeline as pipeline

    monkeypatch.setattr(lexical_module, "SMALL_MAX", 0)
    counter = counted_store(seeded)
    lexical = seeded._lexical_index(seeded._open())
    assert lexical.exact and not lexical.small
    calls = []
    monkeypatch.setattr(pipeline, "retrieve", lambda *a, **kw: calls.append(kw["filters"]) or retrieve(*a, **kw))
    for question in ("Is the MEK a terrorist organization?", "How much was John Bolton paid?",
                     "Who paid John Bolton to speak at the rally?", "What happened at Camp Ashraf?"):
        calls.clear()
        assert seeded.ask(question).citations
        assert len(calls) == 1, question
    assert counter.calls == []


def test_an_article_read_for_a_figure_builds_only_the_chunks_whose_stored_figures_count_its_unit(seeded, monkeypatch):
    """The figure's look reads other outlets' articles for a figure of one unit (`CountsUnit`): the chunk table's
    spans are tested against the stored figures first, so only chunks that may hold one are cut from the text,
    and the passages found are those of testing every chunk."""
    from types import SimpleNamespace

    from app.answer.figure_look import CountsUnit
    from app.answer.pipeline import _article
    from app.store import table as table_module

    store = seeded._open()
    lexical = seeded._lexical_index(store)
    stored = {d: [chunk for chunk, _ in store.get(rec["chunk_ids"]).values()]
              for d, rec in store.manifest.documents.items()}
    keep = CountsUnit(figures("2 members")[0].unit)
    doc_id = max(stored, key=lambda d: sum(map(keep, (c.text for c in stored[d]))))
    expected = [c for c in stored[doc_id] if keep(c.text)]
    built = []
    chunk = table_module.ChunkTable.chunk
    monkeypatch.setattr(table_module.ChunkTable, "chunk",
                        lambda self, row, cid, *a: (built.append(cid), chunk(self, row, cid, *a))[1])
    found = _article(doc_id, keep, store=store, lexical=lexical, seen=set(), quotes=SimpleNamespace(chunks=[]),
                     cued=False)
    assert [h.chunk for h in found] == expected and expected
    assert len(built) < len(stored[doc_id])  # the chunks whose sentences give no figure of the unit were never built
    assert all(keep.stored(store.sentences(doc_id), c.start, c.end) is not False
               for c in stored[doc_id] if c.id in built)


def test_equal_similarities_are_ordered_and_kept_by_row():
    """Chunks of one text (a wire story every outlet ran) are equally near: the earlier row comes first, and where
    they straddle the n-th place the earlier ones are kept, whatever order a partition left them in."""
    rng = np.random.default_rng(7)
    same, other = rng.normal(size=8).astype(np.float32), rng.normal(size=8).astype(np.float32)
    vectors = np.stack([other if i % 3 else same for i in range(30)]).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    table = ChunkTable.build([StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(30)], vectors)
    q = vectors[0]
    tied = list(range(0, 30, 3))
    assert [r for r, _ in table.nearest(q, 4)] == tied[:4]
    assert [r for r, _ in table.nearest(q, 12)][:10] == tied
    assert [r for r, _ in table.nearest(q, 3, np.array([i % 2 for i in range(30)], dtype=np.float32))] == [3, 9, 15]


def test_top_rows_orders_by_value_then_position():
    from app.store.table import top_rows

    sims = np.array([0.5, 0.9, 0.5, 0.9, 0.1, 0.5, 0.7], dtype=np.float32)
    assert top_rows(sims, 1).tolist() == [1]
    assert top_rows(sims, 4).tolist() == [1, 3, 6, 0]
    assert top_rows(sims, 5).tolist() == [1, 3, 6, 0, 2]
    assert top_rows(sims, 7).tolist() == [1, 3, 6, 0, 2, 5, 4]


@pytest.mark.parametrize("size", [7, 1049, 5121, 10049])
def test_top_rows_are_the_largest_values_by_position_however_long_the_array(size):
    """A long array is cut to the values reaching a floor before the partition: the same rows, in the same order, as
    ordering every value (largest first, equal ones by position), with many equal values at the cut."""
    from app.store.table import top_rows

    rng = np.random.default_rng(size)
    for sims in (rng.normal(size=size).astype(np.float32), rng.integers(0, 40, size).astype(np.float32),
                 np.sort(rng.normal(size=size)).astype(np.float32)):
        for n in {1, 5, 40, size}:
            if n <= size:
                assert top_rows(sims, n).tolist() == np.lexsort((np.arange(size), -sims))[:n].tolist()


def test_a_rows_similarity_after_the_questions_search_is_the_one_the_search_gave():
    """Lexical-only candidates get their similarity from the question's full pass (no rows read again): the same float
    exact search gave the row; a question not searched yet is multiplied."""
    rng = np.random.default_rng(11)
    vectors = rng.normal(size=(300, 16)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    table = ChunkTable.build([StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(300)], vectors)
    q, other = vectors[3] + 0.1, vectors[9]
    found = dict(table.nearest(q, 300))
    rows = np.array([250, 7, 3, 7], dtype=np.int64)

    class Unread:
        def __getitem__(self, rows):
            raise AssertionError("the rows' vectors were read again")
    table.vectors = Unread()
    assert table.similarity(rows, q).tolist() == [found[r] for r in rows.tolist()]
    table.vectors = vectors
    np.testing.assert_allclose(table.similarity(rows, other), vectors[rows] @ other, rtol=1e-6)
    assert table.products == 1


@pytest.mark.parametrize("size", [50, 10049])
def test_a_nan_similarity_is_never_among_the_nearest_numbers(size):
    from app.store.table import top_rows

    sims = np.random.default_rng(size).normal(size=size).astype(np.float32)
    sims[[3, size // 2, size - 1]] = np.nan
    numbers = np.flatnonzero(~np.isnan(sims))
    expected = numbers[np.lexsort((numbers, -sims[numbers]))][:40].tolist()
    assert top_rows(sims, 40).tolist() == expected
    assert top_rows(np.full(size, np.nan, dtype=np.float32), 40).tolist() == []


def _top_rows_partitioned(sims: np.ndarray, n: int) -> np.ndarray:
    """`top_rows` of a short array as it was before one stable sort ordered it: the reference."""
    rows = np.flatnonzero(sims >= -np.inf)
    n = min(n, len(rows))
    if not n:
        return rows
    found = sims[rows]
    kth = np.partition(found, len(found) - n)[len(found) - n]
    chosen = np.concatenate([rows[found > kth], rows[found == kth][: n - int((found > kth).sum())]])
    return chosen[np.lexsort((chosen, -sims[chosen]))]


@pytest.mark.parametrize("size", [0, 1, 3, 40, 600, 1049, 5119])
def test_a_short_arrays_top_rows_are_the_ones_the_partition_gave(size):
    """One stable sort of a short array gives the rows and the order the partition and lexsort gave: ties (many equal
    values at the cut, +0.0 beside -0.0), NaNs (dropped, however many) and n past the array's length included."""
    from app.store.table import top_rows

    rng = np.random.default_rng(size + 5)
    for trial in range(30):
        sims = (rng.integers(-3, 4, size) / 4 if trial % 3 == 0 else rng.normal(size=size)).astype(np.float32)
        if size and trial % 2:
            sims[rng.integers(0, size, 1 + trial % 5)] = np.nan
        if size and trial % 5 == 0:
            sims[rng.integers(0, size, 3)] = -0.0
        for n in {1, 5, 40, max(size, 1), size + 3}:  # n > 0: `nearest` asks no fewer
            new, old = top_rows(sims, n), _top_rows_partitioned(sims, n)
            assert new.dtype == old.dtype and new.tolist() == old.tolist(), (size, trial, n)


def _nearest_each_mask_ordered(table: ChunkTable, q: np.ndarray, n: int, mask: np.ndarray | None) -> list:
    """`ChunkTable.nearest` as it was before a short table's order was kept: each mask's rows ordered on their own."""
    from app.store.table import top_rows

    sims = table.similarities(q)
    allowed = np.flatnonzero(mask) if mask is not None else None
    pool = sims[allowed] if allowed is not None else sims
    n = min(n, len(pool))
    if n <= 0:
        return []
    best = top_rows(pool, n)
    rows = allowed[best] if allowed is not None else best
    return list(zip(rows.tolist(), sims[rows].tolist()))


@pytest.mark.parametrize("size", [1, 7, 300, 1049, 5119, 5121])
def test_each_masks_nearest_rows_are_the_ones_its_own_ordering_gave(size):
    """A short table orders the question's rows once and each mask reads its rows from that order: the same rows,
    similarities and order as ordering each mask's rows alone (ties, NaN rows, a mask allowing none or a few)."""
    rng = np.random.default_rng(size)
    for trial in range(6):
        vectors = rng.normal(size=(size, 8)).astype(np.float32)
        vectors = np.round(vectors) if trial % 3 == 0 else vectors  # many equal similarities
        if trial % 2 and size > 3:
            vectors[rng.integers(0, size, 2)] = np.nan
        table = ChunkTable.build([StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(size)], vectors)
        q = rng.normal(size=8).astype(np.float32)
        masks = [None, (rng.random(size) < 0.6).astype(np.float32), np.zeros(size, np.float32),
                 (rng.random(size) < 0.02).astype(np.float32)]
        for mask in masks:
            for n in (1, 5, 40, size, size + 2):
                got, want = table.nearest(q, n, mask), _nearest_each_mask_ordered(table, q, n, mask)
                assert [r for r, _ in got] == [r for r, _ in want], (size, trial, n)
                np.testing.assert_array_equal([s for _, s in got], [s for _, s in want])


def test_a_short_tables_rows_are_ordered_once_a_question(monkeypatch):
    rng = np.random.default_rng(2)
    table = ChunkTable.build([StoredChunk(f"c{i}", "d", i, i + 1, "x", {}) for i in range(200)],
                             rng.normal(size=(200, 8)).astype(np.float32))
    sorts = []
    argsort = np.argsort
    monkeypatch.setattr(np, "argsort", lambda *a, **k: sorts.append(1) or argsort(*a, **k))
    q, other = rng.normal(size=8).astype(np.float32), rng.normal(size=8).astype(np.float32)
    table.nearest(q, 40)
    table.nearest(q, 40, (np.arange(200) % 2).astype(np.float32))
    table.nearest(q, 40, (np.arange(200) % 3 == 0).astype(np.float32))
    assert len(sorts) == 1
    table.nearest(other, 40)
    assert len(sorts) == 2
