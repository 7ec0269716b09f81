"""Work that does not need the question's vector runs while it is being embedded: BM25 searches on a
worker thread (LexicalIndex.prefetch) while the question's thread embeds it; nothing is computed twice."""

from __future__ import annotations

import threading

import pytest

from app.store.embed import CachedEmbedder, HashEmbedder
from app.store.lexical import LexicalIndex


class Recording(HashEmbedder):
    """The hash fake, recording each call's texts and the thread that made it."""

    def __init__(self) -> None:
        super().__init__(64)
        self.calls: list[tuple[list[str], str]] = []

    def embed(self, texts):
        self.calls.append((list(texts), threading.current_thread().name))
        return super().embed(texts)


def test_forgetting_drops_vectors():
    inner = Recording()
    cached = CachedEmbedder(inner)
    cached.embed(["a question"])
    cached.forget()
    cached.embed(["a question"])
    assert [texts for texts, _ in inner.calls].count(["a question"]) == 2


def test_the_last_search_is_remembered_until_forgotten():
    index = LexicalIndex.build(["c1", "c2"], ["dock workers strike", "ferry terminal opens"],
                               [{"outlet": "A"}, {"outlet": "B"}])
    first = index.search("dock strike", 5)
    index._bm25 = None  # a second search of the same question must not touch the index
    assert index.search("dock strike", 5) == first
    assert index.search("dock strike", 5, {"outlet": {"B"}}) == []  # other filters: searched afresh
    index.forget()
    assert index.search("dock strike", 5) == []


def test_a_prefetched_search_runs_once_on_the_worker_thread_and_equals_the_search():
    texts = ["dock workers strike", "ferry terminal opens", "dock strike ends", "ferry strike"]
    facets = [{"outlet": o} for o in "ABAB"]
    index = LexicalIndex.build(["c1", "c2", "c3", "c4"], texts, facets)
    serial = LexicalIndex.build(["c1", "c2", "c3", "c4"], texts, facets)
    threads = []
    searched = index._search
    index._search = lambda *args: (threads.append(threading.current_thread().name), searched(*args))[1]
    index.prefetch("strike", 2, {"outlet": {"A", "B"}})  # three chunks hold the word: the best two
    assert index.search("strike", 2, {"outlet": {"A", "B"}}) == serial.search("strike", 2, {"outlet": {"A", "B"}})
    assert len(index.search("strike", 2, {"outlet": {"A", "B"}})) == 2
    assert len(threads) == 1 and threads[0].startswith("byline-bm25")
    index.prefetch("ferry", 3)
    assert index.search("dock strike", 3) == serial.search("dock strike", 3)  # another search: not the started one
    index.forget()
    assert index.search("ferry", 3) == serial.search("ferry", 3) and threads[-1] == threading.current_thread().name


def test_prefetching_the_search_just_made_starts_nothing():
    index = LexicalIndex.build(["c1", "c2"], ["dock workers strike", "ferry terminal opens"],
                               [{"outlet": "A"}, {"outlet": "B"}])
    first = index.search("dock strike", 5)
    index.prefetch("dock strike", 5)  # the same question asked again: its search is remembered
    assert not index._ahead.pending and index._ahead.worker is None
    assert index.search("dock strike", 5) == first


def test_the_worker_covers_the_found_chunks_and_hands_them_on_as_a_direct_computation_would():
    texts = ["dock workers strike at the port", "ferry terminal opens", "dock strike ends", "ferry strike at the dock"]
    ids = ["c1", "c2", "c3", "c4"]
    facets = [{"outlet": o} for o in "ABAB"]
    index, serial = LexicalIndex.build(ids, texts, facets), LexicalIndex.build(ids, texts, facets)
    handed: list[tuple[list, str]] = []
    index.prefetch("dock strike port", 3, then=lambda found: handed.append((found, threading.current_thread().name)))
    found = index.search("dock strike port", 3)
    from app.text.terms import terms

    qterms = set(terms("dock strike port", query=True))
    assert index._covered is not None and len(index._covered[1]) == len(ids)  # every chunk's, on the worker
    index._coverages = None  # coverages read what the worker computed: none is computed again here
    assert index.coverages(qterms, ids) == serial.coverages(qterms, ids)
    index.forget()  # waits for `then`
    assert handed == [(found, handed[0][1])] and handed[0][1].startswith("byline-bm25")
    assert index._covered is None


def test_a_prefetched_search_that_fails_raises_in_the_search_and_hands_nothing_on():
    index = LexicalIndex.build(["c1", "c2"], ["dock workers strike", "ferry terminal opens"],
                               [{"outlet": "A"}, {"outlet": "B"}])
    handed: list = []

    def broken(*args):
        raise RuntimeError("index unreadable")

    index._search = broken
    index.prefetch("dock strike", 5, then=handed.append)
    with pytest.raises(RuntimeError, match="unreadable"):
        index.search("dock strike", 5)
    index.forget()  # waits for the worker: nothing reached `then`
    assert handed == []


def test_the_searches_of_later_looks_run_on_the_worker_and_equal_direct_searches():
    texts = ["dock workers strike at the port", "ferry terminal opens", "dock strike ends", "ferry strike at the dock",
             "port strike talks fail", "dock union votes"]
    ids = [f"c{i}" for i in range(6)]
    facets = [{"outlet": o, "stance": s} for o, s in zip("ABCDEF", ["pro", "anti", "pro", "anti", "pro", "anti"])]
    index, serial = LexicalIndex.build(ids, texts, facets), LexicalIndex.build(ids, texts, facets)
    threads = []
    searched = index._search
    index._search = lambda *args: (threads.append(threading.current_thread().name), searched(*args))[1]
    looks = [{"stance": {"anti"}}, {"stance": {"pro"}}]
    index.prefetch("dock strike port", 3, also=looks)
    first = index.search("dock strike port", 3)  # the first search taken before the others: they still come
    assert first == serial.search("dock strike port", 3)
    for allowed in reversed(looks):
        assert index.search("dock strike port", 3, allowed) == serial.search("dock strike port", 3, allowed)
    assert len(threads) == 3 and all(t.startswith("byline-bm25") for t in threads)
    from app.text.terms import terms

    qterms = set(terms("dock strike port", query=True))
    assert index.coverages(qterms, ids) == serial.coverages(qterms, ids)


def test_the_question_is_parsed_on_the_worker_while_it_embeds():
    from app.answer.asked import asked
    from app.answer.retrieve import Filters, start
    from app.config import Config
    from app.text.terms import forget_texts

    index = LexicalIndex.build(["c1", "c2"], ["dock workers strike", "ferry terminal opens"],
                               [{"outlet": "A"}, {"outlet": "B"}])
    question = "How long did the dock workers strike?"
    forget_texts()
    start("dock workers strike", lexical=index, config=Config(), filters=Filters(), question=question)
    index.forget()  # waits for the worker
    hits = asked.cache_info().hits
    assert asked(question) == asked.__wrapped__(question)  # parsed there, the same parse
    assert asked.cache_info().hits == hits + 1


def test_the_sentences_signals_are_stored_at_ingest_and_no_question_works_them_out(make_assistant, tmp_path):
    """What each sentence spells out ("PMOI" for "People's Mojahedin Organization of Iran") and the
    figures it gives do not depend on the question: ingest stores them, equal to what `initialisms`
    and `figures` give for the sentence's text, and the worker no longer works them out."""
    from seed import copy_seed

    from app.answer.retrieve import Filters, start
    from app.attribution.figures import figures
    from app.attribution.figure_codec import figures_from
    from app.text.acronyms import initialisms
    from app.text.terms import forget_texts

    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    store = a._open()
    lexical = a._lexical_index(store)
    counted = 0
    for doc_id in store.manifest.documents:
        stored, text = store.sentences(doc_id), store.text(doc_id)
        rows = range(len(stored))
        texts = [text[x:y] for x, y in stored.spans_of(rows)]
        assert stored.initials_of(rows) == [initialisms.__wrapped__(t) for t in texts]
        assert [figures_from(f) for f in stored.figures_of(rows)] == [figures.__wrapped__(t) for t in texts]
        counted += sum(bool(figures.__wrapped__(t)) for t in texts)
    assert counted > 5  # the seed's sentences give figures
    for question in ("What did the PMOI say about the Iranian regime?", "How many members does the MEK have?"):
        forget_texts()
        start(question, lexical=lexical, config=a.config, filters=Filters(), question=question)
        lexical.forget()  # waits for the worker
        assert initialisms.cache_info().currsize == figures.cache_info().currsize == 0


def test_an_answer_is_the_same_whether_its_documents_sentences_were_read_ahead_or_not(make_assistant, tmp_path,
                                                                                       monkeypatch):
    """Reading sentences ahead only fills a cache: an answer with every document's sentences read
    before the question, or none read on the BM25 worker, equals the one read as asking does."""
    from seed import copy_seed

    from app.store.view import View

    from app.bench.measure import forget

    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    questions = ("What did the PMOI say about the Iranian regime?", "How many members does the MEK have?",
                 "Who accused the MEK of running fake accounts?")
    store = a._open()
    bounded = []
    for question in questions:
        forget(a, store)
        bounded.append(a.ask(question))
    for question, answer in zip(questions, bounded):
        forget(a, store)
        view = a._reader()
        view.load_sentences(list(view.manifest.documents))  # every document's, as an unbounded read-ahead would
        assert a.ask(question) == answer
    monkeypatch.setattr(View, "read_ahead", lambda self, doc_ids: None)  # none read on the BM25 worker
    for question, answer in zip(questions, bounded):
        forget(a, store)
        assert a.ask(question) == answer


def test_a_large_index_covers_only_the_candidates_asked_for_with_the_floats_every_chunks_sums_give(monkeypatch):
    """Past COVER_ALL chunks the worker does not sum every chunk's coverage (a common term's postings
    run to hundreds of thousands of rows): it covers the chunks its search found, while the question embeds, and
    `coverages` works out the other candidates' (the dense search's) — the same floats, in the order asked."""
    from app.store import lexical
    from app.text.terms import terms

    words = ["dock", "strike", "port", "ferry", "union", "talks", "vote", "wages"]
    texts = [" ".join(words[j] for j in range(len(words)) if (i >> j) & 1 or j == i % 3) for i in range(400)]
    ids = [f"c{i}" for i in range(len(texts))]
    index = LexicalIndex.build(ids, texts, [{"outlet": "A"}] * len(ids))
    monkeypatch.setattr(lexical, "COVER_ALL", len(ids) - 1)
    question = "dock strike at the port, said the union"
    index.prefetch(question, 40)
    found, qterms = index.search(question, 40), set(terms(question, query=True))
    assert index._covered[0] == qterms
    assert sorted(index._covered[1]) == sorted(index.rows([cid for cid, _ in found]))  # the found chunks' only
    every = index._coverage_rows(qterms)
    asked = ["c7", *(cid for cid, _ in found[::2]), "c399", "missing", *(cid for cid, _ in found[1::2])]
    assert index.coverages(qterms, asked) == [float(every[r]) if r >= 0 else 0.0 for r in index.rows(asked)]
    index.forget()
    monkeypatch.setattr(lexical, "COVER_ALL", len(ids))  # up to COVER_ALL: every chunk's, past the exact search's
    index.prefetch(question, 40), index.search(question, 40)
    assert len(index._covered[1]) == len(ids)
    assert index.coverages(qterms, asked) == [float(every[r]) if r >= 0 else 0.0 for r in index.rows(asked)]
    index.forget()


class Preparing(Recording):
    """The recording fake with the optional `prepare` / `forget` of an embedder that tokenizes ahead."""

    def __init__(self, events: list) -> None:
        super().__init__()
        self.events, self.dim, self.name = events, 256, "hash-256"  # the index's embedder

    def prepare(self, text: str) -> None:
        self.events.append(("prepare", text))

    def forget(self) -> None:
        self.events.append(("forget", None))


def test_the_question_is_made_ready_to_embed_before_the_worker_starts_unless_its_vector_is_cached(
        make_assistant, tmp_path, monkeypatch):
    """The Assistant tokenizes the question it will embed (the search, without an outlet's name) before the BM25
    worker starts: the tokenizer releases the GIL, and the worker would take it before the embedding ran."""
    from seed import copy_seed

    events: list = []
    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    a.embedder = CachedEmbedder(Preparing(events))
    started = LexicalIndex.prefetch
    monkeypatch.setattr(LexicalIndex, "prefetch", lambda self, query, *args, **kw: (
        events.append(("prefetch", query)), started(self, query, *args, **kw))[1])
    question = "How much was John Bolton paid?"
    a.ask(question)
    assert events[:2] == [("prepare", question), ("prefetch", question)]
    assert a.embedder.inner.calls[0] == ([question], "MainThread")
    events.clear()
    a.ask(question)  # its vector is cached: nothing to tokenize
    assert ("prepare", question) not in events
    a.embedder.forget()
    assert events[-1] == ("forget", None)
