"""The Python query API: `Assistant(index_dir=...).ask(question) -> Answer`.

Every edge (CLI, UI, HTTP, MCP, llama-index adapters) calls this module and nothing below it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from app.answer.conversation import (
    History,
    dressed,
    earlier_answers,
    known_people,
    outlet_names,
    turn_of,
    vocabulary,
)
from app.answer.followup import Reading, resolve
from app.answer.pipeline import answer_from_index, other_looks, read_question
from app.answer.question import clean_question
from app.answer.retrieve import Filters, scoped_outlets, start
from app.config import Config
from app.errors import IndexEmptyError, IndexMissingError, QueryError
from app.indexing.freshness import staleness
from app.models import Answer, IngestReport
from app.registry import Registry, load_registry, registry_file
from app.store.embed import CachedEmbedder, Embedder, make_embedder
from app.store import word_table
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.store.chroma import chroma_client
from app.store.lock import ServerWriterLock, WriterLock
from app.store.manifest import MANIFEST
from app.store.open import empty_index, open_store
from app.store.view import View
from app.text.spellings import respell
from app.synthesis.generators import Generator, OnToken, generator_from
from app.browsing import Browsing
from app.writes import REGISTRY_SNAPSHOT, Writes

log = logging.getLogger(__name__)
VIEWS = ("answer", "perspectives")


class Assistant(Writes, Browsing):
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
        self._outlets: tuple[View, list[str]] | None = None  # (the view counted, its outlets)
        self._names: tuple[View, Registry, dict[str, str]] | None = None  # outlet names and aliases, as _outlets
        self._stale: tuple[View, str | None] | None = None  # (the view read, its `stale_notice`)
        self._lock = threading.RLock()  # the write lock: one write at a time; readers never take it
        self._reading = threading.RLock()  # readers one at a time, as before; a write does not wait for them
        self._opening = threading.Lock()  # opening the store: short
        self._view: View | None = None  # the committed state questions read (app/store/view.py)
        self._viewed = threading.Event()  # set once a view is published
        self._llm = llm
        url, folder = self.config.chroma_url, self.config.index_dir
        self._writer = ServerWriterLock(url, lambda: chroma_client(folder, url)) if url else WriterLock(folder)
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

    def registry_file(self, paths: Sequence[Path] = ()) -> tuple[Path, str]:
        """Which registry file ingesting `paths` uses, and why (`app.registry.registry_file`)."""
        return registry_file(self.config.registry, [Path(p) for p in paths], self.config.corpus_dir)

    def _registry_for(self, paths: list[Path]) -> Registry:
        if self._given_registry is not None:
            return self._given_registry
        path = self.registry_file(paths)[0]
        return load_registry(path if path.is_file() else None)

    def _open(self, create: bool = False) -> Store:
        with self._opening:
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
            self._lexical = LexicalIndex.for_store(store, folder, want)
            self._lexical.words = word_table.kept(folder, want, store, self.embedder.name, self.embedder.inner.embed)
        return self._lexical

    def _reader(self) -> View:
        """The committed state to read: refreshed when no write runs; while one does, the state it
        started from (published by `_writing`), without waiting for it to finish."""
        while True:
            view = self._view
            if self._lock.acquire(blocking=False):
                try:
                    return self._committed(self._open())[0]
                finally:
                    self._lock.release()
            if view is not None:
                return view
            self._viewed.wait(0.05)  # a write is opening the index: its first view comes before its changes

    # -- asking ---------------------------------------------------------------------------
    def _indexed_outlets(self, view: View) -> list[str]:
        """The outlets of the indexed documents, recounted only after the index changed."""
        outlets = self._outlets
        if outlets is None or outlets[0] is not view:
            outlets = (view, sorted({r["meta"]["outlet"] for r in view.manifest.documents.values()}))
            self._outlets = outlets
        return outlets[1]

    def _outlet_names(self, view: View) -> dict[str, str]:
        """Names and aliases of the indexed outlets, remade only after the index or registry changed."""
        names, registry = self._names, self.registry
        if names is None or names[0] is not view or names[1] is not registry:
            names = (view, registry, outlet_names(registry, self._indexed_outlets(view)))
            self._names = names
        return names[2]

    def _filters(self, store: View, outlets: Sequence[str] | None, stances: Sequence[str] | None) -> Filters:
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

    def check_question(self, question: str) -> str:
        """The question as it will be read; raises QueryError when it cannot be asked (empty, too long, no words).
        An edge given several questions checks them all before answering the first."""
        return clean_question(question, self.config.max_question_chars)

    def ask(self, question: str, *, outlets: Sequence[str] | None = None, stances: Sequence[str] | None = None,
            k: int | None = None, view: str = "answer", history: History = (), synthesize: bool | None = None,
            llm: Generator | None = None, on_token: OnToken | None = None) -> Answer:
        """Answer with verbatim, outlet-labelled quotes, or abstain when the sources don't say.

        view="perspectives" also returns, per stance group and outlet, what each indexed outlet
        says about the question, or that it does not address it (`Answer.perspectives`).
        `history`: earlier turns (Answers, or their questions) a follow-up is read against.
        With an LLM (`llm=`, the constructor's or the config's) the answer also carries `synthesis`:
        a paragraph whose every sentence is verified against the quotes; synthesize=False leaves it out.
        """
        answer = self._extractive(question, outlets, stances, k, view, history)
        if synthesize is False:
            return answer
        self._llm = self._llm or generator_from(self.config)
        if llm is None and self._llm is None and not synthesize:
            return answer  # no LLM, none required: the synthesis stage is not even imported
        from app.synthesis import synthesize as synthesis_stage

        return synthesis_stage.synthesize(answer, llm or self._llm, required=bool(synthesize),
                                          embed=self.embedder.embed, registry=self.registry, on_token=on_token)

    def _extractive(self, question: str, outlets: Sequence[str] | None, stances: Sequence[str] | None,
                    k: int | None, view: str, history: History) -> Answer:
        question = self.check_question(question)
        if k is not None and not 1 <= k <= 50:
            raise QueryError(f"k must be between 1 and 50 (got {k})")
        if view not in VIEWS:
            raise QueryError(f"unknown view {view!r}; choose one of: {', '.join(VIEWS)}")
        self.embedder.preload()  # the model loads while the index opens
        with self._reading:
            store = self._reader()
            if not store.manifest.documents:  # not "the sources don't answer this": there are none
                raise IndexEmptyError(empty_index(self.config.index_dir, self.config.chroma_url))
            reading = self._read(question, history, store)
            outlets, stances = [*(outlets or ()), *reading.outlets], [*(stances or ()), *reading.stances]
            filters, search = self._filters(store, outlets, stances), reading.question
            if not outlets and not stances:  # "According to X, …" asks for X's words only
                scope, search = scoped_outlets(search, self._outlet_names(store))
                filters = Filters(scope, frozenset())
            lexical = store.lexical  # BM25 reads the question's words as the corpus spells them ("Wal-Mart")
            search = _spelled_out(search, lexical)  # "the ACLU" a corpus only spells out: its name, found and held
            spelled = respell(search, lexical.spellings if lexical is not None else None)
            self.embedder.prepare(search)  # tokenized before the BM25 worker starts: `OnnxEncoder.tokenize`
            start(spelled, lexical=lexical if view == "answer" else None, config=self.config,  # BM25 on a worker
                  filters=filters, also=other_looks(registry=self.registry, filters=filters, k=k, config=self.config),
                  question=reading.question, read=read_question, ahead=store.read_ahead)  # while it embeds here
            answer = answer_from_index(reading.question, search, store=store, lexical=lexical,
                                       config=self.config, filters=filters, k=k, view=view, registry=self.registry,
                                       embed=self.embedder.embed, spelled=spelled)
            answer = dressed(answer, question, reading, filters.outlets, filters.stances, self.registry)
            notice = self._stale_notice(store)
            return answer.model_copy(update={"stale_index": notice}) if notice else answer

    # -- freshness ------------------------------------------------------------------------
    def stale_notice(self) -> str | None:
        """One line when the index holds what an older byline made that reading cannot bring current (its speaker
        labels: `app.indexing.freshness`), naming the command that rebuilds it; None when current or missing.
        Every answer from such an index carries the same line as `Answer.stale_index`."""
        try:
            return self._stale_notice(self._reader())
        except IndexMissingError:
            return None

    def _stale_notice(self, view: View) -> str | None:
        """`stale_notice` of `view`, worked out once per committed state (a walk over the manifest's records)."""
        known = self._stale
        if known is None or known[0] is not view:
            known = (view, staleness(view.manifest.documents).notice(self._ingest_command()))
            self._stale = known
        return known[1]

    def _ingest_command(self) -> str:
        """The command that rebuilds this index (its folder or server named when it is not the default)."""
        if self.config.chroma_url:
            return f"byline --chroma-url {self.config.chroma_url} ingest"
        return "byline ingest" + (f" --index {self.config.index_dir}" if self.config.index_dir != Path("index") else "")

    # -- conversations --------------------------------------------------------------------
    def _read(self, question: str, history: History, store: View) -> Reading:
        """The question as a follow-up of the last turn of `history` (as asked when it stands alone)."""
        if not history:
            return Reading(question)
        answers = earlier_answers(history, lambda q, before: self.ask(q, history=before, synthesize=False))
        indexed = {r["meta"]["outlet"]: r["meta"].get("stance") for r in store.manifest.documents.values()}
        vocab = vocabulary(self.registry, indexed, known_people(self.config.corpus_dir))
        return resolve(question, [turn_of(a) for a in answers], vocab)

    def index_known(self) -> bool:
        """Whether an index is there, answered without waiting for a write or opening it (/healthz)."""
        return self._store is not None or (self.config.index_dir / MANIFEST).is_file()

    def has_index(self) -> bool:
        try:
            self._reader()
            return True
        except IndexMissingError:
            return False


def ingest(paths: Sequence[str | Path] | None = None, *, index_dir: str | Path | None = None,
           prune: bool = False, config: Config | None = None, embedder: Embedder | None = None) -> IngestReport:
    """Ingest files or folders into an index (default: corpus/ into index/). A file that fails to load is in
    the report's `failed` (source -> reason); the others are still ingested."""
    return Assistant(index_dir, config=config, embedder=embedder).ingest(paths, prune=prune)


def _spelled_out(question: str, lexical: LexicalIndex | None) -> str:
    """`question` with each acronym the corpus never writes in the name it writes with those initials
    (`Aliases.spell_out`); unchanged without a lexical index."""
    if lexical is None or lexical.aliases is None:
        return question
    return lexical.aliases.spell_out(question, lambda term: bool(lexical.df.get(term)))
