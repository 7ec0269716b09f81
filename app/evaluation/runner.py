"""The eval runner: answer every case with each system, score the answers, report, gate.

    cases (evals/cases/*.yaml) ──> System.answer(questions) ──> score_case ──> summarize
                                   byline | baselines | a JSONL file          └─> report + thresholds

`run_eval` wires it to an index; `score_system` and `summarize` are plain functions over
answers, so tests feed them hand-made (and deliberately broken) answers.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.config import Config
from app.errors import ConfigError, CorpusError, IndexMismatchError
from app.evaluation import metrics as m
from app.evaluation.baselines import (
    PrimedEmbedder,
    System,
    answers_for,
    bm25_only,
    byline,
    dense_only,
    from_answers_file,
    llama_index,
)
from app.evaluation.cases import Case, check_cases, load_cases
from app.evaluation.perspectives_eval import score_perspectives, summarize_perspectives
from app.evaluation.report import Thresholds, check_thresholds, load_thresholds, render_markdown, summarize
from app.evaluation.scoring import CaseResult, score_case
from app.evaluation.stability import ask_rephrasings, case_stability, stability_totals
from app.evaluation.synthesis import LLM_SYSTEM, SynthesisStats, llm_gate, llm_system
from app.support.files import atomic_write
from app.models import Answer
from app.store.embed import Embedder, make_embedder
from app.synthesis.generators import Generator

REPORT_DIR = Path("evals/reports")
THRESHOLDS = Path("evals/thresholds.yaml")
log = logging.getLogger(__name__)
CACHE_DIR = Path(".cache/eval")  # indexes of corpora evaluated with --corpus (git-ignored)


def corpus_config(config: Config, corpus: Path, cache: Path = CACHE_DIR) -> Config:
    """The config for evaluating the corpus folder `corpus` (its own outlets.yaml) in a cache index
    named after it: `.cache/eval/<folder>-<hash of its path>` (ingest re-embeds only what changed)."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise ConfigError(f"{corpus}: no such corpus folder")
    key = hashlib.sha1(str(corpus.resolve()).encode()).hexdigest()[:8]
    return replace(config, corpus_dir=corpus, registry=None, index_dir=Path(cache) / f"{corpus.resolve().name}-{key}")


def ingest_corpus(config: Config, embedder: Embedder) -> None:
    """Bring the cache index of `config.corpus_dir` up to date (removed files are pruned)."""
    from app.api import Assistant

    try:
        report = Assistant(config=config, embedder=embedder).ingest([config.corpus_dir], prune=True)
    except IndexMismatchError as exc:  # the cache index of another embedder or chunking: built anew
        log.warning("rebuilding the eval cache index %s: %s", config.index_dir, exc)
        shutil.rmtree(config.index_dir)
        report = Assistant(config=config, embedder=embedder).ingest([config.corpus_dir], prune=True)
    if report.failed:  # a failed write keeps the document's old version: scoring it would grade a stale corpus
        source, reason = next(iter(report.failed.items()))
        first = reason if reason.startswith(source) else f"{source}: {reason}"
        raise CorpusError(f"{len(report.failed)} document(s) of {config.corpus_dir} failed to ingest, so the eval "
                          f"would score a stale or partial corpus; first: {first}")


def system_answers(system: System, cases: Sequence[Case]) -> list[Answer | None]:
    answers = answers_for(system, [c.question for c in cases], [c.history for c in cases])
    if len(answers) != len(cases):
        raise ConfigError(f"system {system.name} returned {len(answers)} answers for {len(cases)} questions")
    return answers


def score_system(system: System, cases: Sequence[Case], corpus: m.Corpus, k: int,
                 answers: Sequence[Answer | None] | None = None) -> list[CaseResult]:
    """Each case scored on the system's answer (`answers`, when the caller already asked it)."""
    answers = system_answers(system, cases) if answers is None else answers
    return [score_case(case, answer, corpus, k) for case, answer in zip(cases, answers)]


def score_systems(systems: Sequence[System], cases: Sequence[Case], corpus: m.Corpus, registry: Any, k: int
                  ) -> tuple[list[dict[str, Any]], list[list[Answer | None]]]:
    """Each system's report on the cases, and its answers (byline's perspectives check reads its own)."""
    answered = [system_answers(s, cases) for s in systems]
    reports = [system_report(s, score_system(s, cases, corpus, k, a), registry, k) for s, a in zip(systems, answered)]
    for system, report, answers in zip(systems, reports, answered):
        add_stability(report, system, cases, answers)
    return reports, answered


def add_stability(report: dict[str, Any], system: System, cases: Sequence[Case], answers: Sequence[Answer | None]
                  ) -> None:
    """Ask the cases' rephrasings and add flag_stability / first_outlet_stability and, per case with
    rephrasings, what each rewording changed (pass/fail is the question's own: not changed here)."""
    reworded = ask_rephrasings(lambda qs, hs: answers_for(system, qs, hs), cases)
    results = [case_stability(c, a, r) for c, a, r in zip(cases, answers, reworded)]
    values, counts = stability_totals(results)
    report["metrics"].update(values)
    report["counts"].update(counts)
    report["stability"] = [s.as_dict() for s in results if s is not None]


def add_perspectives(report: dict[str, Any], assistant: Any, cases: Sequence[Case], answers: Sequence[Answer | None],
                     corpus: m.Corpus) -> None:
    """Ask every case labelled contested (not follow-ups) again with view="perspectives" and add its
    metrics; `answers` are byline's answer-view answers to `cases`, compared with the view."""
    chosen = [(c, a) for c, a in zip(cases, answers) if c.contested and not c.history]
    results = [score_perspectives(c, assistant.ask(c.question, view="perspectives"), a, corpus, assistant.registry)
               for c, a in chosen]
    values, counts = summarize_perspectives(results)
    report["metrics"].update(values)
    report["counts"].update(counts)
    report["perspectives"] = [{"id": r.id, "problems": r.problems + r.own_voice}
                              for r in results if r.problems or r.own_voice]


def corpus_of(assistant: Any) -> m.Corpus:
    """The indexed documents (the text every offset points into) with the assistant's registry."""
    docs = []
    for info in assistant.sources():
        text = assistant.document(info.doc_id).text
        docs.append(m.Doc(info.doc_id, Path(info.source.split("#", 1)[0]).name, info.outlet, info.stance, text))
    return m.Corpus(docs, assistant.registry)


def system_report(system: System, results: list[CaseResult], registry: Any, k: int) -> dict[str, Any]:
    metrics, counts, per_outlet = summarize(results, registry)
    failed = sorted((r for r in results if not r.passed), key=lambda r: (-len(r.reasons), r.id))
    return {
        "name": system.name, "description": system.description, "k": k,
        "metrics": metrics, "counts": counts, "per_outlet": per_outlet,
        "worst": [{"id": r.id, "kind": r.kind, "reasons": r.reasons} for r in failed[:5]],
        "cases": [r.as_dict() for r in results],
    }


def run_eval(
    config: Config,
    case_paths: Sequence[str | Path] | None = None,
    *,
    answers: Path | None = None,
    baselines: bool = True,
    embedder: Embedder | None = None,
    thresholds: Path | None = THRESHOLDS,
    report_dir: Path | None = REPORT_DIR,
    llm: Generator | None = None,
    corpus: Path | None = None,
) -> dict[str, Any]:
    """Score byline (or the answers in `answers`) and, optionally, the baselines; write the
    reports; return the report with `threshold_failures` for the first system. With `llm`, also
    byline+llm (the verified paragraph) and the verifier's numbers (`synthesis`). With `corpus`,
    that folder is ingested into its cache index first and the cases are scored against it."""
    from app.api import Assistant

    cases = load_cases(case_paths)
    primed = PrimedEmbedder(embedder or make_embedder(config.embedder))
    if corpus is not None:
        config = corpus_config(config, corpus)
        ingest_corpus(config, primed.inner)
    assistant = Assistant(config=replace(config, llm_base_url=None, llm_model=None), embedder=primed)
    corpus_folder, corpus = corpus, corpus_of(assistant)
    if problems := check_cases(cases, assistant.registry, {d.name: d.text for d in corpus.docs.values()}):
        raise ConfigError(f"{len(problems)} case problem(s) against the index at {config.index_dir}: "
                          f"{'; '.join(problems[:3])}")
    primed.prime([q for c in cases for q in (c.question, *c.rephrasings)])  # one batch for every question
    stats = SynthesisStats()
    systems = _systems(config, assistant, primed, corpus, answers=answers, baselines=baselines, llm=llm, stats=stats)
    reports, answered = score_systems(systems, cases, corpus, assistant.registry, config.k)
    if answers is None:  # byline itself answered: its perspectives view is gated too, next to those answers
        add_perspectives(reports[0], assistant, cases, answered[0], corpus)
    gate = load_thresholds(thresholds) if thresholds and Path(thresholds).is_file() else Thresholds()
    report = _report(config, len(cases), reports, gate, corpus_folder is not None)
    if llm is not None:
        report["synthesis"] = stats.as_dict()
        report["threshold_failures"] += llm_gate(next(r for r in reports if r["name"] == LLM_SYSTEM)["metrics"])
    if report_dir is not None:
        write_reports(report, Path(report_dir))
    return report


def _report(config: Config, n_cases: int, reports: list[dict[str, Any]], gate: Thresholds, own_corpus: bool
            ) -> dict[str, Any]:
    return {
        "cases": n_cases, "k": config.k, "index": str(config.index_dir),
        "corpus": str(config.corpus_dir) if own_corpus else None,
        "primary": reports[0]["name"], "thresholds": gate.model_dump(),
        "threshold_failures": check_thresholds(reports[0]["metrics"], gate),
        "systems": reports,
    }


def _systems(config: Config, assistant: Any, primed: PrimedEmbedder, corpus: m.Corpus, *, answers: Path | None,
             baselines: bool, llm: Generator | None, stats: SynthesisStats) -> list[System]:
    """byline (or the answers file), byline+llm when an LLM is given, then the baselines."""
    systems = [from_answers_file(answers)] if answers else [byline(assistant)]
    if llm is not None:
        systems.append(llm_system(assistant, llm, stats))
    if baselines:
        names = {d.doc_id: d.name for d in corpus.docs.values()}
        systems += [llama_index(config, primed, names), bm25_only(config, primed, assistant.registry),
                    dense_only(config, primed, assistant.registry)]
    return systems


def write_reports(report: dict[str, Any], folder: Path) -> None:
    atomic_write(folder / "latest.json", json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    atomic_write(folder / "latest.md", render_markdown(report))
