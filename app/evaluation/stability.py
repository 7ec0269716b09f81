"""Flag stability: rewording a question must not change what a reader is told about it.

A case may list `rephrasings` (the same question in other words). Each is asked like the question
(with the same history), and its answer is compared with the question's answer on what a reader
relies on: the decision (answered or abstained) and the "sources disagree" flag (`flag_stability`),
and, for information, the outlet of the first quote (`first_outlet_stability`). Stability is its
own metric: a flip is reported next to the case, and it does not change whether the case passes.

Pure functions over answers, so tests feed them hand-made ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.evaluation import metrics as m
from app.evaluation.cases import Case
from app.models import Answer


@dataclass(frozen=True)
class Stability:
    id: str
    flags: m.Ratio  # rephrasings whose decision and contested flag match the question's answer
    first_outlet: m.Ratio  # rephrasings answered with quotes (as the question was) whose first quote's outlet matches
    reasons: list[str] = field(default_factory=list)  # one line per flip: which rewording changed what

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "rephrasings": self.flags.total, "stable": self.flags.hits,
                "first_outlet_same": self.first_outlet.hits, "first_outlet_compared": self.first_outlet.total,
                "reasons": self.reasons}


def _answered(answer: Answer) -> bool:
    """What a reader is told: an answer with quotes (else byline said it cannot answer from the sources)."""
    return not answer.abstained and bool(answer.citations)


def _contested(answer: Answer) -> bool:
    return _answered(answer) and answer.contested


def _first_outlet(answer: Answer) -> str | None:
    return answer.citations[0].outlet if _answered(answer) else None


def flips(question: Answer, reworded: Answer, wording: str) -> list[str]:
    """What the reworded question's answer tells a reader differently (empty: the same decision and flag)."""
    if _answered(question) != _answered(reworded):
        return [f"{wording!r} is {'answered' if _answered(reworded) else 'abstained on'}; the question is "
                f"{'answered' if _answered(question) else 'abstained on'}"]
    if _contested(question) != _contested(reworded):
        return [f"{wording!r} is {'' if _contested(reworded) else 'not '}flagged contested; the question is"
                f"{'' if _contested(question) else ' not'}"]
    return []


def case_stability(case: Case, answer: Answer | None, reworded: Sequence[Answer | None]) -> Stability | None:
    """The case's rephrasings compared with its question (None: no rephrasings, or the question got no
    answer at all; a rephrasing that got no answer is left out)."""
    if not case.rephrasings or answer is None:
        return None
    flags, outlets, reasons = m.Ratio(), m.Ratio(), []
    for wording, other in zip(case.rephrasings, reworded):
        if other is None:
            continue
        changed = flips(answer, other, wording)
        flags += m.Ratio(int(not changed), 1)
        reasons += changed
        first, again = _first_outlet(answer), _first_outlet(other)
        if first is not None and again is not None:
            outlets += m.Ratio(int(first == again), 1)
    return Stability(case.id, flags, outlets, reasons)


def ask_rephrasings(answer_all: Any, cases: Sequence[Case]) -> list[list[Answer | None]]:
    """Each case's rephrasings answered in one call of `answer_all(questions, histories)`."""
    asked = [(w, c.history) for c in cases for w in c.rephrasings]
    if not asked:
        return [[] for _ in cases]
    answers = list(answer_all([w for w, _ in asked], [h for _, h in asked]))
    out, at = [], 0
    for case in cases:
        out.append(answers[at : at + len(case.rephrasings)])
        at += len(case.rephrasings)
    return out


def stability_totals(results: Sequence[Stability | None]) -> tuple[dict[str, float | None], dict[str, int]]:
    """flag_stability and first_outlet_stability over every compared rephrasing, with their counts."""
    given = [s for s in results if s is not None]
    flags = sum((s.flags for s in given), m.Ratio())
    outlets = sum((s.first_outlet for s in given), m.Ratio())
    return ({"flag_stability": flags.value, "first_outlet_stability": outlets.value},
            {"flag_stability": flags.total, "first_outlet_stability": outlets.total})
