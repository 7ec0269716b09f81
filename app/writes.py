"""The write side of the Assistant: ingest, uploads and deletions, one writer per index.

Every write holds the index's writer lock (app/store/lock.py: a file in the folder, or a record in
the Chroma server) for its duration, or for the process's life after `hold_writes()` (a server on
a folder); a manifest another process changed since this one read it is read again before writing;
a full disk is one line, not a store's stack trace. Questions do not wait for a write: they read
the last committed state (app/store/view.py), published when a write starts and when it ends.
"""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from app.errors import CorpusError, IndexWriteError, QueryError
from app.support.files import atomic_write, disk_full
from app.models import IngestReport, SourceInfo
from app.registry import Registry
from app.store.local import Store
from app.store.manifest import source_info
from app.store.view import View

log = logging.getLogger(__name__)
REGISTRY_SNAPSHOT = "registry.json"  # the registry an index was built with, for labels and filters


class Writes:
    """Mixed into `app.api.Assistant`, whose lock, store and registry these methods use."""

    def _publish(self, store: Store) -> View:
        """Make the store's committed state what questions read (called with the write lock held)."""
        view = View(store, self._lexical_index(store))
        self._view = view
        self._viewed.set()
        return view

    def _committed(self, store: Store) -> tuple[View, bool]:
        """The view of what `store` holds as committed now (write lock held), and whether another
        process had rewritten the index since this one read it (it is read again first). A new view
        is published only when the store changed since the last one."""
        reloaded = store.changed_on_disk()
        if reloaded:
            store.reload()
            self._lexical = None
        view = self._view
        if view is None or view.store is not store or view.generation != store.generation:
            view = self._publish(store)
        return view, reloaded

    @contextmanager
    def _writing(self, create: bool = False) -> Iterator[Store]:
        """Hold the index's writer lock for one write (IndexBusyError names another holder) and
        yield the store to change. A manifest another process wrote since this one read it is read
        again first; the state the write starts from is published for questions to read meanwhile
        (`app.store.view`), and the state it ends with when it is done. With a Chroma server the
        lock is a record in the server (app/store/lock.py)."""
        with self._lock:
            self._writer.acquire()
            store = None
            try:
                store = self._open(create=create)
                if self._committed(store)[1]:
                    log.warning("%s was written by another process: read it again", self.config.index_dir)
                store.begin()
                yield store
                store.end()
                self._publish(store)
            except BaseException as exc:
                self._undo(store)
                if isinstance(exc, Exception) and disk_full(exc):
                    raise IndexWriteError(f"disk full while writing the index at {self.config.index_dir}: free some "
                                          "space and run it again (what was committed before is kept)") from exc
                if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                    raise IndexWriteError(f"cannot write the index at {self.config.index_dir}: {exc.strerror} "
                                          "(what was committed before is kept)") from exc
                raise
            finally:
                if not self._hold:
                    self._writer.release()

    def _undo(self, store: Store | None) -> None:
        """After a failed write: the store is what it last committed again, in place (the views questions
        read hold it: a store dropped for a new one left them reading a manifest no later write updated)."""
        if store is None:
            return
        try:
            store.rollback()
        except Exception:  # the index cannot be read back either: read it again from what it committed
            log.exception("could not undo a failed write to %s", self.config.index_dir)
            self._store = None

    def hold_writes(self) -> None:
        """Keep the writer lock for as long as this process runs (`byline serve`, `byline ui`):
        another process that tries to write this index is refused with a message naming this one.
        With a Chroma server several servers share the index, so each write takes the lock alone."""
        with self._lock:
            self._hold = not self.config.chroma_url
            if self._hold and self.config.index_dir.is_dir():
                self._writer.acquire()

    # -- ingest ---------------------------------------------------------------------------
    def ingest(self, paths: Sequence[str | Path] | None = None, *, prune: bool = False,
               progress: Callable[[str], None] | None = None) -> IngestReport:
        paths = [Path(p) for p in (paths or [self.config.corpus_dir])]
        for path in paths:  # refused before the write: a missing one is not an empty folder
            if not path.exists():
                raise CorpusError(f"{path}: no such file or folder")
        with self._lock:
            registry = self._registry_for(paths)  # validate before touching the index
            with self._writing(create=True) as store:
                return self._ingest(store, paths, registry, prune, progress)

    def _ingest(self, store: Store, paths: list[Path], registry: Registry, prune: bool,
                progress: Callable[[str], None] | None) -> IngestReport:
        from app.indexing.ingest import ingest as run_ingest  # ingest code loads only when writing

        report = run_ingest(paths, store=store, embedder=self.embedder.inner, registry=registry,
                            config=self.config, prune=prune, progress=progress)
        atomic_write(self.config.index_dir / REGISTRY_SNAPSHOT, registry.model_dump_json(indent=1))
        self._registry = registry
        return report

    def add_document(self, filename: str, data: bytes, **meta: str | None) -> IngestReport:
        """Save an uploaded document (plus its form metadata) under `upload_dir` and ingest it.

        `meta` may set outlet, stance, title, url, date, author. The file name is reduced to a safe
        base name: nothing is ever written outside `upload_dir`.
        """
        from dataclasses import replace

        from app.documents.load import LOADERS, SIDECAR_KEYS, supported
        from app.documents.load.fields import meta_from
        from app.documents.uploads import safe_filename, saved_upload
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
        # unusable content: refused before any write
        for raw in LOADERS[Path(name).suffix.lower()](folder / name, data):
            if raw.error:  # a .jsonl line that is no article: its own reason, not "no text"
                raise CorpusError(raw.error)
            prepare(replace(raw, meta={**raw.meta, **given}), self.registry, self.config)
        with self._lock:  # two concurrent uploads of one name must not pick the same free name
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CorpusError(f"{folder}: cannot create the upload folder: {exc.strerror or exc}") from exc
            with saved_upload(folder, name, data, meta) as path:
                return self.ingest([path])

    def remove_document(self, doc_id: str) -> SourceInfo:
        """Drop a document from the index; an uploaded file (under `upload_dir`) is deleted too,
        so the next `ingest` does not bring it back. Its earliest near copy, if any, becomes the
        original and is indexed in its place. Returns what was removed."""
        with self._lock:
            if doc_id not in self._open().manifest.documents:  # refused before the write: a write that fails
                raise QueryError(f"no document {doc_id!r} in the index")  # drops the store questions still read
            with self._writing() as store:
                return self._remove(store, doc_id)

    def _remove(self, store: Store, doc_id: str) -> SourceInfo:
        from app.documents.uploads import delete_uploads  # the loaders, as ingest code, load only when writing
        from app.indexing.ingest import remove as remove_doc

        rec = store.manifest.documents.get(doc_id)
        if rec is None:
            raise QueryError(f"no document {doc_id!r} in the index")
        info, sources = source_info(doc_id, rec), rec["sources"]
        for warning in remove_doc(doc_id, store=store, embedder=self.embedder.inner, registry=self.registry,
                                  config=self.config):
            log.warning("%s", warning)
        delete_uploads(self.config.upload_dir, sources)
        return info
