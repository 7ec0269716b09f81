"""Re-ingest of unchanged files skips them by their raw input's hash (no clean, chunk or chains
again); a changed file replaces only its own document's rows."""

from __future__ import annotations

import pytest
from corpora import DOCS, write_corpus

from app.indexing import run as run_module
from app.indexing.prepare import ATTRIBUTION_VERSION


class Counting:
    """prepare(), counting the sources it is asked to prepare."""

    def __init__(self, inner) -> None:
        self.inner, self.sources = inner, []

    def __call__(self, raw, *args, **kwargs):
        self.sources.append(raw.source)
        return self.inner(raw, *args, **kwargs)


def counted_prepare(monkeypatch) -> Counting:
    counter = Counting(run_module.prepare)
    monkeypatch.setattr(run_module, "prepare", counter)
    return counter


def chunk_ids(a) -> set[str]:
    return set(a._open()._collection.get(include=[])["ids"])


def test_unchanged_files_are_not_prepared_again(make_assistant, tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c")
    make_assistant(corpus).ingest([corpus])
    counter = counted_prepare(monkeypatch)
    report = make_assistant(corpus).ingest([corpus])
    assert counter.sources == []
    assert sorted(report.unchanged) == sorted(str(corpus / name) for name in DOCS)
    assert report.outlet_rules == {"registry": 2}  # what the skipped documents were labelled by, as before


def test_a_changed_file_replaces_only_its_own_rows(make_assistant, tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "c")
    a = make_assistant(corpus)
    a.ingest([corpus])
    store = a._open()
    docs = store.manifest.documents
    planet = next(d for d, rec in docs.items() if rec["sources"][0].endswith("planet.txt"))
    gazette_rows = {cid for d, rec in docs.items() if d != planet for cid in rec["chunk_ids"]}
    old_planet_rows = set(docs[planet]["chunk_ids"])
    (corpus / "planet.txt").write_text(DOCS["planet.txt"].replace("40 million", "45 million"))
    counter = counted_prepare(monkeypatch)
    b = make_assistant(corpus)
    report = b.ingest([corpus])
    assert counter.sources == [str(corpus / "planet.txt")]
    assert report.changed == [str(corpus / "planet.txt")] and report.unchanged == [str(corpus / "gazette.txt")]
    after = chunk_ids(b)
    assert gazette_rows <= after and not old_planet_rows & after
    assert any("45 million" in c.text for c in b._open().iter_chunks())


def test_a_skipped_file_is_reported_as_when_it_was_prepared(make_assistant, tmp_path, monkeypatch):
    """An unknown outlet is warned about on every ingest, not only the first, without preparing again."""
    corpus = write_corpus(tmp_path / "c", {"stray.txt": "A stray article about the harbour and its new pier."},
                          registry="stance_groups: []\noutlets: []\n")
    first = make_assistant(corpus).ingest([corpus])
    assert any("no outlet" in w for w in first.warnings)
    counter = counted_prepare(monkeypatch)
    again = make_assistant(corpus).ingest([corpus])
    assert counter.sources == [] and again.unchanged == [str(corpus / "stray.txt")]
    assert again.warnings == first.warnings and again.conflicts == first.conflicts


def test_the_context_key_follows_chunking_and_registry(make_assistant, tmp_path):
    from app.indexing.prepare import context_key
    from app.registry import Registry, load_registry

    corpus = write_corpus(tmp_path / "c")
    base = make_assistant(corpus).config
    assert context_key(Registry(), base) != context_key(Registry(), base.with_(chunk_words=50))
    assert context_key(Registry(), base) != context_key(load_registry(corpus / "outlets.yaml"), base)


def test_a_re_ingest_that_changes_nothing_does_not_rewrite_the_manifest(make_assistant, tmp_path):
    corpus = write_corpus(tmp_path / "c")
    a = make_assistant(corpus)
    a.ingest([corpus])
    manifest = tmp_path / "index" / "manifest.json"
    before = (manifest.stat().st_ino, manifest.stat().st_mtime_ns)
    a.ingest([corpus])
    assert (manifest.stat().st_ino, manifest.stat().st_mtime_ns) == before


def test_a_document_whose_chains_older_rules_made_is_prepared_again_even_with_its_raw_key(make_assistant, tmp_path,
                                                                                          monkeypatch):
    import json

    corpus = write_corpus(tmp_path / "c")
    a = make_assistant(corpus)
    a.ingest([corpus])
    manifest = a.config.index_dir / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for rec in data["documents"].values():  # the raw keys kept, the chains from an older version of the rules
        rec["attribution"] = ATTRIBUTION_VERSION - 1
    manifest.write_text(json.dumps(data), encoding="utf-8")
    counter = counted_prepare(monkeypatch)
    b = make_assistant(corpus)
    report = b.ingest([corpus])
    assert sorted(counter.sources) == sorted(str(corpus / name) for name in DOCS) and report.unchanged == []
    records = json.loads(manifest.read_text(encoding="utf-8"))["documents"].values()
    assert {rec["attribution"] for rec in records} == {ATTRIBUTION_VERSION}


@pytest.mark.parametrize("field", ["terms", "signals", "marks", "antecedents", "words", "roles"])
@pytest.mark.parametrize("older", [True, False])
def test_a_document_whose_sentence_columns_older_code_made_is_prepared_again(make_assistant, tmp_path, monkeypatch,
                                                                             field, older):
    """Stored sentence terms, signals, marks, refs (antecedents) or word runs of another version are worked out again
    from the text by every process that reads the document (`Sentences.completed`); ingest redoes the document so that
    they are stored once. A record without the version (written before it was recorded) is redone too."""
    import json

    from app.indexing.freshness import stamp

    version = stamp()[field]
    corpus = write_corpus(tmp_path / "c")
    a = make_assistant(corpus)
    a.ingest([corpus])
    manifest = a.config.index_dir / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    for rec in data["documents"].values():
        if older:
            rec[field] = version - 1
        else:
            del rec[field]
    manifest.write_text(json.dumps(data), encoding="utf-8")
    counter = counted_prepare(monkeypatch)
    report = make_assistant(corpus).ingest([corpus])
    assert sorted(counter.sources) == sorted(str(corpus / name) for name in DOCS) and report.unchanged == []
    records = json.loads(manifest.read_text(encoding="utf-8"))["documents"].values()
    assert {rec[field] for rec in records} == {version}
