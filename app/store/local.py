"""Store stage: chunks + vectors in Chroma, cleaned documents on disk, and the manifest.

Layout of an index folder (see index/README.md): `chroma/`, `docs/<doc_id>.txt`,
`sentences/<doc_id>.bin` (sentence spans and vectors; both app/store/doc_files.py),
`manifest.json`. One process owns an index folder at a time (Chroma's rule); several processes
share one through a Chroma server (`chroma_url`).

Crash safety: a document's text and chunks are written before the manifest names it, and the
manifest is replaced atomically; `reconcile()` drops chunks the manifest does not know, so an
interrupted ingest leaves nothing half-done that the next one does not redo.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from app.documents.chunk import Chunk
from app.errors import IndexMissingError
from app.support.files import atomic_write
from app.store.chroma import COLLECTION, StoredChunk, chroma_client, chroma_meta, drop_unowned, stored
from app.store.doc_files import SENTENCES, DocumentFiles
from app.store.journal import Journal, Rollback, owned
from app.store.sentences import Sentences
from app.store.manifest import MANIFEST, Manifest, check_compatible, fingerprint, read_manifest, rebuild_hint

log = logging.getLogger(__name__)
MAX_BATCH = 5000  # records per Chroma call: its limit is 5,461 with the default SQLite settings


class Store(Rollback, DocumentFiles):
    """The persisted index. Open with `Store.open`; write with `put`/`remove` then `commit`."""

    def __init__(self, index_dir: Path, manifest: Manifest, collection) -> None:
        super().__init__(index_dir)
        self.manifest = manifest
        self._opened = collection  # the Chroma collection, or a function opening it on first use
        self.generation = 0  # counts changes to the documents: what readers may cache by
        self._fingerprint: tuple[int, str] | None = None  # (documents count, fingerprint of chunk ids)
        self._stamp = _stamp(index_dir / MANIFEST)  # the manifest as this store last saw it
        self._written: str | None = None  # the manifest text this store last wrote
        self._journal = Journal.of(manifest.documents)  # what was written since the last commit

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def open(cls, index_dir: Path, *, embedder: str, dim: int, chunking: dict[str, Any], create: bool = False,
             collection: str = COLLECTION) -> Store:
        index_dir = Path(index_dir)
        path = index_dir / MANIFEST
        if path.is_file():
            manifest = read_manifest(path, index_dir)
            check_compatible(manifest, embedder, dim, chunking, str(index_dir), rebuild_hint(index_dir))
        elif create:
            manifest = Manifest(embedder=embedder, dim=dim, chunking=dict(chunking))
        else:
            raise IndexMissingError(
                f"no index at {index_dir}/ — build it with: byline ingest corpus/ --index {index_dir}"
            )
        try:
            index_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise IndexMissingError(f"{index_dir} cannot be used as an index folder: {exc.strerror or exc}") from exc
        if path.is_file():  # Chroma is opened (and chromadb imported) by the first call that needs it
            return cls(index_dir, manifest, lambda: _open_collection(chroma_client(index_dir, None), collection))
        client = chroma_client(index_dir, None)
        drop_unowned(client, collection)
        return cls(index_dir, manifest, _open_collection(client, collection))

    @property
    def _collection(self):
        if callable(self._opened):
            self._opened = self._opened()
        return self._opened

    # -- writing ----------------------------------------------------------------------
    def put(self, doc_id: str, text: str, record: dict[str, Any], chunks: Sequence[Chunk],
            vectors: np.ndarray, chunk_meta: Sequence[dict[str, Any]], sentences: Sentences | None = None) -> None:
        """Store one document: its text file and sentences, then its chunks; the manifest entry last."""
        new = {c.id for c in chunks}
        self._keep(doc_id, new)
        self._save_text(doc_id, text)
        self._sentences.pop(doc_id, None)
        if sentences is not None:
            self._save_sentences(doc_id, sentences)
        else:
            self._drop_sentences(doc_id)
        old = {*self.manifest.documents.get(doc_id, {}).get("chunk_ids", ()), *self._journal.doomed.get(doc_id, ())}
        self._delete(sorted(old & new))  # Chroma's upsert merges metadata: a key dropped (a removed chain, None
        # values are left out) would stay
        for i in range(0, len(chunks), MAX_BATCH):  # a 5 MB article is ~7,000 chunks: over Chroma's limit
            part = slice(i, i + MAX_BATCH)
            self._collection.upsert(
                ids=[c.id for c in chunks[part]],
                embeddings=vectors[part].tolist(),
                documents=[c.text for c in chunks[part]],
                metadatas=[chroma_meta(m) for m in chunk_meta[part]],
            )
        self._journal.added |= new
        self.manifest.documents[doc_id] = {**record, "chunk_ids": [c.id for c in chunks]}
        self._texts[doc_id] = text
        self._fingerprint = None
        self.generation += 1

    def remove(self, doc_id: str) -> None:
        """Drop the document from the manifest; its chunks and files go at the commit (`app/store/journal.py`)."""
        record = self.manifest.documents.pop(doc_id, None)
        doomed = self._journal.doomed.setdefault(doc_id, [])
        doomed += record["chunk_ids"] if record else []
        self._texts.pop(doc_id, None)
        self._sentences.pop(doc_id, None)
        self._fingerprint = None
        self.generation += 1

    def commit(self) -> None:
        """Write the manifest, unless it is what this store last wrote and the file is still that
        (a re-ingest of unchanged files then costs no fsync); outside a write (`begin`), delete then the
        chunks and files of the documents it no longer names."""
        text = self.manifest.to_json()
        if text != self._written or self.changed_on_disk():
            atomic_write(self.index_dir / MANIFEST, text)
            self._written, self._stamp = text, _stamp(self.index_dir / MANIFEST)
        if self._journal.began is None:
            self._settle()

    def _delete(self, ids: Sequence[str]) -> None:
        for i in range(0, len(ids), MAX_BATCH):
            self._collection.delete(ids=list(ids[i : i + MAX_BATCH]))

    def _restore_chunks(self, metadata: dict[str, dict]) -> None:
        """Chunks with their metadata as it was (id -> metadata), written whole: Chroma merges an update's."""
        ids = sorted(metadata)
        for i in range(0, len(ids), MAX_BATCH):
            got = self._collection.get(ids=ids[i : i + MAX_BATCH], include=["embeddings", "documents"])
            self._delete(got["ids"])
            self._collection.add(ids=got["ids"], embeddings=[np.asarray(v).tolist() for v in got["embeddings"]],
                                 documents=got["documents"], metadatas=[metadata[c] for c in got["ids"]])

    def changed_on_disk(self) -> bool:
        """True when another process rewrote the manifest since this store read or wrote it."""
        return _stamp(self.index_dir / MANIFEST) != self._stamp

    def reload(self) -> None:
        """Read the manifest again (after another process wrote the index); caches are dropped."""
        self.manifest = read_manifest(self.index_dir / MANIFEST, self.index_dir)
        self._stamp, self._written = _stamp(self.index_dir / MANIFEST), None
        self._texts.clear()
        self._fingerprint = None
        self._journal = Journal.of(self.manifest.documents)

    def refresh(self) -> None:
        """Pick up writes made by other processes (a no-op here: one process owns a folder)."""

    def reconcile(self) -> int:
        """Delete chunks no manifest entry owns (left by an interrupted write); return how many."""
        known = {cid for rec in self.manifest.documents.values() for cid in rec["chunk_ids"]}
        stored = set(self._collection.get(include=[])["ids"])
        orphans = sorted(stored - known)
        for i in range(0, len(orphans), MAX_BATCH):
            self._collection.delete(ids=orphans[i : i + MAX_BATCH])
        missing = {d for d, rec in self.manifest.documents.items() if set(rec["chunk_ids"]) - stored}
        for doc_id in missing:  # the manifest promised chunks that are not there: redo the document
            self.manifest.documents.pop(doc_id)
        self._fingerprint = None
        self.generation += 1
        if orphans or missing:
            log.warning("index repaired: %d orphan chunks removed, %d documents to redo", len(orphans), len(missing))
            self.commit()
        folders = [self.index_dir / "docs", self.index_dir / SENTENCES]
        stale = [p for f in folders for p in f.glob("*.*") if p.stem not in self.manifest.documents]
        stale += list(self.index_dir.glob(".*.tmp")) + [p for f in folders for p in f.glob(".*.tmp")]
        for path in stale:  # texts and temp files a killed ingest left behind
            path.unlink(missing_ok=True)
        return len(orphans) + len(missing)

    # -- reading ----------------------------------------------------------------------
    def fingerprint(self) -> str:
        """Fingerprint of the indexed chunks, their documents' metadata and the embedder (what the
        BM25 index and the chunk table must match: a relabelled outlet changes their facets, new
        chains or another embedder their table), cached between writes: hashing 100k sorted ids on
        every question cost tens of milliseconds."""
        docs = self.manifest.documents
        if self._fingerprint is None or self._fingerprint[0] != len(docs):
            labels = (json.dumps([d, rec["meta"], rec.get("attribution")], sort_keys=True) for d, rec in docs.items())
            self._fingerprint = (len(docs), fingerprint([*(cid for rec in docs.values() for cid in rec["chunk_ids"]),
                                                         *labels, f"{self.manifest.embedder}/{self.manifest.dim}"]))
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
                records[cid] = (stored(cid, res["metadatas"][0][i], res["documents"][0][i]),
                                np.asarray(res["embeddings"][0][i], dtype=np.float32))
        return hits, records

    def get(self, ids: Sequence[str], with_vectors: bool = False) -> dict[str, tuple[StoredChunk, np.ndarray | None]]:
        if not ids:
            return {}
        include = ["documents", "metadatas"] + (["embeddings"] if with_vectors else [])
        res = self._collection.get(ids=list(ids), include=include)
        vectors = res.get("embeddings") if with_vectors else None
        return {
            cid: (stored(cid, res["metadatas"][i], res["documents"][i]),
                  None if vectors is None else np.asarray(vectors[i], dtype=np.float32))
            for i, cid in enumerate(res["ids"])
        }

    def vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored chunk vectors by id (ids the store lacks are left out)."""
        if not ids:
            return {}
        res = self._collection.get(ids=list(ids), include=["embeddings"])
        return {cid: np.asarray(v, dtype=np.float32) for cid, v in zip(res["ids"], res["embeddings"])}

    def iter_chunks(self, batch: int = 5000) -> Iterator[StoredChunk]:
        for chunk, _ in self.iter_records(batch, with_vectors=False):
            yield chunk

    def iter_records(self, batch: int = 5000, with_vectors: bool = True
                     ) -> Iterator[tuple[StoredChunk, np.ndarray | None]]:
        """Every chunk the manifest names, with its vector, in manifest order."""
        ids = [cid for rec in self.manifest.documents.values() for cid in rec["chunk_ids"]]
        for i in range(0, len(ids), batch):
            yield from self.get(ids[i : i + batch], with_vectors=with_vectors).values()

def _open_collection(client, name: str):
    return client.get_or_create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine"})


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
