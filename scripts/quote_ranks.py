"""Why does a case's expected passage rank where it does in the quote stage? For each answerable
case with expected passages, prints the question's parsed terms and acts, the best candidate quotes
with their score, MiniLM similarity (d) and idf-weighted coverage (c), and the expected ones (*)
among the first --top. Diagnostic only: it reads the index the eval built (as `miss_stages.py`).

    PYTHONPATH=$PWD HF_HUB_OFFLINE=1 python scripts/quote_ranks.py --corpus DIR CASES.yaml [CASE_ID ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.answer.retrieve import Filters, retrieve, scoped_outlets
from app.answer.roles import role_asked
from app.answer.select import asked, rank_quotes
from app.answer.vectors import stored_vectors
from app.api import Assistant
from app.config import Config
from app.evaluation.cases import load_cases
from app.evaluation.metrics import overlaps
from app.evaluation.runner import corpus_config, corpus_of
from app.store.embed import make_embedder


def show(assistant: Assistant, case, expected, top: int) -> None:
    """The first `top` candidate quotes of one case: the best four and every expected one."""
    config, store = assistant.config, assistant._reader()
    scope, search = scoped_outlets(case.question, assistant._outlet_names(store))
    qvec = assistant.embedder.embed([search])[0]
    hits = retrieve(search, qvec, store=store, lexical=store.lexical, config=config, filters=Filters(scope, frozenset()))
    vectors = stored_vectors({search: qvec}, [h.chunk for h in hits], store.sentences, assistant.embedder.embed)
    ask = role_asked(asked(case.question), hits)
    ranked = rank_quotes(ask, hits, qvec, vectors, store.lexical.coverage)
    print(f"\n### {case.id}: {case.question}  terms={sorted(ask.terms)} acts={ask.acts}")
    for i, q in enumerate(ranked[:top]):
        hit = any(overlaps((q.hit.chunk.doc_id, q.start, q.end), e) for e in expected)
        if i < 4 or hit:
            print(f" {i:2d}{'*' if hit else ' '} {q.score:.3f} d={q.dense:.3f} c={q.cover:.2f} [{q.outlet}] {q.text[:150]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases")
    parser.add_argument("ids", nargs="*")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    config = Config.load()
    if args.corpus is not None:
        config = corpus_config(config, args.corpus)
    assistant = Assistant(config=config, embedder=make_embedder(config.embedder))
    corpus = corpus_of(assistant)
    for case in load_cases([args.cases]):
        expected = [s for p in case.expected_passages if (s := corpus.passage_span(p))]
        if expected and not case.expects_abstention and (not args.ids or case.id in args.ids):
            show(assistant, case, expected, args.top)


if __name__ == "__main__":
    main()
