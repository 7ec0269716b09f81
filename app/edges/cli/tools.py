"""Commands for measuring byline: the grounding eval and the benchmark."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from app.config import Config
from app.edges.cli.base import IndexOpt, JsonOpt, LlmModelOpt, LlmUrlOpt, cli, err, escape, friendly, out
from app.errors import ConfigError


@cli.command("eval")
@friendly
def eval_cases(
    cases: Annotated[Optional[list[Path]], typer.Argument(
        help="Case files or folders (default: evals/cases/).")] = None,
    index: IndexOpt = None,
    as_json: JsonOpt = False,
    answers: Annotated[Optional[Path], typer.Option("--answers", help="Score these answers (JSONL, one `ask --json` "
                                                    "Answer per line) instead of byline's.")] = None,
    baselines: Annotated[bool, typer.Option("--baselines/--no-baselines", help="Also score llama-index, BM25-only and "
                                            "dense-only baselines.")] = True,
    llm_base_url: LlmUrlOpt = None,
    llm_model: LlmModelOpt = None,
    corpus: Annotated[Optional[Path], typer.Option(
        "--corpus", help="Evaluate this corpus folder (with its own outlets.yaml): ingested into a cache index under "
        ".cache/eval/.")] = None,
    case_opt: Annotated[Optional[list[Path]], typer.Option("--cases", help="Case file or folder (repeatable; same as "
                                                           "the arguments).")] = None,
    thresholds: Annotated[Optional[Path], typer.Option("--thresholds", help="Gate file (default: "
                                                       "evals/thresholds.yaml).")] = None,
    report_dir: Annotated[Optional[Path], typer.Option("--report-dir", help="Where latest.{json,md} go (default: "
                                                       "evals/reports/).")] = None,
) -> None:
    """Run the grounding eval; write evals/reports/latest.{json,md}; exit 1 when a threshold is missed.
    With an LLM, also byline+llm and the sentence verifier's catch rate (reports in evals/reports/llm/)."""
    from app.evaluation.report import render_markdown
    from app.evaluation.runner import REPORT_DIR, THRESHOLDS, run_eval
    from app.synthesis.generators import generator_from

    if thresholds is not None and not thresholds.is_file():
        raise ConfigError(f"{thresholds}: no such thresholds file")
    config = Config.load(index_dir=index, llm_base_url=llm_base_url, llm_model=llm_model)
    llm = generator_from(config)
    report = run_eval(config, [*(cases or []), *(case_opt or [])] or None, answers=answers, baselines=baselines,
                      llm=llm, corpus=corpus, thresholds=thresholds or THRESHOLDS,
                      report_dir=report_dir or (REPORT_DIR / "llm" if llm else REPORT_DIR))
    if as_json:
        sys.stdout.write(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    else:
        out.print(escape(render_markdown(report)))
    for failure in report["threshold_failures"]:
        err.print(f"[bold red]threshold:[/] {escape(failure)}")
    if report["threshold_failures"]:
        raise typer.Exit(1)


@cli.command()
@friendly
def bench(
    quick: Annotated[bool, typer.Option("--quick", help="1k chunks only, fewer repetitions (under a minute once "
                                        "cached).")] = False,
    as_json: JsonOpt = False,
    out_dir: Annotated[Path, typer.Option("--out", help="Report folder (the committed one is evals/reports: make "
                                          "bench).")] = Path(".cache/bench"),
    cache: Annotated[Path, typer.Option("--cache", help="Synthetic corpus vectors and indexes.")] = Path("bench/cache"),
    embed_upto: Annotated[Optional[int], typer.Option("--embed-upto", help="Embed up to this many synthetic chunks for "
                                                      "real (default: 0 quick, 10000 full); beyond, sentence-mean "
                                                      "vectors.")] = None,
    only: Annotated[Optional[list[str]], typer.Option("--only", help="Measure only this section (repeatable): ingest, "
                                                      "queries, cold, server.")] = None,
    scales: Annotated[Optional[list[int]], typer.Option("--scale", help="Measure at this many synthetic chunks "
                                                        "(repeatable; default 1000 10000 100000, quick 1000).")] = None,
    chroma_server: Annotated[bool, typer.Option("--chroma-server", help="Also measure queries against a local `chroma "
                                                "run` server (started on 127.0.0.1, data cached with the indexes) and "
                                                "project 1M chunks.")] = False,
) -> None:
    """Measure ingest, query latency (vs the llama-index default pipeline), cold start and memory."""
    from app.bench.report import key_ratios
    from app.bench.run import plan_sections, run_bench

    try:
        plan_sections(only or (), chroma_server)
    except ValueError as exc:
        raise ConfigError(str(exc)) from exc
    result = run_bench(quick=quick, out=out_dir, cache=cache, embed_upto=embed_upto, only=only or (),
                       scales=scales or (), chroma_server=chroma_server,
                       progress=lambda m: err.print(f"[dim]bench: {escape(m)}[/]"))
    if as_json:
        sys.stdout.write(json.dumps(key_ratios(result), ensure_ascii=False) + "\n")
        return
    for g in result["goals"]:
        out.print(f"{'met ' if g['met'] else 'MISS'}  {g['goal']}: {g['value']:g}{g['unit']} (goal {g['target']})")
    out.print(f"report: {out_dir / 'bench.md'}")
