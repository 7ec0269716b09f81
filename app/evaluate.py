"""The eval runner: answer every case with each system, score the answers, report, gate.

    cases (evals/cases/*.yaml) ──> System.answer(questions) ──> score_case ──> summarize
                                   byline | baselines | a JSONL file          └─> report + thresholds

`run_eval` wires it to an index; `score_system` and `summarize` are plain functions over
answers, so tests feed them hand-made (and deliberately broken) answers.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import metrics as m
from app.baselines import PrimedEmbedder, System, bm25_only, byline, dense_only, from_answers_file, llama_index
from app.config import Config
from app.embed import Embedder, make_embedder
from app.errors import ConfigError
from app.evalcases import Case, check_cases, load_cases
from app.evalreport import Thresholds, check_thresholds, load_thresholds, render_markdown, summarize
from app.models import Answer
from app.store import atomic_write

REPORT_DIR = Path("evals/reports")
THRESHOLDS = Path("evals/thresholds.yaml")


@dataclass
class CaseResult:
    id: str
    kind: str
    question: str
    passed: bool = False
    reasons: list[str] = field(default_factory=list)
    answered: bool = True  # False: the system gave no answer for this question
    abstained: bool = False
    expects_abstention: bool = False
    citations: int = 0
    verbatim: m.Ratio = m.Ratio()
    attribution: m.Ratio = m.Ratio()
    requirements_met: bool | None = None  # None: the case names no outlets, or expects abstention
    coverage_met: bool | None = None  # contested cases only
    own_voice: list[str] = field(default_factory=list)
    chain_met: bool | None = None  # cases with an expected chain only
    retrieval: m.Retrieval | None = None  # cases with expected passages only
    citation_precision: m.Ratio = m.Ratio()
    citation_recall: m.Ratio = m.Ratio()
    integrity: list[str] = field(default_factory=list)
    quotes: list[tuple[str, bool, bool]] = field(default_factory=list)  # (document's outlet, label right, verbatim)
    case: Case | None = None

    def as_dict(self) -> dict[str, Any]:
        r = self.retrieval
        return {
            "id": self.id, "kind": self.kind, "question": self.question, "passed": self.passed,
            "reasons": self.reasons, "abstained": self.abstained, "citations": self.citations,
            "verbatim": self.verbatim.value, "attribution": self.attribution.value,
            "requirements_met": self.requirements_met, "coverage_met": self.coverage_met,
            "own_voice_violations": self.own_voice, "chain_met": self.chain_met,
            "retrieval": None if r is None else {"hit": r.hit, "recall": r.recall, "reciprocal_rank": r.reciprocal_rank},
            "citation_precision": self.citation_precision.value, "citation_recall": self.citation_recall.value,
        }


def score_case(case: Case, answer: Answer | None, corpus: m.Corpus, k: int) -> CaseResult:
    """Every metric for one case, plus the reasons it fails (passed: no reasons)."""
    res = CaseResult(case.id, case.kind, case.question, expects_abstention=case.expects_abstention, case=case)
    if answer is None:
        res.answered = False
        answer = Answer(question=case.question, answer="", abstained=False)
    res.abstained, res.citations = answer.abstained, len(answer.citations)
    res.verbatim, res.attribution = m.verbatim(answer, corpus), m.attribution(answer, corpus)
    for c in answer.citations:
        doc = corpus.doc(c.doc_id)
        right = bool(doc and c.outlet.casefold() == doc.outlet.casefold())
        exact = bool(doc and doc.text[c.start : c.end] == c.quote)
        res.quotes.append((doc.outlet if doc else "(unknown document)", right, exact))
    res.integrity = m.integrity(answer, corpus)
    res.reasons += res.integrity
    if case.expects_abstention != answer.abstained and res.answered:
        res.reasons.append("abstained although the sources answer this" if answer.abstained
                           else f"answered ({len(answer.citations)} quotes) although the sources don't say")
    if not case.expects_abstention and (case.must_cite or case.any_of or case.must_not_cite):
        missing = m.outlet_requirements(answer, case, corpus)
        res.requirements_met = not missing
        res.reasons += missing
    if case.kind == "contested":
        uncovered = m.contested_coverage(answer, case, corpus)
        res.coverage_met = not uncovered
        res.reasons += uncovered
    sources = [*corpus.outlet_names(), *(n for c in answer.citations for n in c.chain)]
    res.own_voice = m.own_voice_violations(answer.answer, case.forbidden_own_voice, sources,
                                          [c.quote for c in answer.citations])
    res.reasons += res.own_voice
    if case.expected_chain:
        res.chain_met = m.chain_matches(answer, case.expected_chain)
        if not res.chain_met:
            res.reasons.append(f"no citation carries the chain {' ← '.join(case.expected_chain)}")
    expected = [s for p in case.expected_passages if (s := corpus.passage_span(p))]
    if expected:
        res.retrieval = m.retrieval(m.cited_spans(answer, corpus), expected, k)
        if not res.retrieval.hit and not case.expects_abstention:
            res.reasons.append(f"none of the {len(expected)} expected passage(s) is among the first {k} quotes")
    res.citation_precision, res.citation_recall = m.citation_support(answer, corpus)
    if not res.answered:  # one reason is enough: every other check failed for the same cause
        res.reasons = ["the system gave no answer for this question"]
    res.passed = not res.reasons
    return res


def score_system(system: System, cases: Sequence[Case], corpus: m.Corpus, k: int) -> list[CaseResult]:
    answers = system.answer([c.question for c in cases])
    if len(answers) != len(cases):
        raise ConfigError(f"system {system.name} returned {len(answers)} answers for {len(cases)} questions")
    return [score_case(case, answer, corpus, k) for case, answer in zip(cases, answers)]


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
) -> dict[str, Any]:
    """Score byline (or the answers in `answers`) and, optionally, the baselines; write the
    reports; return the report with `threshold_failures` for the first system."""
    from app.api import Assistant

    cases = load_cases(case_paths)
    primed = PrimedEmbedder(embedder or make_embedder(config.embedder))
    assistant = Assistant(config=config, embedder=primed)
    corpus = corpus_of(assistant)
    problems = check_cases(cases, assistant.registry, {d.name: d.text for d in corpus.docs.values()})
    if problems:
        raise ConfigError(f"{len(problems)} case problem(s) against the index at {config.index_dir}: " + "; ".join(problems[:3]))
    primed.prime([c.question for c in cases])  # one batch for every system's question embeddings
    systems = [from_answers_file(answers)] if answers else [byline(assistant)]
    if baselines:
        names = {d.doc_id: d.name for d in corpus.docs.values()}
        systems += [llama_index(config, primed, names), bm25_only(config, primed, assistant.registry),
                    dense_only(config, primed, assistant.registry)]
    reports = [system_report(s, score_system(s, cases, corpus, config.k), assistant.registry, config.k) for s in systems]
    gate = load_thresholds(thresholds) if thresholds and Path(thresholds).is_file() else Thresholds()
    report = {
        "cases": len(cases), "k": config.k, "index": str(config.index_dir),
        "primary": reports[0]["name"], "thresholds": gate.model_dump(),
        "threshold_failures": check_thresholds(reports[0]["metrics"], gate),
        "systems": reports,
    }
    if report_dir is not None:
        write_reports(report, Path(report_dir))
    return report


def write_reports(report: dict[str, Any], folder: Path) -> None:
    atomic_write(folder / "latest.json", json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    atomic_write(folder / "latest.md", render_markdown(report))
