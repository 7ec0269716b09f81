"""The write side of the Assistant: ingest, uploads and deletions, one writer per index.

Every write holds the index folder's writer lock (app/store/lock.py) for its duration, or for the
process's life after `hold_writes()` (a server); a manifest another process changed since this one
read it is read again before writing; a full disk is one line, not a store's stack trace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.documents.uploads import delete_uploads, safe_filename, save_upload
from app.errors import CorpusError, IndexWriteError, QueryError
from app.files import atomic_write, disk_full
from app.models import IngestReport, SourceInfo
from app.registry import Registry

log = logging.getLogger(__name__)
REGISTRY_SNAPSHOT = "registry.json"  # the registry an index was built with, for labels and filters


class Writes:
    """Mixed into `app.api.Assistant`, whose lock, store and registry these methods use."""

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """Hold the index's writer lock for one write (IndexBusyError names another holder); a
        manifest another process wrote since this one read it is read again first. With a Chroma
        server the manifest lives in the server, which every write refreshes from and commits to
        entry by entry: there is no folder to lock."""
        with self._lock:
            if not self.config.chroma_url:
                self._writer.acquire()
            try:
                if self._store is not None and self._store.changed_on_disk():
                    log.warning("%s was written by another process: reading it again", self.config.index_dir)
                    self._store.reload()
                    self._lexical = None
                yield
            except Exception as exc:
                if disk_full(exc):
                    raise IndexWriteError(f"disk full while writing the index at {self.config.index_dir}: free some "
                                          "space and run it again (what was committed before is kept)") from exc
                raise
            finally:
                if not self._hold:
                    self._writer.release()

    def hold_writes(self) -> None:
        """Keep the writer lock for as long as this process runs (`byline serve`, `byline ui`):
        another process that tries to write this index is refused with a message naming this one."""
        with self._lock:
            self._hold = True
            if self.config.index_dir.is_dir() and not self.config.chroma_url:
                self._writer.acquire()

    # -- ingest ---------------------------------------------------------------------------
    def ingest(self, paths: Sequence[str | Path] | None = None, *, prune: bool = False,
               progress: Callable[[str], None] | None = None) -> IngestReport:
        paths = [Path(p) for p in (paths or [self.config.corpus_dir])]
        with self._lock:
            registry = self._registry_for(paths)  # validate before touching the index
            with self._writing():
                return self._ingest(paths, registry, prune, progress)

    def _ingest(self, paths: list[Path], registry: Registry, prune: bool,
                progress: Callable[[str], None] | None) -> IngestReport:
        from app.indexing.ingest import ingest as run_ingest  # ingest code loads only when writing

        with self._lock:
            store = self._open(create=True)
            report = run_ingest(paths, store=store, embedder=self.embedder, registry=registry,
                                config=self.config, prune=prune, progress=progress)
            atomic_write(self.config.index_dir / REGISTRY_SNAPSHOT, registry.model_dump_json(indent=1))
            self._registry = registry
            self._lexical_index(store)
            return report

    def add_document(self, filename: str, data: bytes, **meta: str | None) -> IngestReport:
        """Save an uploaded document (plus its form metadata) under `upload_dir` and ingest it.

        `meta` may set outlet, stance, title, url, date, author. The file name is reduced to a safe
        base name: nothing is ever written outside `upload_dir`.
        """
        from dataclasses import replace

        from app.documents.load import LOADERS, SIDECAR_KEYS, supported
        from app.documents.load.fields import meta_from
        from app.indexing.prepare import prepare

        unknown = sorted(set(meta) - set(SIDECAR_KEYS))
        if unknown:
            raise QueryError(f"unknown metadata field(s): {', '.join(unknown)}")
        if meta.get("stance"):  # the registry's rule holds for uploads too: only declared groups
            meta["stance"] = self._stance_id(meta["stance"])
        name = safe_filename(filename)
        if not supported(Path(name)):
            raise CorpusError(f"{name}: unsupported file type {Path(name).suffix or '(none)'!r}")
        if len(data) > self.config.max_file_bytes:
            raise CorpusError(f"{name}: {len(data):,} bytes, over the {self.config.max_file_bytes:,}-byte limit")
        folder = self.config.upload_dir
        given = meta_from({k: v for k, v in meta.items() if v}, f"{name} (upload form)")
        for raw in LOADERS[Path(name).suffix.lower()](folder / name, data):  # unusable content: refused before any write
            prepare(replace(raw, meta={**raw.meta, **given}), self.registry, self.config)
        with self._lock:  # two concurrent uploads of one name must not pick the same free name
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CorpusError(f"{folder}: cannot create the upload folder: {exc.strerror or exc}") from exc
            return self.ingest([save_upload(folder, name, data, meta)])

    def remove_document(self, doc_id: str) -> SourceInfo:
        """Drop a document from the index; an uploaded file (under `upload_dir`) is deleted too,
        so the next `ingest` does not bring it back. Its earliest near copy, if any, becomes the
        original and is indexed in its place. Returns what was removed."""
        with self._lock:
            self._open()
            with self._writing():
                return self._remove(doc_id)

    def _remove(self, doc_id: str) -> SourceInfo:
        from app.indexing.ingest import remove as remove_doc  # ingest code loads only when writing

        with self._lock:
            store = self._open()
            info = next((s for s in self.sources() if s.doc_id == doc_id), None)
            if info is None:
                raise QueryError(f"no document {doc_id!r} in the index")
            sources = store.manifest.documents[doc_id]["sources"]
            for warning in remove_doc(doc_id, store=store, embedder=self.embedder, registry=self.registry,
                                      config=self.config):
                log.warning("%s", warning)
            self._lexical_index(store)
            delete_uploads(self.config.upload_dir, sources)
            return info
