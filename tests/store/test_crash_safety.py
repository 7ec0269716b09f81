"""Crashes: `byline ingest` killed with SIGKILL at several moments leaves an index the next
ingest repairs: manifest and Chroma agree, no orphan or duplicate chunks, the interrupted work
is redone. The manifest is only ever replaced whole (temp file + rename)."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.documents.clean import clean
from app.errors import IndexWriteError
from app.registry import Registry
from app.store.embed import HashEmbedder
from app.store.local import Store
from app.store.manifest import MANIFEST

REPO = Path(__file__).resolve().parents[2]
DOCS = 80
TOPICS = "harbour pier ministry talks ferry council budget report vote court police strike border trade".split()


def article(i: int, version: int = 0) -> str:
    rng = random.Random(i * 31 + version)
    sentences = [
        f"Report {i} (version {version}) says the {rng.choice(TOPICS)} {rng.choice(TOPICS)} of district {i * 7 + j} "
        f"changed on day {j}."
        for j in range(rng.randint(3, 12))
    ]
    half = len(sentences) // 2
    return " ".join(sentences[:half]) + "\n\n" + " ".join(sentences[half:])


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(DOCS):
        (folder / f"a{i:04d}.txt").write_text(article(i))
    return folder


class Watch:
    """What a killed ingest had written: manifest versions (each one read and parsed) and texts."""

    def __init__(self, index: Path) -> None:
        self.index = index
        self.versions: list[tuple[int, int, int]] = []
        self.manifest_docs = 0

    def poll(self) -> None:
        path = self.index / MANIFEST
        try:
            st = path.stat()
        except FileNotFoundError:
            return
        key = (st.st_ino, st.st_mtime_ns, st.st_size)
        if not self.versions or self.versions[-1] != key:
            data = json.loads(path.read_text(encoding="utf-8"))  # a half-written manifest fails here
            self.versions.append(key)
            self.manifest_docs = len(data["documents"])

    @property
    def texts(self) -> int:
        folder = self.index / "docs"
        return sum(1 for p in folder.glob("*.txt")) if folder.is_dir() else 0


def ingest_then_kill(corpus: Path, index: Path, when: Callable[[Watch], bool]) -> Watch:
    # small batches: several manifest writes happen during the ingest, so there is a "between"
    env = {**os.environ, "BYLINE_EMBEDDER": "hash-64", "BYLINE_EMBED_BATCH": "16", "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "app.edges.cli", "ingest", str(corpus), "--index", str(index), "--json"]
    proc = subprocess.Popen(cmd, cwd=corpus.parent, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    watch = Watch(index)
    give_up = time.monotonic() + 120  # a safety net against a hung child, not a timing assertion
    try:
        while proc.poll() is None and time.monotonic() < give_up:
            watch.poll()
            if when(watch):
                proc.kill()
                proc.wait()
                watch.poll()
                return watch
            time.sleep(0.005)
        pytest.fail(f"the ingest ended (exit {proc.poll()}) before the kill point")
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def assistant(index: Path) -> Assistant:
    return Assistant(config=Config(index_dir=index), embedder=HashEmbedder(64), registry=Registry())


def assert_consistent(index: Path, corpus: Path) -> None:
    """Manifest, Chroma and docs/ agree, and every stored text is the cleaned file."""
    manifest = json.loads((index / MANIFEST).read_text())
    docs = manifest["documents"]
    chunk_ids = [cid for rec in docs.values() for cid in rec["chunk_ids"]]
    assert len(chunk_ids) == len(set(chunk_ids)), "a chunk is listed twice"
    store = Store.open(index, embedder="hash-64", dim=64, chunking=Config().chunking())
    assert store.count() == len(chunk_ids), "Chroma holds chunks the manifest does not list"
    stored = store.get(chunk_ids)
    assert set(stored) == set(chunk_ids), "the manifest lists chunks Chroma does not hold"
    assert sorted(s for rec in docs.values() for s in rec["sources"]) == sorted(str(p) for p in corpus.glob("*.txt"))
    assert {p.stem for p in (index / "docs").glob("*.txt")} == set(docs)
    assert not list(index.glob(".*.tmp")) and not list((index / "docs").glob(".*.tmp"))
    for doc_id, rec in docs.items():
        text = store.text(doc_id)
        assert text == clean(Path(rec["sources"][0]).read_text())
        for cid in rec["chunk_ids"]:
            chunk, _ = stored[cid]
            assert chunk.doc_id == doc_id and text[chunk.start : chunk.end] == chunk.text


def recover_and_check(index: Path, corpus: Path, committed: int) -> None:
    report = assistant(index).ingest([corpus])
    assert len(report.new) == DOCS - committed, "the interrupted work is redone, the committed work kept"
    assert not report.failed
    assert_consistent(index, corpus)
    again = assistant(index).ingest([corpus])
    assert again.new == [] and again.changed == [] and again.chunks_added == 0


@pytest.mark.slow
def test_kill_before_the_first_manifest_write_is_recovered(corpus, tmp_path):
    index = tmp_path / "index"
    watch = ingest_then_kill(corpus, index, lambda w: w.texts >= 5 and not w.versions)
    assert not (index / MANIFEST).exists()
    recover_and_check(index, corpus, committed=0)


@pytest.mark.slow
def test_kill_between_manifest_writes_is_recovered(corpus, tmp_path):
    index = tmp_path / "index"
    watch = ingest_then_kill(corpus, index, lambda w: w.versions and w.texts >= w.manifest_docs + 5)
    assert 0 < watch.manifest_docs < DOCS
    recover_and_check(index, corpus, committed=watch.manifest_docs)


@pytest.mark.slow
def test_kill_right_after_a_manifest_write_is_recovered(corpus, tmp_path):
    index = tmp_path / "index"
    watch = ingest_then_kill(corpus, index, lambda w: len(w.versions) >= 1)
    recover_and_check(index, corpus, committed=watch.manifest_docs)


@pytest.mark.slow
def test_kill_while_changed_articles_replace_old_ones_is_recovered(corpus, tmp_path):
    index = tmp_path / "index"
    assistant(index).ingest([corpus])
    changed = range(0, DOCS, 3)
    for i in changed:
        (corpus / f"a{i:04d}.txt").write_text(article(i, version=1))
    old_texts = {p.name for p in (index / "docs").glob("*.txt")}
    ingest_then_kill(corpus, index, lambda w: len({p.name for p in (index / "docs").glob("*.txt")} - old_texts) >= 5)
    report = assistant(index).ingest([corpus])
    assert len(report.changed) + len(report.new) <= len(changed) and not report.failed
    assert len(report.unchanged) + len(report.changed) + len(report.new) == DOCS
    assert_consistent(index, corpus)


def test_manifest_is_never_left_half_written(tmp_path, monkeypatch):
    """A write that dies before the rename (here: the disk refuses the sync) keeps the old manifest."""
    index = tmp_path / "index"
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article(1))
    assistant(index).ingest([corpus])
    before = (index / MANIFEST).read_bytes()
    (corpus / "b.txt").write_text(article(2))

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(IndexWriteError, match="^disk full while writing the index"):
        assistant(index).ingest([corpus])
    monkeypatch.undo()
    assert (index / MANIFEST).read_bytes() == before
    assert not list(index.glob(".*.tmp"))
    report = assistant(index).ingest([corpus])
    assert report.new == [str(corpus / "b.txt")] and report.unchanged == [str(corpus / "a.txt")]
    assert_consistent(index, corpus)


@pytest.mark.parametrize(
    "damage",
    [lambda f: [p.write_bytes(b"") for p in (f / "bm25").iterdir()],
     lambda f: [p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]) for p in (f / "bm25").iterdir()],
     lambda f: (f / "ids.json").write_text('{"ids": 5, "facets": null}'),
     lambda f: (f / "ids.json").write_text("{")],
    ids=["emptied", "truncated", "wrong-shape", "half-json"],
)
def test_damaged_lexical_index_is_rebuilt_not_fatal(tmp_path, damage):
    index = tmp_path / "index"
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(article(1))
    assistant(index).ingest([corpus])
    damage(index / "bm25")
    answer = assistant(index).ask("What changed in district 7 on day 0?")
    assert answer.citations and assistant(index).verify(answer) == []
