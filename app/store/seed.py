"""Seed a Chroma server's data directory from an embedded index, instead of re-adding every chunk
over HTTP (100k chunks took longer than the measurements they were for).

The chunks collection is copied as Chroma wrote it (vectors, HNSW graph, texts, metadata: nothing
is re-embedded or re-indexed); the two collections only a server store has (documents with their
manifest entries, sentences: app/store/server.py) are then written beside it through a
PersistentClient, before any `chroma run --path` serves the directory. Both sides are chromadb's
own on-disk format, so the server must run the chromadb that wrote the index (the same install).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from app.store.chroma import COLLECTION, persistent_client
from app.store.local import Store
from app.store.manifest import MANIFEST, read_manifest
from app.store.server import server_store


def seed_server_data(index_dir: Path, data: Path, caches: Path, collection: str = COLLECTION) -> int:
    """Make `data` a directory for `chroma run --path` that serves the embedded index at `index_dir`
    (no process may write either meanwhile; `data` is replaced). `caches` is the server store's local
    folder: it gets the index's BM25 cache (built for the same chunks, so still valid). Returns the number of
    documents."""
    index_dir, data, caches = Path(index_dir), Path(data), Path(caches)
    manifest = read_manifest(index_dir / MANIFEST, index_dir)
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(index_dir / "chroma", data)
    local = Store.open(index_dir, embedder=manifest.embedder, dim=manifest.dim, chunking=manifest.chunking)
    server = server_store(persistent_client(data), caches, str(data), embedder=manifest.embedder, dim=manifest.dim,
                          chunking=manifest.chunking, create=True, collection=collection)
    server.copy_from(local)
    shutil.rmtree(caches / "bm25", ignore_errors=True)
    if (index_dir / "bm25").is_dir():
        shutil.copytree(index_dir / "bm25", caches / "bm25")
    return len(manifest.documents)
