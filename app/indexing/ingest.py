"""The ingest pipeline: load → clean → chunk → embed → store, idempotent by content hash.

A file whose text and metadata are unchanged is skipped; a changed file replaces only its own
chunks; one bad file (or .jsonl line) is reported and the others go on. The same text under two
names is stored once; a near copy of a stored article is linked to it (app/documents/dedup.py),
not indexed (app/indexing/run.py). Files are streamed one at a time, chunks embedded in batches
(app/indexing/batcher.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from app.config import Config
from app.documents.load import iter_files, load_file, supported
from app.errors import BylineError
from app.indexing.prepare import guarded
from app.indexing.run import Run
from app.models import IngestReport
from app.registry import Registry
from app.store.embed import Embedder
from app.store.local import Store

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


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
    run = Run(store, embedder, config, registry)
    try:
        _walk(run, paths, registry, prune, progress)
        run.batcher.flush()
    except BaseException:
        run.batcher.abandon()  # an error or Ctrl-C: its embed threads end now, not at interpreter exit
        raise
    store.commit()
    return IngestReport(**run.report, outlet_rules=dict(run.rules), chunks_added=run.batcher.chunks_added)


def _walk(run: Run, paths: Sequence[Path], registry: Registry, prune: bool, progress: Progress | None) -> None:
    """Each file's documents through the run, one bad file reported and the others going on."""
    run.repair()
    seen_sources: set[str] = set()
    for path in iter_files(list(paths)):
        if progress:
            progress(str(path))
        if not supported(path):
            run.report["skipped"][str(path)] = f"unsupported file type {path.suffix or '(none)'!r}"
            continue
        try:
            for raw in guarded(str(path), load_file, path, run.config.max_file_bytes):
                seen_sources.add(raw.source)
                run.one(raw, registry)
        except BylineError as exc:
            run.report["failed"][str(path)] = str(exc)
            log.info("%s", exc)  # reported in the IngestReport; the edges show it
    run.drop_orphans()
    if prune:
        run.prune([str(Path(p)) for p in paths], seen_sources)


def remove(doc_id: str, *, store: Store, embedder: Embedder, registry: Registry, config: Config) -> list[str]:
    """Delete one document as ingest does: its earliest near copy becomes the original and is
    indexed in its place. Returns the warnings (which copy was promoted)."""
    run = Run(store, embedder, config, registry)
    run.drop(doc_id)
    run.batcher.flush()
    store.commit()
    return run.report["warnings"]
