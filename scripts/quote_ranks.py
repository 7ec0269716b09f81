"""Why does a case's expected passage rank where it does in the quote stage? For each answerable
case with expected passages, prints the question's parsed terms and acts, the best candidate quotes
with their score, MiniLM similarity (d) and idf-weighted coverage (c), and the expected ones (*)
among the first --top. Diagnostic only: it reads the index the eval built (as `miss_stages.py`).

    PYTHONPATH=$PWD HF_HUB_OFFLINE=1 python scripts/quote_ranks.py --corpus DIR CASES.yaml [CASE_ID ...]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.api import Assistant
from app.evaluation.cases import load_cases
from app.evaluation.metrics import overlaps
from app.evaluation.tracing import expected_spans, open_assistant, ranked_quotes


def show(assistant: Assistant, case, expected, top: int) -> None:
    """The first `top` candidate quotes of one case: the best four and every expected one."""
    ranked = ranked_quotes(assistant, case.question)
    ask = ranked.asked
    print(f"\n### {case.id}: {case.question}  terms={sorted(ask.terms)} acts={ask.acts}")
    for i, q in enumerate(ranked.quotes[:top]):
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
    assistant, corpus = open_assistant(args.corpus)
    for case in load_cases([args.cases]):
        expected = expected_spans(corpus, case)
        if expected and not case.expects_abstention and (not args.ids or case.id in args.ids):
            show(assistant, case, expected, args.top)


if __name__ == "__main__":
    main()
