"""An ingest stopped by Ctrl-C (or any error) ends its embed threads at once: none is left for the
interpreter to wait on, in a long-lived process or at exit; nothing uncommitted is kept."""

from __future__ import annotations

import threading

import pytest

from app.config import Config
from app.indexing.ingest import ingest
from app.registry import Registry
from app.store.embed import HashEmbedder
from app.store.local import Store


def _embed_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("byline-embed")]


def test_an_interrupted_ingest_leaves_no_embed_thread_and_commits_nothing_of_its_batch(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(12):
        (docs / f"n{n:02}.txt").write_text(f"Note {n}: the ferry {n} left the quay at dawn, the captain said.",
                                           encoding="utf-8")
    embedder = HashEmbedder(64)
    store = Store.open(tmp_path / "index", embedder=embedder.name, dim=embedder.dim, chunking={}, create=True)
    seen: list[str] = []

    def progress(path: str) -> None:  # Ctrl-C arrives while the sixth file is read
        seen.append(path)
        if len(seen) == 6:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest([docs], store=store, embedder=embedder, registry=Registry(), config=Config(embed_batch=10_000),
               progress=progress)
    for t in _embed_threads():
        t.join(timeout=30)
    assert not _embed_threads()
    assert not store.manifest.documents  # the batch was never full: nothing was committed, the next run redoes it
