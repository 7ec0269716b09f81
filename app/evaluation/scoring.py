"""Scoring one answer against one case: every metric, and the reasons a case fails."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.evaluation import metrics as m
from app.evaluation.cases import Case
from app.evaluation.parts import part_reasons
from app.evaluation.precision import Precision, case_precision, framing_lines
from app.models import Answer


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
    precision: Precision | None = None
    case: Case | None = None

    def as_dict(self) -> dict[str, Any]:
        r = self.retrieval
        return {
            "id": self.id, "kind": self.kind, "question": self.question, "passed": self.passed,
            "reasons": self.reasons, "abstained": self.abstained, "citations": self.citations,
            "verbatim": self.verbatim.value, "attribution": self.attribution.value,
            "requirements_met": self.requirements_met, "coverage_met": self.coverage_met,
            "own_voice_violations": self.own_voice, "chain_met": self.chain_met,
            "retrieval": None if r is None
                else {"hit": r.hit, "recall": r.recall, "reciprocal_rank": r.reciprocal_rank},
            "citation_precision": self.citation_precision.value, "citation_recall": self.citation_recall.value,
            "contested": None if self.precision is None else self.precision.contested_given,
            "key_first": None if self.precision is None else self.precision.key_first,
        }


def score_case(case: Case, answer: Answer | None, corpus: m.Corpus, k: int) -> CaseResult:
    """Every metric for one case, plus the reasons it fails (passed: no reasons)."""
    res = CaseResult(case.id, case.kind, case.question, expects_abstention=case.expects_abstention, case=case)
    if answer is None:
        res.answered = False
        answer = Answer(question=case.question, answer="", abstained=False)
    res.abstained, res.citations = answer.abstained, len(answer.citations)
    res.verbatim, res.attribution = m.verbatim(answer, corpus), m.attribution(answer, corpus)
    res.quotes = _quote_checks(answer, corpus)
    res.integrity = m.integrity(answer, corpus)
    res.reasons += res.integrity
    if case.expects_abstention != answer.abstained and res.answered:
        res.reasons.append("abstained although the sources answer this" if answer.abstained
                           else f"answered ({len(answer.citations)} quotes) although the sources don't say")
    _expected_checks(res, case, answer, corpus, k)
    res.citation_precision, res.citation_recall = m.citation_support(answer, corpus)
    res.precision = case_precision(case, answer, corpus)
    res.reasons += _reader_checks(res.precision)
    if not res.answered:  # one reason is enough: every other check failed for the same cause
        res.reasons = ["the system gave no answer for this question"]
    res.passed = not res.reasons
    return res


def _expected_checks(res: CaseResult, case: Case, answer: Answer, corpus: m.Corpus, k: int) -> None:
    """What the case expects of the answer, each into `res` with its reasons: the outlets it must (not) cite, both
    sides of a contested claim, no contested claim in the assistant's own voice, the source chain, the passages."""
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
    said = " ".join(framing_lines(answer))  # the values the disagreement line names, as the reader sees them
    if unnamed := [v for v in case.disputed_values if v not in said]:
        res.reasons.append(f"does not name the disputed value(s) {', '.join(unnamed)} in what the sources disagree on")
    if case.expected_chain:
        res.chain_met = m.chain_matches(answer, case.expected_chain, corpus.same_source)
        if not res.chain_met:
            res.reasons.append(f"no citation carries the chain {' ← '.join(case.expected_chain)}")
    expected = [s for p in case.expected_passages if (s := corpus.passage_span(p))]
    if expected:
        res.retrieval = m.retrieval(m.cited_spans(answer, corpus), expected, k)
        if not res.retrieval.hit and not case.expects_abstention:
            res.reasons.append(f"none of the {len(expected)} expected passage(s) is among the first {k} quotes")
    res.reasons += part_reasons(case, answer, corpus)


def _quote_checks(answer: Answer, corpus: m.Corpus) -> list[tuple[str, bool, bool]]:
    """Per citation: the quoted document's outlet, whether the label is right, whether the quote is verbatim."""
    checks = []
    for c in answer.citations:
        doc = corpus.doc(c.doc_id)
        right = bool(doc and c.outlet.casefold() == doc.outlet.casefold())
        exact = bool(doc and doc.text[c.start : c.end] == c.quote)
        checks.append((doc.outlet if doc else "(unknown document)", right, exact))
    return checks


def _reader_checks(p: Any) -> list[str]:
    """What a reader sees: the contested flag against the case's label, labelled lines, the verdict refusal."""
    reasons = []
    if p.contested_given is not None and p.contested_expected is not None and p.contested_given != p.contested_expected:
        reasons.append("says the sources disagree although they do not disagree on this" if p.contested_given
                       else "does not say that the sources disagree")
    if p.labelled.total and p.labelled.hits < p.labelled.total:
        reasons.append(f"{p.labelled.total - p.labelled.hits} quote line(s) without their outlet and chain label")
    if p.verdict_refused is False:
        reasons.append("asked for a verdict on a disputed question, does not say it gives none")
    if p.disagreement_named is False:
        reasons.append("says the sources disagree but not what they disagree on")
    return reasons
