"""Can a small local LLM judge that two outlets' quotes contradict each other on the asked claim?
A measurement for issue 14 (contested recall), not part of the answer path: for each contested-
labelled case, the top candidate quote against the best quote of each other outlet, scored by the
model's log-odds of answering "Yes" over "No", then tallied against the labels and byline's flags.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

MAX_PAIRS = 3  # other outlets per case: the top quote against each one's best quote
MAX_GAP = 0.25  # an outlet's best quote this far below the top one's score is not a candidate
MAX_CHARS = 400  # a quote is cut here so one prompt stays ~100-250 tokens
YES, NO = frozenset({"yes", "y"}), frozenset({"no", "n"})
ABSENT = -20.0  # log-mass of an answer word missing from the top log-probabilities


@dataclass(frozen=True)
class Pair:
    """Two outlets' quotes: `a` the answer's top quote, `b` the best quote of another outlet."""
    a: str
    a_outlet: str
    b: str
    b_outlet: str
    gap: float  # the top quote's score minus b's


def cross_outlet_pairs(quotes: Sequence, max_pairs: int = MAX_PAIRS, max_gap: float = MAX_GAP) -> list[Pair]:
    """The top quote against the best-ranked quote of each other outlet within `max_gap`."""
    if not quotes:
        return []
    top, seen, pairs = quotes[0], {quotes[0].outlet}, []
    for quote in quotes[1:]:
        if quote.outlet in seen or top.score - quote.score > max_gap:
            continue
        seen.add(quote.outlet)
        pairs.append(Pair(top.text, top.outlet, quote.text, quote.outlet, top.score - quote.score))
        if len(pairs) >= max_pairs:
            break
    return pairs


def _clip(text: str) -> str:
    return text if len(text) <= MAX_CHARS else text[:MAX_CHARS] + "…"


def contradict_prompt(question: str, pair: Pair) -> str:
    """Variant v1: does B contradict A on the question."""
    return (f"Question: {question}\n\nQuote A ({pair.a_outlet}): \"{_clip(pair.a)}\"\n\n"
            f"Quote B ({pair.b_outlet}): \"{_clip(pair.b)}\"\n\n"
            "On this question, does quote B contradict quote A? Answer Yes or No.")


def disagree_prompt(question: str, pair: Pair) -> str:
    """Variant v3: do the two outlets disagree about the answer."""
    return (f"Two news outlets report on this question: {question}\n\n{pair.a_outlet} writes: \"{_clip(pair.a)}\"\n\n"
            f"{pair.b_outlet} writes: \"{_clip(pair.b)}\"\n\n"
            "Do the two outlets disagree about the answer to the question? Answer Yes or No.")


def stance_prompt(question: str, text: str, outlet: str) -> str:
    """Variant v2, one quote at a time: does this quote answer the question yes."""
    return (f"{outlet} writes: \"{_clip(text)}\"\n\n"
            f"According to this quote, is the answer to the question \"{question}\" yes? Answer Yes or No.")


PROMPTS: dict[str, Callable[[str, Pair], str]] = {"v1": contradict_prompt, "v3": disagree_prompt}


def yes_log_odds(top_logprobs: Iterable[dict]) -> float:
    """log P(yes-words) - log P(no-words) over the first token's top log-probabilities."""
    tops = list(top_logprobs)

    def mass(words: frozenset[str]) -> float:
        probs = [math.exp(t["logprob"]) for t in tops if t["token"].strip().casefold() in words]
        return math.log(sum(probs)) if probs else ABSENT
    return mass(YES) - mass(NO)


@dataclass(frozen=True)
class Judged:
    """One labelled case: its group, label, byline's flag and the judge's best pair score."""
    group: str
    expected: bool
    flagged: bool | None  # None: byline abstained
    score: float  # the highest pair score; -inf without a pair


def group_of(set_name: str, case_id: str) -> str:
    """-cal- / -chk- halves of the dev sets, calib, heldout, or the rest of the dev sets."""
    if "-cal-" in case_id:
        return "cal"
    if "-chk-" in case_id:
        return "chk"
    return set_name if set_name in ("calib", "heldout") else "dev-other"


def confusion(cases: Sequence[Judged], threshold: float) -> dict[str, int]:
    """Missed disputes the judge would flag, and unflagged false cases it would wrongly flag."""
    missed = [c for c in cases if c.expected and not c.flagged]
    negatives = [c for c in cases if not c.expected and not c.flagged]
    return {"missed": len(missed), "judge_finds": sum(c.score > threshold for c in missed),
            "false": len(negatives), "judge_false_flags": sum(c.score > threshold for c in negatives),
            "byline_false_flags": sum(1 for c in cases if not c.expected and c.flagged)}


# A floor any judge must clear before the eval cases mean anything: plain contradictions and plain
# agreements, one pair each, written for this check (question, quote A, quote B, contradicts).
SANITY: tuple[tuple[str, str, str, bool], ...] = (
    ("Did the mayor sign the budget?", "The mayor signed the budget on Tuesday.",
     "The mayor refused to sign the budget.", True),
    ("Did the mayor sign the budget?", "The mayor signed the budget on Tuesday.",
     "The budget was signed by the mayor this week.", False),
    ("Is the factory closing?", "The company said the factory will close in March.",
     "The company denied that the factory is closing.", True),
    ("Is the factory closing?", "The company said the factory will close in March.",
     "Workers were told the plant shuts down in March.", False),
    ("How many people attended the rally?", "About 10,000 people attended the rally, police said.",
     "Organisers said only 500 people came to the rally.", True),
    ("How many people attended the rally?", "About 10,000 people attended the rally, police said.",
     "Police put the crowd at roughly 10,000.", False),
    ("Did the senator vote for the bill?", "The senator voted for the bill.",
     "The senator voted against the bill.", True),
    ("Did the senator vote for the bill?", "The senator voted for the bill.",
     "The bill passed with the senator's support.", False),
    ("Was the minister aware of the report?", "The minister knew about the report for months.",
     "The minister said she had never seen the report.", True),
    ("Was the minister aware of the report?", "The minister knew about the report for months.",
     "Aides said the minister had read the report in May.", False),
    ("Did prices rise last year?", "Prices rose 5 percent last year.", "Prices fell last year, the agency said.", True),
    ("Did prices rise last year?", "Prices rose 5 percent last year.",
     "Consumers paid more last year as prices climbed.", False),
    ("Did the coach resign?", "The coach resigned on Friday.",
     "The coach was fired; he did not resign, the club said.", True),
    ("Did the coach resign?", "The coach resigned on Friday.", "The coach stepped down Friday.", False),
    ("Is the drug safe?", "Regulators said the drug is safe.",
     "Doctors warned the drug is dangerous and unsafe.", True),
    ("Is the drug safe?", "Regulators said the drug is safe.",
     "The agency found no safety problems with the drug.", False),
)


def sanity_auc(score: Callable[[str, Pair], float]) -> float:
    """AUC of a pair scorer on SANITY: 1.0 ranks every plain contradiction above every agreement."""
    scored = [(score(q, Pair(a, "Times", b, "Post", 0.0)), c) for q, a, b, c in SANITY]
    return auc([s for s, c in scored if c], [s for s, c in scored if not c])


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability a positive outscores a negative (ties count half); 0.5 with either side empty."""
    if not positives or not negatives:
        return 0.5
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))
