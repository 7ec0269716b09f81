"""Chroma plumbing shared by the embedded and the server store: the client, chunk records
in and out of Chroma's metadata types.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import IndexMissingError

log = logging.getLogger(__name__)

COLLECTION = "byline_chunks"


@dataclass(frozen=True)
class StoredChunk:
    id: str
    doc_id: str
    start: int
    end: int
    text: str
    meta: dict[str, Any]


def chroma_client(index_dir: Path, chroma_url: str | None):
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if chroma_url:
        from urllib.parse import urlparse

        url = urlparse(chroma_url)
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=settings,
            )
        except ValueError as exc:  # chromadb's "Could not connect to a Chroma server"
            raise IndexMissingError(
                f"cannot reach the Chroma server at {chroma_url} ({exc}); "
                "start one with: chroma run --path DIR --host 127.0.0.1 --port PORT"
            ) from exc
    return persistent_client(index_dir / "chroma")


def persistent_client(path: Path):
    """Chroma's embedded client on a data directory (an index's `chroma/`, or what `chroma run --path` serves)."""
    import chromadb
    from chromadb.config import Settings

    return chromadb.PersistentClient(path=str(path), settings=Settings(anonymized_telemetry=False))


def drop_unowned(client, collection: str) -> None:
    """No manifest means no chunk in a local collection is owned (a first ingest was cut
    short): start it afresh, so a new embedder's dimension can never clash with stale vectors."""
    if collection in {getattr(c, "name", c) for c in client.list_collections()}:
        log.warning("index has chunks but no manifest: starting the collection afresh")
        client.delete_collection(collection)


def stored(cid: str, meta: dict[str, Any] | None, text: str) -> StoredChunk:
    meta = dict(meta or {})
    return StoredChunk(cid, meta["doc_id"], int(meta["start"]), int(meta["end"]), text, meta)


def chroma_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Chroma takes str/int/float/bool values: drop None, JSON-encode lists."""
    out = {}
    for key, value in meta.items():
        if value is None:
            continue
        out[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
    return out
