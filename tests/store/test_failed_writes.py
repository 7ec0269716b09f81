"""A write that fails (the encoder raises mid-way, the disk is full at the commit, a path is missing) leaves the
Assistant's store and the index as the write found them, with a one-line error: the views questions read hold
that same store, so a later write still tells them what it removed; a committed document the failed write was
replacing or promoting from is never lost; an upload whose ingest failed is not left in the upload folder."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.errors import CorpusError, IndexWriteError, QueryError
from app.store import local
from broken_encoder import ARTICLE, BrokenEncoder
from seed import copy_seed


@pytest.fixture
def setup(tmp_path):
    """An index of the seed corpus, and an Assistant over it (a new process) with a breakable encoder."""
    encoder = BrokenEncoder(256)
    config = Config(index_dir=tmp_path / "index", corpus_dir=tmp_path / "seed", embedder="hash-256",
                    upload_dir=tmp_path / "uploads", abstain_below=0.05, relevance_floor=0.1)
    copy_seed(tmp_path / "seed")
    Assistant(config=config, embedder=encoder).ingest([tmp_path / "seed"])
    return Assistant(config=config, embedder=encoder), encoder, tmp_path


def state(a: Assistant, root: Path) -> tuple:
    """What the index and the upload folder hold: files (but Chroma's own), every chunk record, the manifest."""
    files = {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
             for p in sorted(root.rglob("*")) if p.is_file() and not {"chroma", "bm25", "seed"} & set(p.parts)}
    got = a._open()._collection.get(include=["documents", "metadatas"])
    chunks = sorted(zip(got["ids"], got["documents"], [sorted(m.items()) for m in got["metadatas"]]))
    return files, chunks, a._open().manifest.to_json()


def fails_cleanly(a: Assistant, root: Path, write, error=RuntimeError, match="the encoder failed") -> None:
    """`write` raises `error`; the Assistant keeps its store, the index and uploads are as before, and a question's
    view taken before still hears of a document a later delete removes."""
    view, store, before = a._reader(), a._open(), state(a, root)
    with pytest.raises(error, match=match):
        write()
    a.embedder.inner.broken = False
    assert a._open() is store
    assert state(a, root) == before
    gone = next(iter(view.manifest.documents))
    a.remove_document(gone)
    with pytest.raises(QueryError, match="just removed"):
        view.text(gone)


def test_an_ingest_whose_encoder_fails_leaves_the_index_as_committed(setup):
    a, encoder, root = setup
    (root / "new.txt").write_bytes(ARTICLE)
    encoder.broken = True
    fails_cleanly(a, root, lambda: a.ingest([root / "new.txt"]))


def test_a_changed_article_whose_ingest_fails_keeps_its_committed_version(setup):
    a, encoder, root = setup
    article = sorted((root / "seed").glob("*.txt"))[0]
    article.write_text(article.read_text() + "\n\nThe council said on Friday that the vote was postponed.\n")
    encoder.broken = True  # the old version's chunks and text went before the new one was embedded
    fails_cleanly(a, root, lambda: a.ingest([root / "seed"]))
    assert a.ingest([root / "seed"]).changed == [str(article)]


def test_a_delete_whose_promoted_copy_fails_to_embed_keeps_the_original(setup):
    a, encoder, root = setup
    original = sorted((root / "seed").glob("*.txt"))[0]
    copy = root / "copy.txt"
    copy.write_bytes(original.read_bytes().replace(b"the ", b"the  ", 1) + b"\nOne more line.\n")
    assert a.ingest([copy]).copies
    encoder.broken = True
    fails_cleanly(a, root, lambda: a.remove_document(a._open().manifest.doc_for_source(str(original))))


def test_a_full_disk_at_the_commit_leaves_the_index_as_committed(setup, monkeypatch):
    a, _, root = setup
    (root / "new.txt").write_bytes(ARTICLE)

    def full_disk(path, text):
        raise OSError(28, "No space left on device")

    def ingest():
        with monkeypatch.context() as patched:  # the text and chunks are written, the manifest cannot be
            patched.setattr(local, "atomic_write", full_disk)
            a.ingest([root / "new.txt"])

    fails_cleanly(a, root, ingest, IndexWriteError, "^disk full while writing")


def test_a_missing_path_is_refused_before_the_write(setup):
    a, _, root = setup
    (root / "new.txt").write_bytes(ARTICLE)
    read = []
    fails_cleanly(a, root, lambda: a.ingest([root / "new.txt", root / "gone"], progress=read.append), CorpusError,
                  r"gone: no such file or folder$")
    assert read == []  # not even the file before it was read


def test_an_upload_whose_ingest_fails_is_not_left_in_the_upload_folder(setup):
    a, encoder, root = setup
    encoder.broken = True
    fails_cleanly(a, root, lambda: a.add_document("bridge.txt", ARTICLE, outlet="Reuters"))


def test_new_metadata_whose_ingest_fails_leaves_the_upload_as_it_was(setup):
    a, encoder, root = setup
    a.add_document("bridge.txt", ARTICLE, title="The bridge")
    encoder.broken = True
    fails_cleanly(a, root, lambda: a.add_document("bridge.txt", ARTICLE, author="A. Writer"))


def test_chunks_relabelled_before_the_failure_get_their_committed_metadata_back(setup):
    a, _, root = setup
    folder = root / "articles"
    folder.mkdir()
    (folder / "bridge.txt").write_bytes(ARTICLE)
    a.ingest([folder])
    (folder / "bridge.txt.meta.json").write_text('{"title": "Another title"}')
    (folder / "zanzibar.txt").write_text("The Zanzibar ferry company said on Monday that fares would rise.")
    # the relabelled article's chunks are written (its encoding is done) when the next article's encoding fails
    fails_cleanly(a, root, lambda: a.ingest([folder]))


def test_an_original_demoted_before_the_failure_is_the_original_again(setup):
    a, _, root = setup
    seed = sorted((root / "seed").glob("*.txt"))[0]
    text = seed.read_bytes()
    a.remove_document(a._open().manifest.doc_for_source(str(seed)))
    folder = root / "articles"
    folder.mkdir()
    (folder / "a.txt").write_bytes(text)
    (folder / "a.txt.meta.json").write_text('{"date": "2020-01-01"}')
    a.ingest([folder / "a.txt"])
    (folder / "copy.txt").write_bytes(text.replace(b"the ", b"the  ", 1) + b"\nOne more line.\n")
    (folder / "copy.txt.meta.json").write_text('{"date": "1990-01-01"}')  # earlier: the stored original becomes
    # its copy
    (folder / "zanzibar.txt").write_text("The Zanzibar ferry company said on Monday that fares would rise.")
    fails_cleanly(a, root, lambda: a.ingest([folder]))  # the original's sentences went with its demotion


def test_a_write_that_succeeds_leaves_nothing_set_aside(setup):
    a, _, root = setup
    a.add_document("bridge.txt", ARTICLE, title="The bridge")
    report = a.add_document("bridge.txt", ARTICLE, author="A. Writer")  # its files and chunks written again
    assert not list((root / "index").rglob("*.tmp"))
    assert a.sources_for(report.changed)[0].author == "A. Writer"
