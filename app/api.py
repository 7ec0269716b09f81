"""The Python query API: `Assistant(index_dir=...).ask(question) -> Answer`.

Every edge (CLI, UI, HTTP, MCP, llama-index adapters) calls this module and nothing below it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from app.answer import compose as answer_stage
from app.answer.perspectives import perspectives
from app.answer.question import clean_question
from app.answer.retrieve import Filters, answerable, retrieve, scoped_outlets
from app.answer.vectors import stored_vectors
from app.answer.verify import verify
from app.config import Config
from app.documents.dedup import carried_note
from app.documents.uploads import safe_filename, save_upload
from app.errors import CorpusError, IndexMissingError, IndexWriteError, QueryError
from app.files import atomic_write, disk_full
from app.models import Answer, IngestReport, SourceInfo
from app.registry import Registry, find_registry, load_registry
from app.store.embed import CachedEmbedder, Embedder, make_embedder
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.store.lock import WriterLock
from app.store.manifest import MANIFEST, source_info
from app.store.open import open_store
from app.synthesis import synthesize as synthesis_stage
from app.synthesis.generators import Generator, OnToken, generator_from
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
        llm: Generator | None = None,
    ) -> None:
        config = config or Config.load()
        self.config = config.with_(index_dir=Path(index_dir)) if index_dir is not None else config
        self.embedder = CachedEmbedder(embedder or make_embedder(self.config.embedder))
        self._registry = registry
        self._given_registry = registry
        self._store: Store | None = None
        self._lexical: LexicalIndex | None = None
        self._outlets: tuple[tuple[int, int], list[str]] | None = None  # ((store, generation), outlets)
        self._lock = threading.RLock()
        self._llm = llm
        self._writer = WriterLock(self.config.index_dir)
        self._hold = False  # keep the writer lock between writes (a server)

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
            self._lexical = LexicalIndex.for_store(store, self.config.index_dir / "bm25", want)
        return self._lexical

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
        from app.indexer import ingest as run_ingest  # ingest code loads only when ingesting

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
        from app.documents.load import sidecar_path
        from app.indexer import remove as remove_doc  # ingest code loads only when writing

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
            uploads = self.config.upload_dir.resolve()
            for source in sources:
                path = Path(source.split("#", 1)[0]).resolve()
                if path.is_relative_to(uploads):
                    path.unlink(missing_ok=True)
                    sidecar_path(path).unlink(missing_ok=True)
            return info

    # -- asking ---------------------------------------------------------------------------
    def _indexed_outlets(self, store: Store) -> list[str]:
        """The outlets of the indexed documents, recounted only after the index changed."""
        if self._outlets is None or self._outlets[0] != (id(store), store.generation):
            self._outlets = ((id(store), store.generation), sorted({r["meta"]["outlet"] for r in store.manifest.documents.values()}))
        return self._outlets[1]

    def _filters(self, store: Store, outlets: Sequence[str] | None, stances: Sequence[str] | None) -> Filters:
        indexed = self._indexed_outlets(store)
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
            k: int | None = None, view: str = "answer", synthesize: bool | None = None,
            llm: Generator | None = None, on_token: OnToken | None = None) -> Answer:
        """Answer with verbatim, outlet-labelled quotes, or abstain when the sources don't say.

        view="perspectives" also returns, per stance group and outlet, what each indexed outlet
        says about the question, or that it does not address it (`Answer.perspectives`).
        With an LLM (`llm=`, the constructor's or the config's) the answer also carries `synthesis`:
        a paragraph whose every sentence is verified against the quotes; synthesize=False leaves it out.
        """
        answer = self._extractive(question, outlets, stances, k, view)
        if synthesize is False:
            return answer
        self._llm = self._llm or generator_from(self.config)
        return synthesis_stage.synthesize(answer, llm or self._llm, required=bool(synthesize),
                                          embed=self.embedder.embed, registry=self.registry, on_token=on_token)

    def _extractive(self, question: str, outlets: Sequence[str] | None, stances: Sequence[str] | None,
                    k: int | None, view: str) -> Answer:
        question = clean_question(question, self.config.max_question_chars)
        if k is not None and not 1 <= k <= 50:
            raise QueryError(f"k must be between 1 and 50 (got {k})")
        if view not in VIEWS:
            raise QueryError(f"unknown view {view!r}; choose one of: {', '.join(VIEWS)}")
        self.embedder.preload()  # the model loads while the index opens
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
            vectors_for = partial(stored_vectors, {search: qvec, question: qvec},  # quotes: stored sentence vectors
                                  sentences_of=store.sentences, embed=self.embedder.embed)
            if view == "perspectives":
                return perspectives(question, qvec, store=store, lexical=self._lexical_index(store),
                                    config=self.config, filters=filters, k=k, registry=self.registry,
                                    vectors_for=vectors_for, carried=lambda d: carried_note(d, docs))
            hits = retrieve(search, qvec, store=store, lexical=self._lexical_index(store),
                            config=self.config, filters=filters, k=k)
            if not answerable(hits, self.config):
                return answer_stage.abstain(question)
            quotes = answer_stage.choose_quotes(question, hits, self.config.min_quote_similarity)
            return answer_stage.compose(question, quotes, self.registry, embed=vectors_for([h.chunk for h in hits]),
                                        carried=lambda d: carried_note(d, docs))

    def _scope(self, question: str, store: Store) -> tuple[frozenset[str], str]:
        names = {name: outlet for outlet in self._indexed_outlets(store)
                 for name in [outlet, *getattr(self.registry.outlet(outlet), "aliases", [])] if len(name) >= 3}
        return scoped_outlets(question, names)

    # -- browsing -------------------------------------------------------------------------
    def sources(self) -> list[SourceInfo]:
        with self._lock:
            store = self._open()
            return [source_info(doc_id, rec)
                    for doc_id, rec in sorted(store.manifest.documents.items(), key=lambda kv: kv[1]["sources"][:1])]

    def sources_for(self, sources: Sequence[str]) -> list[SourceInfo]:
        """The documents that hold these sources (file paths, `file.jsonl#N` lines), in that order."""
        with self._lock:
            docs = self._open().manifest.documents
            ids = dict.fromkeys(d for s in sources for d, rec in docs.items() if s in rec["sources"])
            return [source_info(d, docs[d]) for d in ids]

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

    def index_known(self) -> bool:
        """Whether an index is there, answered without waiting for a write or opening it (/healthz)."""
        return self._store is not None or (self.config.index_dir / MANIFEST).is_file()

    def has_index(self) -> bool:
        try:
            self._open()
            return True
        except IndexMissingError:
            return False


def ingest(paths: Sequence[str | Path] | None = None, *, index_dir: str | Path | None = None,
           prune: bool = False, config: Config | None = None, embedder: Embedder | None = None) -> IngestReport:
    """Ingest files or folders into an index (default: corpus/ into index/)."""
    return Assistant(index_dir, config=config, embedder=embedder).ingest(paths, prune=prune)
