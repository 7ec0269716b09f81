"""Eval totals, per-outlet breakdown, thresholds and the Markdown report."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.evaluation import metrics as m
from app.support.yamlio import load_model

if TYPE_CHECKING:
    from app.evaluation.scoring import CaseResult

# name: (label, higher is better)
METRICS: dict[str, tuple[str, bool]] = {
    "pass_rate": ("cases passed", True),
    "verbatim_rate": ("quotes verbatim", True),
    "attribution_accuracy": ("quotes labelled with their outlet", True),
    "outlet_requirements": ("must_cite / any_of / must_not_cite met", True),
    "contested_coverage": ("contested cases citing every side", True),
    "own_voice_violations": ("own-voice violations (count)", False),
    "chain_accuracy": ("expected source chain cited", True),
    "abstention_precision": ("abstention precision", True),
    "abstention_recall": ("abstention recall", True),
    "hit_at_k": ("retrieval hit@k", True),
    "recall_at_k": ("retrieval recall@k", True),
    "mrr": ("retrieval MRR", True),
    "citation_precision": ("citation precision (ALCE, lexical)", True),
    "citation_recall": ("citation recall (ALCE, lexical)", True),
    "integrity_problems": ("citation problems found by verify (count)", False),
    "contested_precision": ("flagged contested and labelled contested", True),
    "contested_recall": ("labelled contested and flagged contested", True),
    "key_passage_first": ("first quote carries an expected passage (precision@1)", True),
    "on_point_rate": ("cited quotes carrying an expected passage", True),
    "quotes_per_answer": ("quotes per answer", False),
    "quotes_per_plain_answer": ("quotes per answer, plain questions", False),
    "quoted_chars_per_answer": ("quoted characters per answer", False),
    "near_topic_abstention": ("near-topic questions abstained", True),
    "speaker_accuracy": ("chain cases: the answering quote names the right speaker", True),
    "label_accuracy": ("quote lines showing outlet and chain", True),
    "verdict_refusal": ("verdict asked on a contested answer: refused", True),
    "disagreement_named": ("contested answers saying what the sources disagree on", True),
    "sides_on_point": ("flagged contested answers whose every other side's quote speaks to the dispute", True),
    "perspectives_problems": ("perspectives view, contested cases: quotes, labels, stance groups wrong (count)", False),
    "perspectives_own_voice": ("perspectives view, contested cases: own-voice violations (count)", False),
    "perspectives_agreement": ("outlets the answer view quotes that the perspectives view shows", True),
    "flag_stability": ("rephrasings keeping the question's decision and contested flag", True),
    "first_outlet_stability": ("rephrasings quoting the question's first outlet first", True),
}


PERSPECTIVE_METRICS = ("perspectives_problems", "perspectives_own_voice", "perspectives_agreement")
STABILITY_METRICS = ("flag_stability", "first_outlet_stability")  # added by the runner (it asks the rephrasings)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _rate(flags: Sequence[bool | None]) -> m.Ratio:
    given = [f for f in flags if f is not None]
    return m.Ratio(sum(given), len(given))


def summarize(results: Sequence[CaseResult], registry: Any) -> tuple[dict, dict, list[dict]]:
    """(metric values, their denominators, per-outlet rows) over one system's case results."""
    answered = [r for r in results if r.answered]
    precision, recall = m.abstention([r.expects_abstention for r in answered], [r.abstained for r in answered])
    ranked = [r.retrieval for r in results if r.retrieval is not None and not r.expects_abstention]
    ratios = {
        "pass_rate": _rate([r.passed for r in results]),
        "verbatim_rate": sum((r.verbatim for r in results), m.Ratio()),
        "attribution_accuracy": sum((r.attribution for r in results), m.Ratio()),
        "outlet_requirements": _rate([r.requirements_met for r in results]),
        "contested_coverage": _rate([r.coverage_met for r in results]),
        "chain_accuracy": _rate([r.chain_met for r in results]),
        "abstention_precision": precision,
        "abstention_recall": recall,
    }
    values: dict[str, float | None] = {k: v.value for k, v in ratios.items()}
    counts: dict[str, int] = {k: v.total for k, v in ratios.items()}
    values["own_voice_violations"] = sum(len(r.own_voice) for r in results)
    values["integrity_problems"] = sum(len(r.integrity) for r in results)
    counts["own_voice_violations"] = counts["integrity_problems"] = len(results)
    for name, pick in (("hit_at_k", lambda x: float(x.hit)), ("recall_at_k", lambda x: x.recall),
                       ("mrr", lambda x: x.reciprocal_rank)):
        values[name], counts[name] = _mean([pick(x) for x in ranked]), len(ranked)
    for name in ("citation_precision", "citation_recall"):
        per_case = [v for r in results if (v := getattr(r, name).value) is not None]
        values[name], counts[name] = _mean(per_case), len(per_case)
    precision_totals(results, values, counts)
    # perspectives_* are added by the runner for byline only (None: not measured for this system)
    values.update(dict.fromkeys((*PERSPECTIVE_METRICS, *STABILITY_METRICS), None))
    counts.update(dict.fromkeys((*PERSPECTIVE_METRICS, *STABILITY_METRICS), 0))
    return {k: values[k] for k in METRICS}, {k: counts[k] for k in METRICS}, per_outlet(results, registry)


def precision_totals(results: Sequence[CaseResult], values: dict, counts: dict) -> None:
    """The precision metrics (app/evaluation/precision.py) summed over cases, into values/counts."""
    ps = [r.precision for r in results if r.answered and r.precision is not None]
    judged = [p for p in ps if p.contested_given is not None and p.contested_expected is not None]
    ratios = {
        "contested_precision": m.Ratio(sum(p.contested_expected for p in judged if p.contested_given),
                                       sum(p.contested_given for p in judged)),
        "contested_recall": m.Ratio(sum(p.contested_given for p in judged if p.contested_expected),
                                    sum(p.contested_expected for p in judged)),
        "key_passage_first": _rate([p.key_first for p in ps]),
        "on_point_rate": sum((p.on_point for p in ps), m.Ratio()),
        "near_topic_abstention": _rate([r.abstained for r in results if r.answered and r.kind == "near_topic"]),
        "speaker_accuracy": _rate([p.speaker_right for p in ps]),
        "label_accuracy": sum((p.labelled for p in ps), m.Ratio()),
        "verdict_refusal": _rate([p.verdict_refused for p in ps]),
        "disagreement_named": _rate([p.disagreement_named for p in ps]),
        "sides_on_point": _rate([p.sides_on_point for p in ps]),
    }
    for name, ratio in ratios.items():
        values[name], counts[name] = ratio.value, ratio.total
    for name, pick, plain_only in (("quotes_per_answer", "quotes", False), ("quotes_per_plain_answer", "quotes", True),
                                   ("quoted_chars_per_answer", "quoted_chars", False)):
        given = [getattr(p, pick) for p in ps if getattr(p, pick) is not None and (p.plain or not plain_only)]
        values[name], counts[name] = _mean(given), len(given)


def per_outlet(results: Sequence[CaseResult], registry: Any) -> list[dict[str, Any]]:
    """Per outlet: quotes from its documents (verbatim, labelled right) and must_cite cases met."""
    names = [o.name for o in registry.outlets]
    names += sorted({o for r in results for o, _, _ in r.quotes} - set(names))
    rows = []
    for name in names:
        quotes = [(right, exact) for r in results for o, right, exact in r.quotes if o == name]
        required = [r for r in results if r.case and name in r.case.must_cite and not r.expects_abstention]
        met = [r for r in required if any(o == name and right for o, right, _ in r.quotes)]
        rows.append({
            "outlet": name, "quotes": len(quotes),
            "verbatim": sum(exact for _, exact in quotes), "labelled_correctly": sum(right for right, _ in quotes),
            "must_cite_cases": len(required), "must_cite_met": len(met),
        })
    return rows


class Thresholds(BaseModel):
    """evals/thresholds.yaml: floors for rates, ceilings for counts, for the first system scored."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    minimum: dict[str, float] = Field(default_factory=dict)
    maximum: dict[str, float] = Field(default_factory=dict)

    @field_validator("minimum", "maximum")
    @classmethod
    def _known(cls, values: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(values) - set(METRICS))
        if unknown:
            raise ValueError(f"unknown metric(s) {', '.join(unknown)}; known: {', '.join(METRICS)}")
        return values


def load_thresholds(path: Path) -> Thresholds:
    return load_model(Thresholds, Path(path))


def check_thresholds(values: dict[str, float | None], gate: Thresholds) -> list[str]:
    """One line per metric outside its threshold (metrics not measured in this run are skipped)."""
    failures = []
    for name, floor in gate.minimum.items():
        if values.get(name) is not None and values[name] < floor:
            failures.append(f"{name} = {values[name]:.3f}, below the minimum {floor}")
    for name, ceiling in gate.maximum.items():
        if values.get(name) is not None and values[name] > ceiling:
            failures.append(f"{name} = {values[name]:g}, above the maximum {ceiling}")
    return failures


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:g}" if float(value).is_integer() and value > 1 else f"{value:.3f}"


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def render_markdown(report: dict[str, Any]) -> str:
    systems = report["systems"]
    first = systems[0]
    lines = [f"# byline eval: {report['cases']} cases, k = {report['k']}", "",
             "| metric | n | " + " | ".join(s["name"] for s in systems) + " |",
             "|---|---:|" + "---:|" * len(systems)]
    for name, (label, better) in METRICS.items():
        row = [_fmt(s["metrics"][name]) for s in systems]
        lines.append(f"| {label} {'↑' if better else '↓'} | {first['counts'][name]} | " + " | ".join(row) + " |")
    failures = report.get("threshold_failures", [])
    lines += ["", f"n: what each metric of {first['name']} is computed over (cases, or quotes for the quote rates); "
              "retrieval is scored on the quotes an answer cites, in order.",
              "", f"Thresholds ({first['name']}): " + ("all met." if not failures else "; ".join(failures)), ""]
    for s in systems:
        lines += [f"## {s['name']}: per outlet", "",
                  "| outlet | quotes | verbatim | labelled correctly | must_cite met |",
                  "|---|---:|---:|---:|---:|"]
        lines += [f"| {_cell(r['outlet'])} | {r['quotes']} | {r['verbatim']} | {r['labelled_correctly']} | "
                  f"{r['must_cite_met']}/{r['must_cite_cases']} |" for r in s["per_outlet"]]
        lines.append("")
    if report.get("synthesis"):
        from app.evaluation.synthesis import render

        lines += render(report["synthesis"])
    if first.get("stability"):
        lines += [f"## {first['name']}: rewordings that change the answer", "", "| case | reasons |", "|---|---|"]
        lines += [f"| {s['id']} | {_cell('; '.join(s['reasons']))} |" for s in first["stability"] if s["reasons"]]
        lines.append("")
    lines += [f"## {first['name']}: cases", "", "| case | kind | result | reasons |", "|---|---|---|---|"]
    for c in first["cases"]:
        lines.append(f"| {c['id']} | {c['kind']} | {'pass' if c['passed'] else 'FAIL'} | "
                     f"{_cell('; '.join(c['reasons']))} |")
    return "\n".join(lines) + "\n"
