"""Open an index: the embedded store in a folder, or the shared one in a Chroma server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.store.chroma import COLLECTION
from app.store.local import Store


def open_store(index_dir: Path, *, embedder: str, dim: int, chunking: dict[str, Any], create: bool = False,
               chroma_url: str | None = None, collection: str = COLLECTION) -> Store:
    """The store for `index_dir`; with `chroma_url`, vectors, texts and manifest live in that server
    (app/store/server.py) and the folder holds only caches."""
    if chroma_url:
        from app.store.server import open_server_store

        return open_server_store(Path(index_dir), chroma_url, embedder=embedder, dim=dim, chunking=chunking,
                                 create=create, collection=collection)
    return Store.open(Path(index_dir), embedder=embedder, dim=dim, chunking=chunking, create=create,
                      collection=collection)


def empty_index(index_dir: Path, chroma_url: str | None = None) -> str:
    """What asking an index that holds no documents says: that, and the command that adds some."""
    if chroma_url:
        return (f"the index in the Chroma server at {chroma_url} holds no documents — add some with: "
                f"byline --chroma-url {chroma_url} ingest DIR")
    return f"the index at {index_dir}/ holds no documents — add some with: byline ingest DIR --index {index_dir}"
