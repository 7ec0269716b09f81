"""Systems the eval can score: byline itself, three baselines over the same index, and answers
produced elsewhere (a JSONL file in the `byline ask --json` format).

A `System` answers a batch of questions with `Answer`s (None: it has no answer for that one).
The baselines reuse byline's store, lexical index and answer stage with one side of retrieval
switched off: their passages go through the very answer path byline's do (`answer_from`: sentence
ranking, abstention, `sides.pick` for the quotes and the "sources disagree" label), so the
comparison isolates retrieval; the llama-index baseline is what a plain RAG retriever
over the very same Chroma collection gives, labelled by file name, with no outlet attribution.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from pydantic import ValidationError

from app.answer import compose as answer_stage
from app.answer.retrieve import retrieve
from app.config import Config
from app.errors import ConfigError
from app.models import Answer, Citation
from app.registry import Registry
from app.store.chroma import COLLECTION
from app.store.embed import Embedder
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.store.open import open_store

Answerer = Callable[[Sequence[str]], list[Answer | None]]


@dataclass(frozen=True)
class System:
    name: str
    answer: Answerer
    description: str = ""
    converse: Callable[[str, Sequence[str]], Answer] | None = None  # (follow-up, earlier questions) -> Answer


def answers_for(system: System, questions: Sequence[str], histories: Sequence[Sequence[str]]) -> list[Answer | None]:
    """Every question answered; a follow-up (with a history) through `converse` when the system
    can hold a conversation, else as the literal question (what a system without one would do)."""
    answers = list(system.answer(list(questions)))
    if system.converse is None:
        return answers
    return [system.converse(q, h) if h else a for q, h, a in zip(questions, histories, answers)]


class PrimedEmbedder:
    """An Embedder that embeds many questions in one batch up front, then serves them from memory."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self._known: dict[str, np.ndarray] = {}

    def prime(self, texts: Sequence[str]) -> None:
        todo = list(dict.fromkeys(t for t in texts if t not in self._known))
        if todo:
            self._known.update(zip(todo, self.inner.embed(todo)))

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.prime(texts)
        return np.stack([self._known[t] for t in texts]) if texts else self.inner.embed(texts)


def byline(assistant: Any) -> System:
    return System("byline", lambda qs: [assistant.ask(q) for q in qs], "hybrid retrieval + attributed quotes",
                  converse=lambda q, history: assistant.ask(q, history=list(history)))


class _DenseOff:
    """A Store whose dense search finds nothing (everything else passes through)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def query(self, vector: np.ndarray, n: int, where: dict | None = None) -> list[tuple[str, float]]:
        return []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _open_store(config: Config, embedder: Embedder) -> Store:
    return open_store(config.index_dir, embedder=embedder.name, dim=embedder.dim,
                      chunking=config.chunking(), chroma_url=config.chroma_url)


def bm25_only(config: Config, embedder: Embedder, registry: Registry) -> System:
    """BM25 ranking, byline's quote selection and labels; no vectors at all (abstains on no match)."""
    store = _open_store(config, embedder)
    chunks = list(store.iter_chunks())
    lexical = LexicalIndex.build([c.id for c in chunks], [c.text for c in chunks],
                                 [{"outlet": c.meta.get("outlet"), "stance": c.meta.get("stance")} for c in chunks])
    blind = np.zeros(embedder.dim, dtype=np.float32)

    def no_vectors(texts: Sequence[str]) -> np.ndarray:
        return np.zeros((len(texts), embedder.dim), dtype=np.float32)

    def ask(question: str) -> Answer:
        hits = retrieve(question, blind, store=_DenseOff(store), lexical=lexical,
                        config=config)  # type: ignore[arg-type]
        if not hits:
            return answer_stage.abstain(question)
        return answer_stage.answer_from(question, hits, blind, no_vectors, lexical, registry)

    return System("bm25-only", lambda qs: [ask(q) for q in qs], "BM25 only (no vectors), byline's answer stage")


def dense_only(config: Config, embedder: Embedder, registry: Registry) -> System:
    """Chroma nearest neighbours, byline's abstention rule, quote selection and labels; no BM25."""
    store = _open_store(config, embedder)

    def ask(question: str) -> Answer:
        qvec = embedder.embed([question])[0]
        hits = retrieve(question, qvec, store=store, lexical=None, config=config)
        if not hits or max(h.dense for h in hits) < config.abstain_below:
            return answer_stage.abstain(question)
        return answer_stage.answer_from(question, hits, qvec, embedder.embed, None, registry)

    return System("dense-only", lambda qs: [ask(q) for q in qs], "dense only, byline's answer stage")


def llama_index(config: Config, embedder: Embedder, doc_names: dict[str, str]) -> System:
    """llama-index `VectorStoreIndex` over byline's Chroma collection and embedder: its top-k
    chunks, each labelled with the file name it came from (`doc_names`: doc_id -> file name)."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from llama_index.core import VectorStoreIndex
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from app.edges.integrations.llama_embed import BylineEmbedding

    client = chromadb.PersistentClient(path=str(config.index_dir / "chroma"),
                                       settings=ChromaSettings(anonymized_telemetry=False))
    vector_store = ChromaVectorStore(chroma_collection=client.get_collection(COLLECTION))
    index = VectorStoreIndex.from_vector_store(vector_store, embed_model=BylineEmbedding(embedder))
    retriever = index.as_retriever(similarity_top_k=config.k)

    def ask(question: str) -> Answer:
        citations, lines = [], ["Top passages retrieved for the question:"]
        for n, scored in enumerate(retriever.retrieve(question), start=1):
            meta, text = scored.node.metadata, scored.node.get_content()
            name = doc_names.get(str(meta.get("doc_id")), str(meta.get("doc_id")))
            citations.append(Citation(id=str(n), outlet=name, doc_id=str(meta.get("doc_id")), quote=text,
                                      start=int(meta.get("start", 0)), end=int(meta.get("end", 0))))
            lines.append(f"- {name}: \u201c{text}\u201d [{n}]")
        if not citations:
            return answer_stage.abstain(question)
        return Answer(question=question, answer="\n".join(lines), abstained=False, citations=citations)

    return System("llama-index", lambda qs: [ask(q) for q in qs], "VectorStoreIndex top-k, labelled by file name")


def normal_question(question: str) -> str:
    return " ".join(question.split()).casefold()


def from_answers_file(path: Path) -> System:
    """Answers read from JSONL (one `ask --json` Answer per line), matched to cases by question."""
    known: dict[str, Answer] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            answer = Answer.model_validate_json(line)
        except ValidationError as exc:  # its first error, as a reader can act on it (no pydantic help link)
            error = exc.errors()[0]
            where = ".".join(map(str, error["loc"]))
            raise ConfigError(f"{path}:{number}: not an Answer in the ask --json format: "
                              f"{where + ': ' if where else ''}{error['msg']}") from exc
        known[normal_question(answer.question)] = answer
    if not known:
        raise ConfigError(f"{path}: no answers in the file")
    return System(Path(path).stem, lambda qs: [known.get(normal_question(q)) for q in qs], f"answers from {path}")
