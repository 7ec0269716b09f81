"""Chroma server mode (app/store/server.py) against a real `chroma run` on loopback."""

from __future__ import annotations

import chromadb
import numpy as np
import pytest
from chromadb.config import Settings
from integr_support import LAKE_DOCS, assistant, chroma_server, config, free_port, write_lake_docs

from app.api import Assistant
from app.config import Config
from app.documents.chunk import Chunk
from app.errors import ConfigError, IndexMismatchError, IndexMissingError
from app.store.embed import HashEmbedder
from app.store.open import open_store

QUESTION = "Did the lake freeze in May?"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with chroma_server(tmp_path_factory.mktemp("chroma") / "data") as url:
        yield url


@pytest.fixture()
def url(server):
    """The shared server, emptied before each test."""
    host, port = server.removeprefix("http://").split(":")
    client = chromadb.HttpClient(host=host, port=int(port), settings=Settings(anonymized_telemetry=False))
    for collection in client.list_collections():
        client.delete_collection(collection.name)
    return server


def test_empty_server_has_no_index_and_says_how_to_build_one(url, tmp_path):
    with pytest.raises(IndexMissingError, match=f"--chroma-url {url} ingest"):
        assistant(tmp_path / "a", chroma_url=url).ask(QUESTION)


def test_unreachable_server_is_a_one_line_error(tmp_path):
    with pytest.raises(IndexMissingError, match="cannot reach the Chroma server"):
        assistant(tmp_path / "a", chroma_url=f"http://127.0.0.1:{free_port()}").sources()


def test_two_assistants_share_one_server_index(url, tmp_path):
    writer = assistant(tmp_path / "writer", chroma_url=url)
    reader = assistant(tmp_path / "reader", chroma_url=url)
    writer.ingest([write_lake_docs(tmp_path / "docs")])
    assert reader.sources() == writer.sources()
    answer = reader.ask(QUESTION)
    assert answer == writer.ask(QUESTION) and answer.citations
    assert reader.verify(answer) == []  # texts and offsets come from the server

    gone = answer.citations[0].doc_id
    sentence_records = writer._open()._sentence_records
    assert len(sentence_records.get(where={"doc": gone})["ids"]) >= 2  # its head and vector blocks
    writer.remove_document(gone)
    assert sentence_records.get(where={"doc": gone})["ids"] == []
    assert gone not in {s.doc_id for s in reader.sources()}
    assert all(c.doc_id != gone for c in reader.ask(QUESTION).citations)

    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "note.txt").write_text("Skaters said the lake ice was thick in May.", encoding="utf-8")
    reader.ingest([tmp_path / "more"])
    assert any(s.source.endswith("note.txt") for s in writer.sources())


def test_reingesting_changes_nothing_and_keeps_only_caches_locally(url, tmp_path):
    a = assistant(tmp_path / "index", chroma_url=url)
    docs = write_lake_docs(tmp_path / "docs")
    assert len(a.ingest([docs]).new) == len(LAKE_DOCS)
    again = assistant(tmp_path / "index", chroma_url=url).ingest([docs])
    assert (len(again.unchanged), again.chunks_added) == (len(LAKE_DOCS), 0)
    # only caches stay local: the bm25 index and the registry snapshot used for labels
    assert sorted(p.name for p in (tmp_path / "index").iterdir()) == ["bm25", "registry.json"]


@pytest.mark.parametrize(("changes", "needle"), [
    ({"embedder": "hash-128"}, "embedder hash-256 (256d), not hash-128 (128d)"),
    ({"chunk_words": 50}, "chunking"),
])
def test_server_index_built_with_other_settings_is_refused(url, tmp_path, changes, needle):
    assistant(tmp_path / "a", chroma_url=url).ingest([write_lake_docs(tmp_path / "docs")])
    other = Assistant(config=config(tmp_path / "b", chroma_url=url, **changes),
                      embedder=HashEmbedder(128 if "embedder" in changes else 256))
    with pytest.raises(IndexMismatchError, match="delete_collection") as caught:
        other.ask(QUESTION)
    assert needle in str(caught.value)


def test_chunks_written_without_a_commit_are_removed_by_the_next_ingest(url, tmp_path):
    a = assistant(tmp_path / "index", chroma_url=url)
    docs = write_lake_docs(tmp_path / "docs")
    a.ingest([docs])
    def open_at(folder):
        return open_store(tmp_path / folder, embedder="hash-256", dim=256, chunking=a.config.chunking(), chroma_url=url)

    store = open_at("crash")
    text = "An orphan sentence that no manifest entry names."
    store.put("orphan0000000000", text, {"sources": ["x"], "meta": {"outlet": "X"}, "chars": len(text)},
              [Chunk("orphanchunk00000", "orphan0000000000", 0, len(text), text)],
              np.ones((1, 256), dtype=np.float32) / 16, [{"doc_id": "orphan0000000000", "start": 0, "end": len(text)}])
    # the process dies here, before commit(): nothing names the chunk
    fresh = assistant(tmp_path / "index2", chroma_url=url)
    assert "orphan0000000000" not in {s.doc_id for s in fresh.sources()}
    before = open_at("check").count()
    fresh.ingest([docs])
    assert open_at("check").count() == before - 1


def test_chroma_url_must_be_an_http_url():
    with pytest.raises(ConfigError, match="http://host:port"):
        Config(chroma_url="127.0.0.1:8000")
    assert Config.load(env={"BYLINE_CHROMA_URL": "http://127.0.0.1:9"}).chroma_url == "http://127.0.0.1:9"


def test_sentences_live_in_the_server_and_a_reader_embeds_only_the_question(url, tmp_path):
    writer = assistant(tmp_path / "writer", chroma_url=url)
    writer.ingest([write_lake_docs(tmp_path / "docs")])
    reader = assistant(tmp_path / "reader", chroma_url=url)
    asked: list[str] = []
    inner = reader.embedder.inner
    reader.embedder.inner = type("Counting", (), {"name": inner.name, "dim": inner.dim,
                                                  "embed": lambda self, texts: asked.extend(texts) or inner.embed(texts)})()
    answer = reader.ask(QUESTION)
    assert answer.citations and asked == [QUESTION]
    store = reader._open()
    assert all(store.sentences(s.doc_id) is not None for s in reader.sources())
    gone = answer.citations[0].doc_id
    sentence_records = writer._open()._sentence_records
    assert len(sentence_records.get(where={"doc": gone})["ids"]) >= 2  # its head and vector blocks
    writer.remove_document(gone)
    assert sentence_records.get(where={"doc": gone})["ids"] == []
    assert assistant(tmp_path / "third", chroma_url=url)._open().sentences(gone) is None


def test_a_reader_reloads_the_manifest_only_after_a_writer_committed(url, tmp_path):
    writer = assistant(tmp_path / "writer", chroma_url=url)
    writer.ingest([write_lake_docs(tmp_path / "docs")])
    reader = assistant(tmp_path / "reader", chroma_url=url)
    store = reader._open()
    reloads = []
    original = store._reload
    store._reload = lambda: reloads.append(1) or original()
    reader.ask(QUESTION)
    reader.ask(QUESTION)
    assert reloads == []  # nothing changed: one marker read per question, no paging through records
    writer.remove_document(writer.sources()[0].doc_id)
    assert len(reader.sources()) == len(LAKE_DOCS) - 1 and reloads == [1]


def test_a_large_server_index_keeps_its_dense_queries_in_the_server(url, tmp_path, monkeypatch):
    """Past the exact-search size a local index answers from its nearest-neighbour file (app/store/ann.py);
    a server's readers share the server's index, so none is built beside their caches."""
    from app.store import lexical as lexical_module

    monkeypatch.setattr(lexical_module, "EXACT_MAX", 0)
    a = assistant(tmp_path / "index", chroma_url=url)
    a.ingest([write_lake_docs(tmp_path / "docs")])
    store = a._open()
    lexical = a._lexical_index(store)
    assert lexical.ann is None and lexical.nearest(a.embedder.embed([QUESTION])[0], 5) is None
    assert a.ask(QUESTION).citations
    assert not (tmp_path / "index" / "bm25" / "ann.faiss").exists()


def test_a_server_index_of_another_terms_version_reads_its_sentences_as_ingest_makes_them(url, tmp_path, monkeypatch):
    import app.store.sentence_file as sentence_file

    writer = assistant(tmp_path / "writer", chroma_url=url)
    writer.ingest([write_lake_docs(tmp_path / "docs")])
    fresh = writer.ask(QUESTION)
    docs = [s.doc_id for s in writer.sources()]
    stored = {d: writer._open().sentences(d) for d in docs}
    monkeypatch.setattr(sentence_file, "TERMS_VERSION", sentence_file.TERMS_VERSION + 1)  # the next version reads
    reader = assistant(tmp_path / "reader", chroma_url=url)
    for d in docs:
        got, want = reader._open().sentences(d), stored[d]
        assert got.whole and got.terms_of(range(len(got))) == want.terms_of(range(len(want)))
        assert got.figures_of(range(len(got))) == want.figures_of(range(len(want)))
    assert reader.ask(QUESTION).answer == fresh.answer
