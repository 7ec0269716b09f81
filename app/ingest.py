"""The ingest pipeline: load → clean → chunk → embed → store, idempotent by content hash.

A file whose text and metadata are unchanged is skipped; a changed file replaces only its own
chunks; one bad file is reported and the others go on.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.chunk import Chunk, chunk
from app.clean import clean
from app.config import Config
from app.detect import DocMeta, describe
from app.embed import Embedder
from app.errors import BylineError
from app.load import iter_files, load_file, supported
from app.models import IngestReport
from app.registry import UNKNOWN_OUTLET, Registry
from app.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[str], None]
EMBED_BATCH = 256  # chunks per encode call: bigger calls let sentence-transformers sort by length (less padding)


def doc_id_for(cleaned: str) -> str:
    """Documents are identified by their normalised text: the same article is stored once."""
    normal = " ".join(cleaned.split()).casefold()
    return hashlib.sha256(normal.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Prepared:
    source: str
    doc_id: str
    text: str
    meta: DocMeta
    chunks: list[Chunk]

    def record(self, sources: list[str]) -> dict:
        return {"sources": sources, "meta": self.meta.as_dict(), "chars": len(self.text)}

    def chunk_meta(self) -> list[dict]:
        base = {k: v for k, v in self.meta.as_dict().items() if k != "outlet_source"}
        return [{**base, "doc_id": self.doc_id, "start": c.start, "end": c.end} for c in self.chunks]


class _Batcher:
    """Collects prepared documents and embeds their chunks in batches before storing them."""

    def __init__(self, store: Store, embedder: Embedder) -> None:
        self.store, self.embedder = store, embedder
        self.pending: list[tuple[Prepared, list[str]]] = []
        self.chunks_added = 0

    def pending_sources(self, doc_id: str) -> list[str] | None:
        """The source list of a document waiting to be embedded (mutable), or None."""
        return next((sources for p, sources in self.pending if p.doc_id == doc_id), None)

    def add(self, prepared: Prepared, sources: list[str]) -> None:
        self.pending.append((prepared, sources))
        if sum(len(p.chunks) for p, _ in self.pending) >= EMBED_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        texts = [c.text for p, _ in self.pending for c in p.chunks]
        vectors = self.embedder.embed(texts)
        row = 0
        for prepared, sources in self.pending:
            n = len(prepared.chunks)
            self.store.put(prepared.doc_id, prepared.text, prepared.record(sources), prepared.chunks,
                           vectors[row : row + n], prepared.chunk_meta())
            row += n
            self.chunks_added += n
        self.store.commit()
        self.pending.clear()


def prepare(raw, registry: Registry, config: Config) -> Prepared:
    cleaned = clean(raw.text)
    if not cleaned.strip():
        raise BylineError(f"{raw.source}: no article text left after removing page furniture")
    doc_id = doc_id_for(cleaned)
    chunks = chunk(doc_id, cleaned, config.chunk_words, config.chunk_overlap)
    return Prepared(raw.source, doc_id, cleaned, describe(raw, cleaned, registry), chunks)


def ingest(
    paths: Sequence[Path],
    *,
    store: Store,
    embedder: Embedder,
    registry: Registry,
    config: Config,
    prune: bool = False,
    progress: Progress | None = None,
) -> IngestReport:
    store.reconcile()
    report = {"new": [], "changed": [], "unchanged": [], "removed": [], "skipped": {}, "failed": {}, "warnings": []}
    batcher = _Batcher(store, embedder)
    seen_sources: set[str] = set()
    for path in iter_files(list(paths)):
        if progress:
            progress(str(path))
        if not supported(path):
            report["skipped"][str(path)] = f"unsupported file type {path.suffix or '(none)'!r}"
            continue
        try:
            raws = load_file(path, config.max_file_bytes)
            for raw in raws:
                seen_sources.add(raw.source)
                _ingest_one(prepare(raw, registry, config), store, batcher, report)
        except BylineError as exc:
            report["failed"][str(path)] = str(exc)
            log.warning("%s", exc)
    batcher.flush()
    if prune:
        roots = [str(Path(p)) for p in paths]
        for doc_id, rec in list(store.manifest.documents.items()):
            gone = [s for s in rec["sources"] if s not in seen_sources and _under(s, roots)]
            if gone and len(gone) == len(rec["sources"]):
                store.remove(doc_id)
                report["removed"].extend(gone)
            elif gone:
                rec["sources"] = [s for s in rec["sources"] if s not in gone]
        store.commit()
    return IngestReport(**report, chunks_added=batcher.chunks_added)


def _under(source: str, roots: list[str]) -> bool:
    return any(source == r or source.startswith(r.rstrip("/") + "/") for r in roots)


def _ingest_one(prepared: Prepared, store: Store, batcher: _Batcher, report: dict) -> None:
    docs = store.manifest.documents
    old_id = store.manifest.doc_for_source(prepared.source)
    if prepared.meta.outlet == UNKNOWN_OUTLET:
        report["warnings"].append(f"{prepared.source}: no outlet found (not in the registry); stored as 'unknown'")
    if old_id == prepared.doc_id and docs[old_id]["meta"] == prepared.meta.as_dict():
        report["unchanged"].append(prepared.source)
        return
    waiting = batcher.pending_sources(prepared.doc_id)
    if waiting is not None:  # same text as a document of this run not yet embedded
        report["warnings"].append(f"{prepared.source}: same article as {waiting[0]}; stored once")
        waiting.append(prepared.source)
        _detach(store, old_id, prepared.source)
        report["unchanged" if old_id else "new"].append(prepared.source)
        return
    if prepared.doc_id in docs and old_id != prepared.doc_id:  # same text under another name
        other = docs[prepared.doc_id]["sources"]
        report["warnings"].append(f"{prepared.source}: same article as {other[0]}; stored once")
        docs[prepared.doc_id]["sources"] = sorted({*other, prepared.source})
        _detach(store, old_id, prepared.source)
        report["unchanged" if old_id else "new"].append(prepared.source)
        return
    sources = [prepared.source]
    if old_id is not None:
        others = [s for s in docs[old_id]["sources"] if s != prepared.source]
        _detach(store, old_id, prepared.source)
        sources = sorted({prepared.source, *others}) if old_id == prepared.doc_id else sources
        report["changed"].append(prepared.source)
    else:
        report["new"].append(prepared.source)
    batcher.add(prepared, sources)


def _detach(store: Store, doc_id: str | None, source: str) -> None:
    """Remove `source` from a document; a document left with no source is deleted."""
    if doc_id is None or doc_id not in store.manifest.documents:
        return
    rec = store.manifest.documents[doc_id]
    rec["sources"] = [s for s in rec["sources"] if s != source]
    if not rec["sources"]:
        store.remove(doc_id)
