"""Store stage: chunks + vectors in Chroma, cleaned documents on disk, and the manifest.

Layout of an index folder (see index/README.md): `chroma/`, `docs/<doc_id>.txt`,
`sentences/<doc_id>.bin` (sentence spans and vectors, app/store/sentences.py),
`manifest.json`. One process owns an index folder at a time (Chroma's rule); several processes
share one through a Chroma server (`chroma_url`).

Crash safety: a document's text and chunks are written before the manifest names it, and the
manifest is replaced atomically; `reconcile()` drops chunks the manifest does not know, so an
interrupted ingest leaves nothing half-done that the next one does not redo.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from app.documents.chunk import Chunk
from app.errors import IndexMissingError
from app.files import atomic_write, atomic_write_bytes
from app.store.chroma import COLLECTION, StoredChunk, chroma_client, chroma_meta, drop_unowned, stored
from app.store.sentences import Sentences
from app.store.manifest import MANIFEST, Manifest, check_compatible, fingerprint, read_manifest, rebuild_hint

log = logging.getLogger(__name__)
MAX_BATCH = 5000  # records per Chroma call: its limit is 5,461 with the default SQLite settings
SENTENCES = "sentences"  # folder of <doc_id>.bin: sentence spans and vectors (app/store/sentences.py)
SENTENCE_CACHE = 512  # documents whose sentences stay in memory


class Store:
    """The persisted index. Open with `Store.open`; write with `put`/`remove` then `commit`."""

    def __init__(self, index_dir: Path, manifest: Manifest, collection) -> None:
        self.index_dir = index_dir
        self._sentence_folder = os.path.join(index_dir, SENTENCES)
        self.manifest = manifest
        self._opened = collection  # the Chroma collection, or a function opening it on first use
        self._texts: dict[str, str] = {}
        self.generation = 0  # counts changes to the documents: what readers may cache by
        self._sentences: dict[str, Sentences | None] = {}  # recently read documents' sentences
        self._fingerprint: tuple[int, str] | None = None  # (documents count, fingerprint of chunk ids)
        self._stamp = _stamp(index_dir / MANIFEST)  # the manifest as this store last saw it
        self._written: str | None = None  # the manifest text this store last wrote

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
        self._save_text(doc_id, text)
        self._sentences.pop(doc_id, None)
        if sentences is not None:
            self._save_sentences(doc_id, sentences)
        else:
            self._drop_sentences(doc_id)
        for i in range(0, len(chunks), MAX_BATCH):  # a 5 MB article is ~7,000 chunks: over Chroma's limit
            part = slice(i, i + MAX_BATCH)
            self._collection.upsert(
                ids=[c.id for c in chunks[part]],
                embeddings=vectors[part].tolist(),
                documents=[c.text for c in chunks[part]],
                metadatas=[chroma_meta(m) for m in chunk_meta[part]],
            )
        self.manifest.documents[doc_id] = {**record, "chunk_ids": [c.id for c in chunks]}
        self._texts[doc_id] = text
        self._fingerprint = None
        self.generation += 1

    def remove(self, doc_id: str) -> None:
        record = self.manifest.documents.pop(doc_id, None)
        ids = record["chunk_ids"] if record else []
        for i in range(0, len(ids), MAX_BATCH):
            self._collection.delete(ids=ids[i : i + MAX_BATCH])
        self._drop_text(doc_id)
        self._drop_sentences(doc_id)
        self._texts.pop(doc_id, None)
        self._sentences.pop(doc_id, None)
        self._fingerprint = None
        self.generation += 1

    def commit(self) -> None:
        """Write the manifest, unless it is what this store last wrote and the file is still that
        (a re-ingest of unchanged files then costs no fsync)."""
        text = self.manifest.to_json()
        if text == self._written and not self.changed_on_disk():
            return
        atomic_write(self.index_dir / MANIFEST, text)
        self._written, self._stamp = text, _stamp(self.index_dir / MANIFEST)

    def changed_on_disk(self) -> bool:
        """True when another process rewrote the manifest since this store read or wrote it."""
        return _stamp(self.index_dir / MANIFEST) != self._stamp

    def reload(self) -> None:
        """Read the manifest again (after another process wrote the index); caches are dropped."""
        self.manifest = read_manifest(self.index_dir / MANIFEST, self.index_dir)
        self._stamp, self._written = _stamp(self.index_dir / MANIFEST), None
        self._texts.clear()
        self._fingerprint = None

    def refresh(self) -> None:
        """Pick up writes made by other processes (a no-op here: one process owns a folder)."""

    def _save_text(self, doc_id: str, text: str) -> None:
        atomic_write(self.index_dir / "docs" / f"{doc_id}.txt", text)

    def _drop_text(self, doc_id: str) -> None:
        (self.index_dir / "docs" / f"{doc_id}.txt").unlink(missing_ok=True)

    def _save_sentences(self, doc_id: str, sentences: Sentences) -> None:
        atomic_write_bytes(self.index_dir / SENTENCES / f"{doc_id}.bin", sentences.to_bytes())

    def _drop_sentences(self, doc_id: str) -> None:
        (self.index_dir / SENTENCES / f"{doc_id}.bin").unlink(missing_ok=True)

    def _load_sentences(self, doc_id: str) -> Sentences | None:
        try:
            # no pathlib: per document per question
            return Sentences.read(os.path.join(self._sentence_folder, doc_id + ".bin"))
        except (OSError, ValueError, KeyError):  # an index from before sentences were stored
            return None

    def sentence_bytes(self, doc_id: str) -> bytes | None:
        """The document's stored sentences as written (`Sentences.to_bytes`); None: not stored."""
        path = self.index_dir / SENTENCES / f"{doc_id}.bin"
        return path.read_bytes() if path.is_file() else None

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

    def sentences(self, doc_id: str) -> Sentences | None:
        """The document's sentence spans and vectors as ingest stored them (None: not stored)."""
        if doc_id not in self._sentences:
            self.load_sentences([doc_id])
        return self._sentences[doc_id]

    def load_sentences(self, doc_ids: Sequence[str], spans: Sequence[tuple[str, int, int]] = ()) -> None:
        """Read the sentences of the documents not in memory yet in one go (one request to a server, with
        the vectors inside the (doc_id, start, end) `spans`; a second for documents read before)."""
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self._sentences]
        for doc_id, found in self._load_many(missing, spans).items():
            if len(self._sentences) >= SENTENCE_CACHE:
                self._sentences.pop(next(iter(self._sentences)))
            self._sentences[doc_id] = found
        self._read_rows([(got, a, b) for d, a, b in spans if (got := self._sentences.get(d)) is not None])

    def _load_many(self, doc_ids: list[str], spans: Sequence[tuple[str, int, int]] = ()) -> dict[str, Sentences | None]:
        """The documents' sentences (the spans whose vectors will be read matter to a server store only)."""
        return {doc_id: self._load_sentences(doc_id) for doc_id in doc_ids}

    def _read_rows(self, spans: list[tuple[Sentences, int, int]]) -> None:
        """Nothing to do here: a file's vectors are read by row when used (`StoredRows`)."""

    def load_texts(self, doc_ids: Sequence[str]) -> None:
        """Read the texts not in memory yet (a server store asks for them in one request)."""
        for doc_id in doc_ids:
            self.text(doc_id)

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            path = self.index_dir / "docs" / f"{doc_id}.txt"
            try:
                self._texts[doc_id] = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise IndexMissingError(
                    f"document {doc_id} is missing from {path.parent}; {rebuild_hint(self.index_dir)}") from exc
        return self._texts[doc_id]


def _open_collection(client, name: str):
    return client.get_or_create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine"})


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)
