"""Store stage: chunks + vectors in Chroma, cleaned documents on disk, and the manifest.

Layout of an index folder (see index/README.md): `chroma/`, `docs/<doc_id>.txt`,
`manifest.json`. One process owns an index folder at a time (Chroma's rule); several processes
share one through a Chroma server (`chroma_url`).

Crash safety: a document's text and chunks are written before the manifest names it, and the
manifest is replaced atomically; `reconcile()` drops chunks the manifest does not know, so an
interrupted ingest leaves nothing half-done that the next one does not redo.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from app.chunk import Chunk
from app.config import SCHEMA_VERSION
from app.errors import IndexMismatchError, IndexMissingError

log = logging.getLogger(__name__)

COLLECTION = "byline_chunks"
MANIFEST = "manifest.json"


@dataclass(frozen=True)
class StoredChunk:
    id: str
    doc_id: str
    start: int
    end: int
    text: str
    meta: dict[str, Any]


@dataclass
class Manifest:
    embedder: str
    dim: int
    chunking: dict[str, Any]
    schema_version: int = SCHEMA_VERSION
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=1, sort_keys=True, ensure_ascii=False)

    def doc_for_source(self, source: str) -> str | None:
        return next((d for d, rec in self.documents.items() if source in rec["sources"]), None)


def fingerprint(ids: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()[:16]


def rebuild_hint(index_dir: Path) -> str:
    return f"rebuild it with: rm -rf {index_dir} && byline ingest corpus/ --index {index_dir}"


def atomic_write(path: Path, text: str) -> None:
    """Write via a temp file in the same folder and rename: readers see old or new, never half."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _chroma_client(index_dir: Path, chroma_url: str | None):
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
    return chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=settings)


class Store:
    """The persisted index. Open with `Store.open`; write with `put`/`remove` then `commit`."""

    def __init__(self, index_dir: Path, manifest: Manifest, collection) -> None:
        self.index_dir = index_dir
        self.manifest = manifest
        self._collection = collection
        self._texts: dict[str, str] = {}
        self._fingerprint: tuple[int, str] | None = None  # (documents count, fingerprint of chunk ids)

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        index_dir: Path,
        *,
        embedder: str,
        dim: int,
        chunking: dict[str, Any],
        create: bool = False,
        chroma_url: str | None = None,
        collection: str = COLLECTION,
    ) -> Store:
        index_dir = Path(index_dir)
        if chroma_url:  # vectors, texts and manifest all live in the server (app/store_server.py)
            from app.store_server import open_server_store

            return open_server_store(index_dir, chroma_url, embedder=embedder, dim=dim, chunking=chunking,
                                     create=create, collection=collection)
        path = index_dir / MANIFEST
        if path.is_file():
            manifest = _read_manifest(path, index_dir)
            _check_compatible(manifest, embedder, dim, chunking, str(index_dir), rebuild_hint(index_dir))
        elif create:
            manifest = Manifest(embedder=embedder, dim=dim, chunking=dict(chunking))
        else:
            raise IndexMissingError(
                f"no index at {index_dir}/ — build it with: byline ingest corpus/ --index {index_dir}"
            )
        try:
            index_dir.mkdir(parents=True, exist_ok=True)
            client = _chroma_client(index_dir, None)
        except OSError as exc:
            raise IndexMissingError(f"{index_dir} cannot be used as an index folder: {exc.strerror or exc}") from exc
        if not path.is_file():
            _drop_unowned(client, collection)
        coll = client.get_or_create_collection(
            collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        return cls(index_dir, manifest, coll)

    # -- writing ----------------------------------------------------------------------
    def put(self, doc_id: str, text: str, record: dict[str, Any], chunks: Sequence[Chunk],
            vectors: np.ndarray, chunk_meta: Sequence[dict[str, Any]]) -> None:
        """Store one document: its text file, then its chunks; the manifest entry last."""
        self._save_text(doc_id, text)
        if chunks:
            self._collection.upsert(
                ids=[c.id for c in chunks],
                embeddings=vectors.tolist(),
                documents=[c.text for c in chunks],
                metadatas=[_chroma_meta(m) for m in chunk_meta],
            )
        self.manifest.documents[doc_id] = {**record, "chunk_ids": [c.id for c in chunks]}
        self._texts[doc_id] = text
        self._fingerprint = None

    def remove(self, doc_id: str) -> None:
        record = self.manifest.documents.pop(doc_id, None)
        if record and record["chunk_ids"]:
            self._collection.delete(ids=record["chunk_ids"])
        self._drop_text(doc_id)
        self._texts.pop(doc_id, None)
        self._fingerprint = None

    def commit(self) -> None:
        atomic_write(self.index_dir / MANIFEST, self.manifest.to_json())

    def refresh(self) -> None:
        """Pick up writes made by other processes (a no-op here: one process owns a folder)."""

    def _save_text(self, doc_id: str, text: str) -> None:
        atomic_write(self.index_dir / "docs" / f"{doc_id}.txt", text)

    def _drop_text(self, doc_id: str) -> None:
        (self.index_dir / "docs" / f"{doc_id}.txt").unlink(missing_ok=True)

    def reconcile(self) -> int:
        """Delete chunks no manifest entry owns (left by an interrupted write); return how many."""
        known = {cid for rec in self.manifest.documents.values() for cid in rec["chunk_ids"]}
        stored = set(self._collection.get(include=[])["ids"])
        orphans = sorted(stored - known)
        for i in range(0, len(orphans), 5000):
            self._collection.delete(ids=orphans[i : i + 5000])
        missing = {d for d, rec in self.manifest.documents.items() if set(rec["chunk_ids"]) - stored}
        for doc_id in missing:  # the manifest promised chunks that are not there: redo the document
            self.manifest.documents.pop(doc_id)
        self._fingerprint = None
        if orphans or missing:
            log.warning("index repaired: %d orphan chunks removed, %d documents to redo", len(orphans), len(missing))
            self.commit()
        stale = [p for p in (self.index_dir / "docs").glob("*.txt") if p.stem not in self.manifest.documents]
        stale += list(self.index_dir.glob(".*.tmp")) + list((self.index_dir / "docs").glob(".*.tmp"))
        for path in stale:  # texts and temp files a killed ingest left behind
            path.unlink(missing_ok=True)
        return len(orphans) + len(missing)

    # -- reading ----------------------------------------------------------------------
    def fingerprint(self) -> str:
        """Fingerprint of the indexed chunk ids (what the BM25 index must match), cached between
        writes: hashing 100k sorted ids on every question cost tens of milliseconds."""
        docs = self.manifest.documents
        if self._fingerprint is None or self._fingerprint[0] != len(docs):
            self._fingerprint = (len(docs), fingerprint(cid for rec in docs.values() for cid in rec["chunk_ids"]))
        return self._fingerprint[1]

    def count(self) -> int:
        return self._collection.count()

    def query(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """Nearest chunks as (id, cosine similarity), best first."""
        return self.nearest(vector, n, where, with_records=False)[0]

    def nearest(self, vector: np.ndarray, n: int, where: dict[str, Any] | None = None, *, with_records: bool = True
                ) -> tuple[list[tuple[str, float]], dict[str, tuple[StoredChunk, np.ndarray | None]]]:
        """Nearest chunks as (id, cosine similarity), best first, and (with_records) their chunks
        and vectors — one Chroma round trip instead of a query, a count and a get."""
        include = ["distances"] + (["documents", "metadatas", "embeddings"] if with_records else [])
        res = self._collection.query(query_embeddings=[vector.tolist()], n_results=n, where=where, include=include)
        ids = res["ids"][0] if res["ids"] else []
        hits = [(cid, 1.0 - float(d)) for cid, d in zip(ids, res["distances"][0])]
        records = {}
        if with_records:
            for i, cid in enumerate(ids):
                records[cid] = (_stored(cid, res["metadatas"][0][i], res["documents"][0][i]),
                                np.asarray(res["embeddings"][0][i], dtype=np.float32))
        return hits, records

    def get(self, ids: Sequence[str], with_vectors: bool = False) -> dict[str, tuple[StoredChunk, np.ndarray | None]]:
        if not ids:
            return {}
        include = ["documents", "metadatas"] + (["embeddings"] if with_vectors else [])
        res = self._collection.get(ids=list(ids), include=include)
        vectors = res.get("embeddings") if with_vectors else None
        return {
            cid: (_stored(cid, res["metadatas"][i], res["documents"][i]),
                  None if vectors is None else np.asarray(vectors[i], dtype=np.float32))
            for i, cid in enumerate(res["ids"])
        }

    def iter_chunks(self, batch: int = 5000) -> Iterator[StoredChunk]:
        ids = [cid for rec in self.manifest.documents.values() for cid in rec["chunk_ids"]]
        for i in range(0, len(ids), batch):
            for chunk, _ in self.get(ids[i : i + batch]).values():
                yield chunk

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            path = self.index_dir / "docs" / f"{doc_id}.txt"
            try:
                self._texts[doc_id] = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise IndexMissingError(f"document {doc_id} is missing from {path.parent}; {rebuild_hint(self.index_dir)}") from exc
        return self._texts[doc_id]


def _drop_unowned(client, collection: str) -> None:
    """No manifest means no chunk in a local collection is owned (a first ingest was cut
    short): start it afresh, so a new embedder's dimension can never clash with stale vectors."""
    if collection in {getattr(c, "name", c) for c in client.list_collections()}:
        log.warning("index has chunks but no manifest: starting the collection afresh")
        client.delete_collection(collection)


def _stored(cid: str, meta: dict[str, Any] | None, text: str) -> StoredChunk:
    meta = dict(meta or {})
    return StoredChunk(cid, meta["doc_id"], int(meta["start"]), int(meta["end"]), text, meta)


def _chroma_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """Chroma takes str/int/float/bool values: drop None, JSON-encode lists."""
    out = {}
    for key, value in meta.items():
        if value is None:
            continue
        out[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value
    return out


def _read_manifest(path: Path, index_dir: Path) -> Manifest:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest(**data)
        for doc_id, rec in manifest.documents.items():
            if not (isinstance(rec["sources"], list) and isinstance(rec["chunk_ids"], list) and isinstance(rec["meta"], dict)):
                raise ValueError(f"document {doc_id} has a malformed entry")
        return manifest
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise IndexMismatchError(f"{path} is unreadable ({exc}); {rebuild_hint(index_dir)}") from exc


def _check_compatible(m: Manifest, embedder: str, dim: int, chunking: dict[str, Any], where: str, hint: str) -> None:
    problems = []
    if m.schema_version != SCHEMA_VERSION:
        problems.append(f"schema version {m.schema_version} (this byline reads {SCHEMA_VERSION})")
    if m.embedder != embedder or m.dim != dim:
        problems.append(f"embedder {m.embedder} ({m.dim}d), not {embedder} ({dim}d)")
    if m.chunking != chunking:
        problems.append(f"chunking {m.chunking}, not {chunking}")
    if problems:
        raise IndexMismatchError(f"the index at {where} was built with {'; '.join(problems)}; {hint}")
