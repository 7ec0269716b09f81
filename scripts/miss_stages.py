"""Where do the expected passages of eval cases get lost? Traces each answerable case with expected
passages through fusion, the k passages, sentence ranking and the answer, and counts the stages
(`app.evaluation.stages`). Diagnostic only: it reads the index the eval built.

    PYTHONPATH=$PWD HF_HUB_OFFLINE=1 python scripts/miss_stages.py [--corpus DIR] [--near 3] CASES.yaml ...
    (no --corpus: the seed index and evals/cases)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.answer.retrieve import admitted, rrf
from app.api import Assistant
from app.evaluation.cases import load_cases
from app.evaluation.stages import Trace, lost_at, stage_counts
from app.evaluation.tracing import expected_spans, open_assistant, ranked_quotes
from app.text.terms import terms


def trace(assistant: Assistant, question: str) -> Trace:
    """The spans of one question at each stage, as the answer view computes them."""
    config, store = assistant.config, assistant._reader()
    lexical = store.lexical
    ranked = ranked_quotes(assistant, question)
    search, qvec, filters = ranked.search, ranked.qvec, ranked.filters
    dense = lexical.nearest(qvec, config.candidates, filters.allowed())
    if dense is None:
        dense = store.query(qvec, config.candidates, filters.where())
    lexed = lexical.search(search, config.candidates, filters.allowed())
    fused = rrf([[cid for cid, _ in dense], [cid for cid, _ in lexed]], config.rrf_k)
    chunks = lexical.chunks(list(fused), store.text, lambda _doc: {})
    order = sorted((cid for cid in fused if cid in chunks), key=lambda cid: -fused[cid])
    sims = {**lexical.similarities([c for c in order if c not in dict(dense)], qvec), **dict(dense)}
    held = [c for c in order if c in sims]
    cover = dict(zip(held, lexical.coverages(set(terms(search, query=True)), held)))
    past_floor = admitted(held, fused, sims, cover, config)
    answer = assistant.ask(question, synthesize=False)
    span = lambda c: (chunks[c].doc_id, chunks[c].start, chunks[c].end)  # noqa: E731
    return Trace([span(c) for c in order], [(h.chunk.doc_id, h.chunk.start, h.chunk.end) for h in ranked.hits],
                 [(q.hit.chunk.doc_id, q.start, q.end) for q in ranked.quotes],
                 [(c.doc_id, c.start, c.end) for c in answer.citations], answer.abstained,
                 [span(c) for c in past_floor], config.k)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*")
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--near", type=int, default=3)
    args = parser.parse_args()
    assistant, corpus = open_assistant(args.corpus)
    for path in args.cases or [None]:
        stages = []
        for case in load_cases([path] if path else None):
            expected = expected_spans(corpus, case)
            if expected and not case.expects_abstention and not case.history:
                stage = lost_at(trace(assistant, case.question), expected, args.near)
                stages.append(stage)
                print(f"{case.id}: {stage}")
        print(f"== {path or 'seed'}: {len(stages)} cases: {stage_counts(stages, args.near)}\n")


if __name__ == "__main__":
    main()
