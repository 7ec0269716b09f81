"""Where an expected passage is lost on its way to the answer (pure): the eval's "none of the
expected passages is among the first k quotes" says only that it is missing from the quotes.

    fused candidates ──> k passages ──> candidate quotes, best first ──> the answer's quotes
    (BM25 + dense, RRF)   (floor, diversity)  (sentences scored)            (picked)

A trace that holds the candidates past the relevance floor (`admitted`) says which step cut a fused
passage: the floor, outlet diversity or its rank.

`lost_at` names the first stage whose output holds no expected span (or that the answer quotes one
only after another quote); `scripts/miss_stages.py` traces the eval questions through the pipeline
and counts the stages per case file, `scripts/quote_ranks.py` shows the scores of one case's quotes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.evaluation.metrics import Span, overlaps

QUOTED = "quoted"
QUOTED_LATER = "quoted, but not first (key passage first counts the first quote)"
NOT_FOUND = "not among the fused candidates"
CUT = "fused, cut before the k passages (relevance floor, outlet diversity, rank)"
CUT_FLOOR = "fused, cut before the k passages: below the relevance floor"
CUT_DIVERSITY = "fused, cut before the k passages: among the first k past the floor, left out by outlet diversity"
CUT_RANK = "fused, cut before the k passages: ranked past the first k past the floor"
RANKED_LOW = "in the k passages, its sentence ranked below the first {near} quotes"
NOT_PICKED = "among the first {near} candidate quotes, not picked"
ABSTAINED = "in the k passages, the answer abstained"
STAGES = (QUOTED, QUOTED_LATER, NOT_FOUND, CUT, CUT_FLOOR, CUT_DIVERSITY, CUT_RANK, RANKED_LOW, NOT_PICKED, ABSTAINED)


@dataclass(frozen=True)
class Trace:
    """One question's spans at each stage, best first."""

    fused: Sequence[Span]  # candidates after fusion, before the relevance floor and diversity
    passages: Sequence[Span]  # the k passages the quote stage reads
    ranked: Sequence[Span]  # candidate quotes of those passages
    cited: Sequence[Span]  # the answer's quotes
    abstained: bool = False
    admitted: Sequence[Span] | None = None  # the fused candidates past the relevance floor (None: not traced)
    k: int | None = None  # passages picked by rank and diversity (None: all of `passages`; a later one may join)


def rank_of(spans: Iterable[Span], expected: Sequence[Span]) -> int | None:
    """1-based position of the first span overlapping an expected one (None: no such span)."""
    return next((i for i, s in enumerate(spans, start=1) if any(overlaps(s, e) for e in expected)), None)


def lost_at(trace: Trace, expected: Sequence[Span], near: int = 3) -> str:
    """The stage where the expected passages drop out (QUOTED when a quote holds one); `near`:
    how many of the best candidate quotes count as "nearly chosen"; QUOTED_LATER when only a later
    quote holds one (the answer has it, the metric key passage first does not)."""
    cited = rank_of(trace.cited, expected)
    if cited is not None:
        return QUOTED if cited == 1 else QUOTED_LATER
    if rank_of(trace.fused, expected) is None:
        return NOT_FOUND
    if rank_of(trace.passages, expected) is None:
        return CUT if trace.admitted is None else cut_by(trace, expected)
    if trace.abstained:
        return ABSTAINED
    at = rank_of(trace.ranked, expected)
    return (NOT_PICKED if at is not None and at <= near else RANKED_LOW).format(near=near)


def cut_by(trace: Trace, expected: Sequence[Span]) -> str:
    """Which step left a fused expected passage out of the k passages: the relevance floor (no
    admitted candidate holds it), outlet diversity (an admitted one ranked within the first k picks)
    or its fused rank (the first admitted one ranked past them)."""
    at = rank_of(trace.admitted or (), expected)
    if at is None:
        return CUT_FLOOR
    return CUT_DIVERSITY if at <= (trace.k or len(trace.passages)) else CUT_RANK


def stage_counts(stages: Iterable[str], near: int = 3) -> dict[str, int]:
    """How many cases stop at each stage, in pipeline order (stages no case stops at are left out)."""
    counts = Counter(stages)
    order = [s.format(near=near) for s in STAGES]
    return {s: counts[s] for s in order + sorted(set(counts) - set(order)) if counts[s]}
