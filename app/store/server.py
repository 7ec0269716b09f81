"""The store in Chroma server mode: vectors, document texts and the manifest all live in the server.

With `chroma_url` set, several byline processes (HTTP servers on several hosts, an ingest job)
share one index through one `chroma run` server; the local index folder keeps only caches
(`bm25/`). Layout on the server, for collection name C (default `byline_chunks`):

- `C`: one record per chunk (vector, text, metadata), exactly as in the embedded store;
- `C_sentences`: per indexed document a head record (its sentence spans and terms) and its
  sentence vectors in blocks (base64, in the metadata: app/store/sentence_blocks.py), written with
  its chunks; an answer reads the heads of the documents it quotes and the blocks of the passages;
- `C_docs`: one record per document; its document is the cleaned text, its metadata
  `{"record": <manifest entry as JSON>}`. The collection's own metadata is the manifest header
  (schema version, embedder, dim, chunking), checked on open exactly like `manifest.json`.

Write order is the embedded store's: chunks first, the document record (text + manifest entry)
at `commit`, so a crash leaves at most orphan chunks that `reconcile()` removes. A process sees
the others' writes after `refresh()`, which the Assistant calls before every read: it compares
the documents collection's change marker (rewritten after each commit) and reloads the manifest
entries only when it moved, so a question does not page through every document record.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.errors import IndexMismatchError, IndexMissingError
from app.store.chroma import chroma_client
from app.store.journal import Journal
from app.store.local import Store
from app.store.sentence_blocks import block_ids, from_head, read_blocks, records
from app.store.sentences import Sentences
from app.store.manifest import SCHEMA_VERSION, Manifest, check_compatible

PAGE = 1000  # records per read
CHANGED = "changed"  # documents collection metadata: a new random token at every commit that changed records
WRITE_BATCH = 100  # documents per upsert: each carries its full text


def server_hint(url: str, collection: str) -> str:
    return (f"rebuild it with: python -c \"import chromadb; c = chromadb.HttpClient(host=..., port=...); "
            f"c.delete_collection('{collection}'); c.delete_collection('{collection}_docs'); "
            f"c.delete_collection('{collection}_sentences')\" "
            f"&& byline --chroma-url {url} ingest corpus/")


def open_server_store(index_dir: Path, url: str, *, embedder: str, dim: int, chunking: dict[str, Any],
                      create: bool, collection: str) -> ServerStore:
    return server_store(chroma_client(index_dir, url), index_dir, url, embedder=embedder, dim=dim, chunking=chunking,
                        create=create, collection=collection)


def server_store(client, index_dir: Path, url: str, *, embedder: str, dim: int, chunking: dict[str, Any],
                 create: bool, collection: str) -> ServerStore:
    """The server store over `client` (an HttpClient to `url`, or a PersistentClient on a directory
    a `chroma run` will serve: app/store/seed.py); `index_dir` holds its local caches."""
    header = {"schema_version": SCHEMA_VERSION, "embedder": embedder, "dim": dim,
              "chunking": json.dumps(chunking, sort_keys=True)}
    if create:
        docs = client.get_or_create_collection(f"{collection}_docs", embedding_function=None, metadata=header)
    else:
        from chromadb.errors import NotFoundError

        try:
            docs = client.get_collection(f"{collection}_docs", embedding_function=None)
        except NotFoundError as exc:
            raise IndexMissingError(
                f"no index in the Chroma server at {url} (collection {collection}_docs) — "
                f"build it with: byline --chroma-url {url} ingest corpus/"
            ) from exc
    manifest = _header_manifest(docs.metadata or {}, url)
    check_compatible(manifest, embedder, dim, chunking, f"{url} ({collection})", server_hint(url, collection))
    chunks = client.get_or_create_collection(collection, embedding_function=None, metadata={"hnsw:space": "cosine"})
    Path(index_dir).mkdir(parents=True, exist_ok=True)
    sentences = client.get_or_create_collection(f"{collection}_sentences", embedding_function=None)
    store = ServerStore(Path(index_dir), manifest, chunks, docs, url, sentences, client)
    store.refresh()
    return store


def _header_manifest(meta: dict[str, Any], url: str) -> Manifest:
    try:
        return Manifest(embedder=str(meta["embedder"]), dim=int(meta["dim"]), chunking=json.loads(meta["chunking"]),
                        schema_version=int(meta["schema_version"]))
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexMismatchError(f"the Chroma server at {url} holds a documents collection without a byline "
                                 f"manifest header ({exc}); use another collection or rebuild it") from exc


class ServerStore(Store):
    """A Store whose document texts and manifest entries are records in the server."""

    local_files = False  # its sentences come in one request per question (`View.read_ahead` reads none ahead)

    def __init__(self, index_dir: Path, manifest: Manifest, collection, docs, url: str, sentences, client) -> None:
        super().__init__(index_dir, manifest, collection)
        self.url = url
        self._client = client
        self._docs = docs
        self._seen: str | None = None  # the change marker as of the last reload
        self._sentence_records = sentences
        self._committed: dict[str, str] = {}  # doc_id -> manifest entry JSON, as the server has it

    def changed_on_disk(self) -> bool:
        """Never: there is no manifest file here; `refresh` picks up other processes' writes."""
        return False

    def _save_text(self, doc_id: str, text: str) -> None:
        """Nothing to do yet: the text is written with its manifest entry at `commit`."""

    def _drop_text(self, doc_id: str) -> None:
        """Nothing to do yet: the record is deleted at `commit`."""

    def _save_sentences(self, doc_id: str, sentences: Sentences) -> None:
        self._upsert_sentences([records(doc_id, sentences)])

    def _save_sentence_bytes(self, found: dict[str, bytes]) -> None:
        """Documents' sentences as `Sentences.to_bytes` made them."""
        self._upsert_sentences([records(d, Sentences.from_bytes(b)) for d, b in found.items()])

    def _upsert_sentences(self, parts: list[tuple[list[str], list[dict[str, Any]]]]) -> None:
        """Head and vector-block records (app/store/sentence_blocks.py), PAGE per request. Blocks a
        shorter new version leaves behind are never read (the head bounds the rows) and go at removal."""
        ids = [i for p in parts for i in p[0]]
        metas = [m for p in parts for m in p[1]]
        for i in range(0, len(ids), PAGE):
            self._sentence_records.upsert(ids=ids[i : i + PAGE], embeddings=[[0.0]] * len(ids[i : i + PAGE]),
                                          metadatas=metas[i : i + PAGE])

    def _drop_sentences(self, doc_id: str) -> None:
        self._sentence_records.delete(ids=[doc_id])
        self._sentence_records.delete(where={"doc": doc_id})

    def _read_many(self, doc_ids: list[str], spans: Sequence[tuple[str, int, int]] = ()) -> dict[str, Sentences | None]:
        """One request for the documents' sentence spans and terms (an answer quotes several) and
        the vector blocks of the (doc_id, start, end) `spans` among them; other vectors are read
        when used (app/store/sentence_blocks.py)."""
        if not doc_ids:
            return {}
        wanted = set(doc_ids)
        blocks = dict.fromkeys(b for d, a, e in spans if d in wanted for b in block_ids(d, a, e))
        res = self._sentence_records.get(ids=list(doc_ids) + list(blocks), include=["metadatas"])
        heads: dict[str, dict[str, Any]] = {}
        ready: dict[str, dict[str, bytes]] = {}
        for rid, meta in zip(res["ids"], res["metadatas"]):
            if "vectors" in meta:
                ready.setdefault(meta["doc"], {})[rid] = base64.b64decode(meta["vectors"])
            else:
                heads[rid] = meta
        return {d: from_head(d, heads[d], self._blocks, ready.get(d, {})) if d in heads else None for d in doc_ids}

    def _read_rows(self, spans: list[tuple[Sentences, int, int]]) -> None:
        """The vector blocks of the sentences inside the spans not in memory yet, in one request."""
        read_blocks(spans, self._blocks)

    def _blocks(self, ids: list[str]) -> dict[str, bytes]:
        res = self._sentence_records.get(ids=ids, include=["metadatas"])
        return {i: base64.b64decode(m["vectors"]) for i, m in zip(res["ids"], res["metadatas"])}

    def copy_from(self, local: Store) -> None:
        """Take every document of an embedded store whose chunks this server already holds (its
        Chroma directory was copied: app/store/seed.py): sentences, then texts and manifest entries
        at a commit, WRITE_BATCH documents at a time (memory stays one batch's texts)."""
        ids = list(local.manifest.documents)
        for i in range(0, len(ids), WRITE_BATCH):
            part = ids[i : i + WRITE_BATCH]
            self._save_sentence_bytes({d: b for d in part if (b := local.sentence_bytes(d)) is not None})
            for doc_id in part:
                self.manifest.documents[doc_id] = dict(local.manifest.documents[doc_id])
                self._texts[doc_id] = local.text(doc_id)
            self.commit()
            for doc_id in part:
                self._texts.pop(doc_id, None)
        self.generation += 1

    def commit(self) -> None:
        """Write the entries (and texts) that changed since the last commit or refresh; delete the gone."""
        current = {d: json.dumps(rec, sort_keys=True, ensure_ascii=False) for d, rec in self.manifest.documents.items()}
        changed = [d for d, rec in current.items() if self._committed.get(d) != rec]
        gone = [d for d in self._committed if d not in current]
        for i in range(0, len(changed), WRITE_BATCH):
            ids = changed[i : i + WRITE_BATCH]
            self._docs.upsert(ids=ids, embeddings=[[0.0]] * len(ids), documents=[self.text(d) for d in ids],
                              metadatas=[{"record": current[d]} for d in ids])
        for i in range(0, len(gone), PAGE):
            self._docs.delete(ids=gone[i : i + PAGE])
        if changed or gone:  # a new marker after the records: readers reload on their next request
            meta = {**(self._client.get_collection(self._docs.name).metadata or {}), CHANGED: uuid.uuid4().hex}
            self._docs.modify(metadata=meta)
        self._committed = current
        if self._journal.began is None:
            self._settle()

    def begin(self) -> None:
        """As `Store.begin`, but a failed write goes back to its last commit: the records a commit deleted are gone."""
        self._journal = Journal.of(self.manifest.documents)

    def _committed_manifest(self, began: bytes | None) -> None:
        self.manifest.documents = {d: json.loads(r) for d, r in self._committed.items()}

    def _set_aside(self, doc_id: str) -> list[tuple[Path, Path]]:
        """Nothing to keep: a text is written with its manifest entry at `commit` (a committed document's
        sentence records written again keep the new version: the same text's spans and vectors)."""
        return []

    def _restore_files(self, doc_id: str, aside: list[tuple[Path, Path]]) -> None:
        if doc_id not in self.manifest.documents:
            self._drop_sentences(doc_id)

    def refresh(self) -> None:
        """Reload the manifest entries from the server when another process changed them: one
        small request when nothing changed (the marker), every record otherwise."""
        marker = (self._client.get_collection(self._docs.name).metadata or {}).get(CHANGED)
        if marker is not None and marker == self._seen:
            return
        self._reload()
        self._seen = marker

    def _reload(self) -> None:
        records: dict[str, str] = {}
        offset = 0
        while True:
            page = self._docs.get(include=["metadatas"], limit=PAGE, offset=offset)
            records.update((d, m["record"]) for d, m in zip(page["ids"], page["metadatas"]))
            if len(page["ids"]) < PAGE:
                break
            offset += PAGE
        if records != self._committed:
            for doc_id in set(records) | set(self._committed):
                if records.get(doc_id) != self._committed.get(doc_id):
                    self._texts.pop(doc_id, None)
                    self._sentences.pop(doc_id, None)
            self.manifest.documents = {d: json.loads(r) for d, r in records.items()}
            self.generation += 1
            self._committed = records
            self._journal = Journal.of(self.manifest.documents)

    def load_texts(self, doc_ids) -> None:
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self._texts]
        if missing:
            res = self._docs.get(ids=missing, include=["documents"])
            self._texts.update(zip(res["ids"], res["documents"]))

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            res = self._docs.get(ids=[doc_id], include=["documents"])
            if not res["ids"]:
                raise IndexMissingError(f"document {doc_id} is missing from the Chroma server at {self.url}")
            self._texts[doc_id] = res["documents"][0]
        return self._texts[doc_id]
