import json

from app.text.sentences import split_sentences


def test_ingest_stores_every_document_with_its_outlet(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    report = a.ingest([corpus_dir])
    assert report.summary() == "2 new, 0 changed, 0 unchanged"
    by_outlet = {s.outlet: s for s in a.sources()}
    assert set(by_outlet) == {"Daily Planet", "Gotham Gazette"}
    assert by_outlet["Daily Planet"].stance == "pro"
    assert by_outlet["Daily Planet"].url == "https://dailyplanet.example/bridge"
    assert by_outlet["Gotham Gazette"].title == "Bridge plan is a scam"


def test_stored_text_is_clean_and_chunk_offsets_hold(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    store = a._open()
    for chunk in store.iter_chunks():
        text = store.text(chunk.doc_id)
        assert text[chunk.start : chunk.end] == chunk.text
        assert "Your Comment" not in text and "728 x 90" not in text and "Home »" not in text
        assert chunk.meta["outlet"] in {"Daily Planet", "Gotham Gazette"}


def test_reingesting_the_same_corpus_changes_nothing(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    before = (a.config.index_dir / "manifest.json").read_text()
    count = a._open().count()
    report = a.ingest([corpus_dir])
    assert report.summary() == "0 new, 0 changed, 2 unchanged"
    assert report.chunks_added == 0
    assert (a.config.index_dir / "manifest.json").read_text() == before
    assert a._open().count() == count


def test_a_changed_file_replaces_only_its_own_chunks(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    manifest = a._open().manifest.documents
    gazette_chunks = next(r["chunk_ids"] for r in manifest.values() if r["meta"]["outlet"] == "Gotham Gazette")
    (corpus_dir / "planet.txt").write_text("Bridge plan approved\n\nThe council delayed the bridge vote.", encoding="utf-8")
    report = a.ingest([corpus_dir])
    assert report.summary() == "0 new, 1 changed, 1 unchanged"
    store = a._open()
    planet = [r for r in store.manifest.documents.values() if r["meta"]["outlet"] == "Daily Planet"]
    assert len(planet) == 1
    assert store.count() == len(planet[0]["chunk_ids"]) + len(gazette_chunks)
    assert next(r["chunk_ids"] for r in store.manifest.documents.values() if r["meta"]["outlet"] == "Gotham Gazette") == gazette_chunks


def test_prune_removes_documents_whose_files_are_gone(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    (corpus_dir / "planet.txt").unlink()
    assert a.ingest([corpus_dir]).removed == []  # without --prune nothing is removed
    report = a.ingest([corpus_dir], prune=True)
    assert report.removed == [str(corpus_dir / "planet.txt")]
    assert [s.outlet for s in a.sources()] == ["Gotham Gazette"]
    assert a._open().count() == len(a._open().manifest.documents[a.sources()[0].doc_id]["chunk_ids"])


def test_the_same_article_under_two_names_is_stored_once(make_assistant, corpus_dir):
    (corpus_dir / "copy.txt").write_text((corpus_dir / "gazette.txt").read_text(), encoding="utf-8")
    a = make_assistant(corpus_dir)
    report = a.ingest([corpus_dir])
    assert len(a.sources()) == 2
    assert any("same article" in w for w in report.warnings)


def test_a_document_without_registry_entry_ingests_as_unknown_with_a_warning(make_assistant, corpus_dir):
    (corpus_dir / "stray.txt").write_text("Nobody knows who wrote this sentence about the bridge.", encoding="utf-8")
    a = make_assistant(corpus_dir)
    report = a.ingest([corpus_dir])
    assert any("stray.txt" in w and "unknown" in w for w in report.warnings)
    assert "unknown" in {s.outlet for s in a.sources()}


def test_one_bad_file_does_not_stop_the_others(make_assistant, corpus_dir):
    (corpus_dir / "broken.txt").write_bytes(b"caf\xc3\x28 \x80\x81 not utf-8")
    (corpus_dir / "image.png").write_bytes(b"\x89PNG\r\n")
    a = make_assistant(corpus_dir)
    report = a.ingest([corpus_dir])
    assert len(report.new) == 2
    assert str(corpus_dir / "broken.txt") in report.failed
    assert str(corpus_dir / "image.png") in report.skipped
    assert "2 new" in report.summary() and "1 failed" in report.summary() and "1 skipped" in report.summary()


def test_manifest_records_embedder_and_chunking(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    manifest = json.loads((a.config.index_dir / "manifest.json").read_text())
    assert manifest["embedder"] == "hash-256" and manifest["dim"] == 256
    assert manifest["chunking"] == a.config.chunking()
    assert manifest["schema_version"] == 1


def test_opening_an_index_built_differently_names_the_rebuild_command(make_assistant, corpus_dir, tmp_path):
    import pytest

    from app.errors import IndexMismatchError

    make_assistant(corpus_dir).ingest([corpus_dir])
    other = make_assistant(corpus_dir, chunk_words=40)
    with pytest.raises(IndexMismatchError, match="byline ingest"):
        other.ask("bridge cost")


def test_interrupted_write_is_repaired_on_next_ingest(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    store = a._open()
    # simulate a crash after chunks were written but before the manifest named them
    doc_id, rec = next(iter(store.manifest.documents.items()))
    store.manifest.documents.pop(doc_id)
    store.commit()
    report = a.ingest([corpus_dir])
    assert len(report.new) == 1
    ids = [c for r in a._open().manifest.documents.values() for c in r["chunk_ids"]]
    assert a._open().count() == len(ids) == len(set(ids))


def test_chunks_are_sentence_aligned(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    store = a._open()
    for chunk in store.iter_chunks():
        starts = {s.start for s in split_sentences(store.text(chunk.doc_id))}
        assert chunk.start in starts
