"""What the diagnostic scripts (`scripts/miss_stages.py`, `scripts/quote_ranks.py`) share: the
assistant over the index the eval built, each case's expected spans, and one question's candidate
quotes ranked as the answer view ranks them. Diagnostics only; the answer path never imports it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.answer.retrieve import Filters, retrieve, scoped_outlets
from app.answer.roles import role_asked
from app.answer.select import asked, rank_quotes
from app.answer.vectors import stored_vectors
from app.api import Assistant
from app.config import Config
from app.evaluation import metrics as m
from app.evaluation.runner import corpus_config, corpus_of
from app.store.embed import make_embedder


def open_assistant(corpus_dir: Path | None) -> tuple[Assistant, m.Corpus]:
    """The assistant over the seed index, or over the eval's index of `corpus_dir`, and its corpus."""
    config = Config.load()
    if corpus_dir is not None:
        config = corpus_config(config, corpus_dir)
    assistant = Assistant(config=config, embedder=make_embedder(config.embedder))
    return assistant, corpus_of(assistant)


def expected_spans(corpus: m.Corpus, case: Any) -> list[m.Span]:
    """The spans of a case's expected passages that the corpus holds."""
    return [s for p in case.expected_passages if (s := corpus.passage_span(p))]


@dataclass(frozen=True)
class Ranked:
    """One question through retrieval and sentence ranking: what the quote stage sees."""
    search: str
    qvec: Any
    filters: Filters
    hits: list
    asked: Any
    quotes: list


def ranked_quotes(assistant: Assistant, question: str) -> Ranked:
    """The k passages and their candidate quotes, best first, as the answer view computes them."""
    config, store = assistant.config, assistant._reader()
    scope, search = scoped_outlets(question, assistant._outlet_names(store))
    filters = Filters(scope, frozenset())
    qvec = assistant.embedder.embed([search])[0]
    hits = retrieve(search, qvec, store=store, lexical=store.lexical, config=config, filters=filters)
    vectors = stored_vectors({search: qvec}, [h.chunk for h in hits], store.sentences, assistant.embedder.embed)
    ask = role_asked(asked(question), hits)
    return Ranked(search, qvec, filters, hits, ask, rank_quotes(ask, hits, qvec, vectors, store.lexical.coverage))
