"""The BM25 worker reads ahead the sentences of its search's documents while the question embeds
(`View.read_ahead`): the question's thread takes them instead of reading their files."""

from __future__ import annotations

import threading


def test_the_worker_reads_the_bm25_documents_sentences_ahead_and_the_answer_reads_none_of_them_again(
        make_assistant, tmp_path, monkeypatch):
    """While the question embeds, the BM25 worker reads the sentences of its search's first AHEAD documents into the
    view; the question's thread takes them, and reads from files only the others the fused ranking reaches."""
    from seed import copy_seed

    from app.answer.retrieve import Filters, start
    from app.store import view as view_module
    from app.store.local import Store

    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    view, lexical = a._reader(), a._lexical_index(a._open())
    question = "What did the PMOI say about the Iranian regime?"
    monkeypatch.setattr(view_module, "AHEAD", 2)
    start(question, lexical=lexical, config=a.config, filters=Filters(), question=question, ahead=view.read_ahead)
    lexical._ahead._after.result()  # the worker's reads end before the question takes its search (a long embed)
    found = lexical.search(question, a.config.candidates)
    lexical.forget()  # waits for the worker
    first = list(dict.fromkeys(lexical.documents([cid for cid, _ in found])))[:2]
    assert list(view._ahead) == first and not view._sentences
    reads, loaded = [], Store._load_sentences
    monkeypatch.setattr(Store, "_load_sentences", lambda self, d: (reads.append(
        (threading.current_thread().name, d)), loaded(self, d))[1])
    view.read_ahead(first)  # in memory already: not read again
    assert not reads and a.ask(question).citations
    assert not [d for name, d in reads if d in first and not name.startswith("byline-bm25")]
    view.store.local_files = False  # a server store: its sentences come in one request, none read ahead
    view.forget(), reads.clear(), view.read_ahead(first)
    assert not reads and not view._ahead
    view.store.local_files, docs = True, list(view.manifest.documents)
    monkeypatch.setattr(view_module, "AHEAD", 1)
    for doc_id in docs:  # question after question, none taking what was read for it: 4 x AHEAD kept, the last
        view.read_ahead([doc_id])
    assert len(docs) > 4 and list(view._ahead) == docs[-4:]


def test_reading_ahead_stops_once_the_question_thread_wants_the_gil_back(make_assistant, tmp_path, monkeypatch):
    """Once the question's thread has taken its search (`stop()`), the worker reads no further document: the
    question reads the ones it needs itself instead of waiting for the GIL the worker's reads hold."""
    from seed import copy_seed

    from app.store.local import Store

    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    view, docs = a._reader(), list(a._reader().manifest.documents)
    reads, loaded = [], Store._load_sentences
    monkeypatch.setattr(Store, "_load_sentences", lambda self, d: (reads.append(d), loaded(self, d))[1])
    view.read_ahead(docs[:3], stop=lambda: len(reads) >= 1)  # the question arrives during the first read
    assert reads == docs[:1] and list(view._ahead) == docs[:1]
    view.forget(), reads.clear(), view.read_ahead(docs[:3], stop=lambda: True)
    assert not reads and not view._ahead
    view.read_ahead(docs[:3])  # no question waiting: every one read
    assert reads == docs[:3]
