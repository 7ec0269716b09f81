"""Where do the expected passages of eval cases get lost? Traces each answerable case with expected
passages through fusion, the k passages, sentence ranking and the answer, and counts the stages
(`app.evaluation.stages`). Diagnostic only: it reads the index the eval built.

    PYTHONPATH=$PWD HF_HUB_OFFLINE=1 python scripts/miss_stages.py [--corpus DIR] [--near 3] CASES.yaml ...
    (no --corpus: the seed index and evals/cases)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.answer.retrieve import Filters, retrieve, rrf, scoped_outlets
from app.answer.roles import role_asked
from app.answer.select import asked, rank_quotes
from app.answer.vectors import stored_vectors
from app.api import Assistant
from app.config import Config
from app.evaluation import metrics as m
from app.evaluation.cases import load_cases
from app.evaluation.runner import corpus_config, corpus_of
from app.evaluation.stages import Trace, lost_at, stage_counts
from app.store.embed import make_embedder


def trace(assistant: Assistant, question: str) -> Trace:
    """The spans of one question at each stage, as the answer view computes them."""
    config, store = assistant.config, assistant._reader()
    lexical, embed = store.lexical, assistant.embedder.embed
    scope, search = scoped_outlets(question, assistant._outlet_names(store))
    filters = Filters(scope, frozenset())
    qvec = embed([search])[0]
    dense = lexical.nearest(qvec, config.candidates, filters.allowed())
    if dense is None:
        dense = store.query(qvec, config.candidates, filters.where())
    lexed = lexical.search(search, config.candidates, filters.allowed())
    fused = rrf([[cid for cid, _ in dense], [cid for cid, _ in lexed]], config.rrf_k)
    chunks = lexical.chunks(list(fused), store.text, lambda _doc: {})
    order = sorted((cid for cid in fused if cid in chunks), key=lambda cid: -fused[cid])
    hits = retrieve(search, qvec, store=store, lexical=lexical, config=config, filters=filters)
    vectors = stored_vectors({search: qvec}, [h.chunk for h in hits], store.sentences, embed)
    ranked = rank_quotes(role_asked(asked(question), hits), hits, qvec, vectors, lexical.coverage)
    answer = assistant.ask(question, synthesize=False)
    return Trace([(chunks[c].doc_id, chunks[c].start, chunks[c].end) for c in order],
                 [(h.chunk.doc_id, h.chunk.start, h.chunk.end) for h in hits],
                 [(q.hit.chunk.doc_id, q.start, q.end) for q in ranked],
                 [(c.doc_id, c.start, c.end) for c in answer.citations], answer.abstained)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--near", type=int, default=3)
    args = parser.parse_args()
    config = Config.load()
    if args.corpus is not None:
        config = corpus_config(config, args.corpus)
    assistant = Assistant(config=config, embedder=make_embedder(config.embedder))
    corpus = corpus_of(assistant)
    for path in args.cases or [None]:
        stages = []
        for case in load_cases([path] if path else None):
            expected = [s for p in case.expected_passages if (s := corpus.passage_span(p))]
            if expected and not case.expects_abstention and not case.history:
                stage = lost_at(trace(assistant, case.question), expected, args.near)
                stages.append(stage)
                print(f"{case.id}: {stage}")
        print(f"== {path or 'seed'}: {len(stages)} cases: {stage_counts(stages, args.near)}\n")


if __name__ == "__main__":
    main()
