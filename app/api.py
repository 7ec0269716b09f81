"""The Python query API: `Assistant(index_dir=...).ask(question) -> Answer`.

Every edge (CLI, UI, HTTP, MCP, llama-index adapters) calls this module and nothing below it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.answer import compose as answer_stage
from app.answer.perspectives import perspectives
from app.answer.question import clean_question
from app.answer.retrieve import Filters, answerable, retrieve, scoped_outlets
from app.answer.verify import verify
from app.config import Config
from app.documents.dedup import carried_note
from app.documents.uploads import safe_filename, save_upload
from app.errors import CorpusError, IndexMissingError, QueryError
from app.files import atomic_write
from app.indexer import Progress
from app.indexer import ingest as run_ingest
from app.models import Answer, IngestReport, SourceInfo
from app.registry import Registry, find_registry, load_registry
from app.store.embed import CachedEmbedder, Embedder, make_embedder
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.store.open import open_store
from app.text.terms import terms

log = logging.getLogger(__name__)
REGISTRY_SNAPSHOT = "registry.json"  # the registry an index was built with, for labels and filters
VIEWS = ("answer", "perspectives")


@dataclass(frozen=True)
class DocumentView:
    info: SourceInfo
    text: str


class Assistant:
    """A source-grounded assistant over one index. Thread-safe; one per index folder per process."""

    def __init__(
        self,
        index_dir: str | Path | None = None,
        *,
        config: Config | None = None,
        embedder: Embedder | None = None,
        registry: Registry | None = None,
    ) -> None:
        config = config or Config.load()
        self.config = config.with_(index_dir=Path(index_dir)) if index_dir is not None else config
        self.embedder = CachedEmbedder(embedder or make_embedder(self.config.embedder))
        self._registry = registry
        self._given_registry = registry
        self._store: Store | None = None
        self._lexical: LexicalIndex | None = None
        self._lock = threading.RLock()

    # -- plumbing -------------------------------------------------------------------------
    @property
    def registry(self) -> Registry:
        """The explicit registry, else the one the index was built with, else corpus_dir's."""
        if self._registry is None:
            snapshot = self.config.index_dir / REGISTRY_SNAPSHOT
            if self.config.registry is None and snapshot.is_file():
                self._registry = Registry.model_validate_json(snapshot.read_text(encoding="utf-8"))
            else:
                self._registry = load_registry(self.config.registry_path)
        return self._registry

    def _registry_for(self, paths: list[Path]) -> Registry:
        """Explicit registry, else the outlets.yaml of an ingested folder, else corpus_dir's."""
        if self._given_registry is not None:
            return self._given_registry
        if self.config.registry is None:
            for path in paths:
                found = find_registry(path) if path.is_dir() else None
                if found is not None:
                    return load_registry(found)
        return load_registry(self.config.registry_path)

    def _open(self, create: bool = False) -> Store:
        if self._store is None:
            self._store = open_store(
                self.config.index_dir, embedder=self.embedder.name, dim=self.embedder.dim,
                chunking=self.config.chunking(), create=create, chroma_url=self.config.chroma_url,
            )
        else:
            self._store.refresh()  # a Chroma server may have been written by another process
        return self._store

    def _lexical_index(self, store: Store) -> LexicalIndex:
        want = store.fingerprint()
        if self._lexical is None or self._lexical.fingerprint != want:
            folder = self.config.index_dir / "bm25"
            loaded = LexicalIndex.load(folder)
            if loaded is None or loaded.fingerprint != want:
                chunks = list(store.iter_chunks())
                loaded = LexicalIndex.build(
                    [c.id for c in chunks], [c.text for c in chunks],
                    [{"outlet": c.meta.get("outlet"), "stance": c.meta.get("stance")} for c in chunks],
                )
                loaded.save(folder)
            self._lexical = loaded
        return self._lexical

    # -- ingest ---------------------------------------------------------------------------
    def ingest(self, paths: Sequence[str | Path] | None = None, *, prune: bool = False,
               progress: Progress | None = None) -> IngestReport:
        paths = [Path(p) for p in (paths or [self.config.corpus_dir])]
        with self._lock:
            registry = self._registry_for(paths)  # validate before touching the index
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
        from app.documents.load import LOADERS, SIDECAR_KEYS, supported
        from app.prepare import prepare

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
        for raw in LOADERS[Path(name).suffix.lower()](folder / name, data):  # unusable content: refused before any write
            prepare(raw, self.registry, self.config)
        with self._lock:  # two concurrent uploads of one name must not pick the same free name
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CorpusError(f"{folder}: cannot create the upload folder: {exc.strerror or exc}") from exc
            return self.ingest([save_upload(folder, name, data, meta)])

    def remove_document(self, doc_id: str) -> SourceInfo:
        """Drop a document from the index; an uploaded file (under `upload_dir`) is deleted too,
        so the next `ingest` does not bring it back. Returns what was removed."""
        from app.documents.load import sidecar_path

        with self._lock:
            store = self._open()
            info = next((s for s in self.sources() if s.doc_id == doc_id), None)
            if info is None:
                raise QueryError(f"no document {doc_id!r} in the index")
            sources = store.manifest.documents[doc_id]["sources"]
            store.remove(doc_id)
            store.commit()
            self._lexical_index(store)
            uploads = self.config.upload_dir.resolve()
            for source in sources:
                path = Path(source.split("#", 1)[0]).resolve()
                if path.is_relative_to(uploads):
                    path.unlink(missing_ok=True)
                    sidecar_path(path).unlink(missing_ok=True)
            return info

    # -- asking ---------------------------------------------------------------------------
    def _filters(self, store: Store, outlets: Sequence[str] | None, stances: Sequence[str] | None) -> Filters:
        indexed = sorted({rec["meta"]["outlet"] for rec in store.manifest.documents.values()})
        chosen = set()
        for name in outlets or ():
            known = self.registry.outlet(name)
            canonical = known.name if known else name
            match = next((o for o in indexed if o.casefold() == canonical.casefold()), None)
            if match is None:
                raise QueryError(f"unknown outlet {name!r}; indexed outlets: {', '.join(indexed) or 'none'}")
            chosen.add(match)
        stance_ids = {self._stance_id(s) for s in stances or ()}
        return Filters(frozenset(chosen), frozenset(stance_ids))

    def _stance_id(self, stance: str) -> str:
        """A declared stance group's id, given its id or label (any case)."""
        sid = self.registry.stance_id(stance)
        if sid not in {g.id for g in self.registry.stance_groups}:
            known = ", ".join(g.id for g in self.registry.stance_groups) or "none"
            raise QueryError(f"unknown stance group {stance!r}; known: {known}")
        return sid

    def ask(self, question: str, *, outlets: Sequence[str] | None = None, stances: Sequence[str] | None = None,
            k: int | None = None, view: str = "answer") -> Answer:
        """Answer with verbatim, outlet-labelled quotes, or abstain when the sources don't say.

        view="perspectives" also returns, per stance group and outlet, what each indexed outlet
        says about the question, or that it does not address it (`Answer.perspectives`).
        """
        question = clean_question(question, self.config.max_question_chars)
        if k is not None and not 1 <= k <= 50:
            raise QueryError(f"k must be between 1 and 50 (got {k})")
        if view not in VIEWS:
            raise QueryError(f"unknown view {view!r}; choose one of: {', '.join(VIEWS)}")
        with self._lock:
            store = self._open()
            filters = self._filters(store, outlets, stances)
            search = question
            if not outlets and not stances:  # "According to X, …" asks for X's words only
                scope, search = self._scope(question, store)
                filters = Filters(scope, frozenset())
            if not terms(question) and not store.count():
                return answer_stage.abstain(question)
            qvec = self.embedder.embed([search])[0]
            docs = store.manifest.documents
            if view == "perspectives":
                return perspectives(question, qvec, store=store, lexical=self._lexical_index(store),
                                    config=self.config, filters=filters, k=k, registry=self.registry,
                                    embed=self.embedder.embed, carried=lambda d: carried_note(d, docs))
            hits = retrieve(search, qvec, store=store, lexical=self._lexical_index(store),
                            config=self.config, filters=filters, k=k)
            if not answerable(hits, self.config):
                return answer_stage.abstain(question)
            return answer_stage.answer_from(question, hits, qvec, self.embedder.embed, self._lexical_index(store),
                                            self.registry, carried=lambda d: carried_note(d, docs))

    def _scope(self, question: str, store: Store) -> tuple[frozenset[str], str]:
        indexed = {rec["meta"]["outlet"] for rec in store.manifest.documents.values()}
        names = {}
        for outlet in indexed:
            known = self.registry.outlet(outlet)
            for name in [outlet, *(known.aliases if known else [])]:
                if len(name) >= 3:
                    names[name] = outlet
        return scoped_outlets(question, names)

    # -- browsing -------------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        with self._lock:
            store = self._open()
            return [source_info(doc_id, rec)
                    for doc_id, rec in sorted(store.manifest.documents.items(), key=lambda kv: kv[1]["sources"][0])]

    def page_of(self, doc_id: str, offset: int) -> int | None:
        """The 1-based page of a PDF document holding character `offset` (None for other formats)."""
        from app.documents.clean import page_at

        with self._lock:
            rec = self._open().manifest.documents.get(doc_id)
            if rec is None:
                raise QueryError(f"no document {doc_id!r} in the index")
            return page_at(rec.get("pages") or (), offset)

    def document(self, doc_id: str) -> DocumentView:
        with self._lock:
            store = self._open()
            info = next((s for s in self.sources() if s.doc_id == doc_id), None)
            if info is None:
                raise QueryError(f"no document {doc_id!r} in the index")
            return DocumentView(info, store.text(doc_id))

    def verify(self, answer: Answer) -> list[str]:
        """Problems with an answer's citations against this index (empty list: all verified)."""
        with self._lock:
            store = self._open()
            docs = store.manifest.documents

            def text_of(doc_id: str) -> str | None:
                return store.text(doc_id) if doc_id in docs else None

            return verify(answer, text_of, lambda d: docs[d]["meta"]["outlet"] if d in docs else None)

    def has_index(self) -> bool:
        try:
            self._open()
            return True
        except IndexMissingError:
            return False



def source_info(doc_id: str, rec: dict) -> SourceInfo:
    """A manifest record as the public SourceInfo (how the outlet was found, pages, copies)."""
    meta = {k: v for k, v in rec["meta"].items() if k in SourceInfo.model_fields}
    return SourceInfo(doc_id=doc_id, source=rec["sources"][0], chunks=len(rec["chunk_ids"]), chars=rec["chars"],
                      **meta, format=rec.get("format"), pages=len(rec["pages"]) if rec.get("pages") else None,
                      copy_of=rec.get("copy_of"), copies=list(rec.get("copies", [])))


def ingest(paths: Sequence[str | Path] | None = None, *, index_dir: str | Path | None = None,
           prune: bool = False, config: Config | None = None, embedder: Embedder | None = None) -> IngestReport:
    """Ingest files or folders into an index (default: corpus/ into index/)."""
    return Assistant(index_dir, config=config, embedder=embedder).ingest(paths, prune=prune)
