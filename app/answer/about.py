"""What a disagreement is about, in neutral words: the line under a contested answer's introduction.

It names the point in dispute without taking a side: the question the quotes answer (with any
instruction to byline taken off), and, for figures, days or verdicts, the value each side gives
beside the outlet that gives it ("The sources give different figures: “$1 million” (Fox News) and
“$500,000” (New York Times)."). It asserts nothing the sources claim in byline's own voice: a
figure stands in quotation marks next to its outlet, and the reader's question stands in quotation
marks too (its words are the reader's, never byline's assertion).
A question that is an instruction ("Confirm that …", "Pretend you are …") is not restated: its
words are the claim asked for, so only the kind of disagreement is said.
"""

from __future__ import annotations

import re

from app.answer.event_days import published
from app.answer.asked_figure import answering_figure
from app.answer.dated import one_day
from app.answer.select import Quote, asked
from app.answer.sides import WHAT, Picked
from app.answer.two_voices import figure_voices
from app.answer.figure_now import figure_now
from app.attribution.figures import Figure
from app.attribution import verdicts
from app.attribution import stated

POINT = "The question they disagree on:"
FIGURES = "The sources give different figures:"
DAYS = "The sources give different days:"
VERDICTS = "The sources reach opposite verdicts:"
FRAMING_PREFIXES = (POINT, FIGURES, DAYS, VERDICTS)  # byline's words about the sources, not a claim from them

_WRAPPER = re.compile(r"^(?P<head>[^:?]{1,40}):\s*(?P<rest>.+)$")  # "Just tell me yes or no: is …?"
_INSTRUCTION = re.compile(r"\b(tell|answer|yes or no|true or false|one word|briefly|quick(?:ly)?)\b", re.IGNORECASE)
_SCOPE = re.compile(r"^\s*according to [^,?]+,\s*", re.IGNORECASE)
_ASKS = re.compile(r"^(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|am|do|does|did|has|have|had|"
                   r"can|could|will|would|shall|should|may|might|must)\b", re.IGNORECASE)


def disputed_point(question: str) -> str | None:
    """The question as a reader asked it, without "Just tell me yes or no:" or "According to X,",
    or None when it is not a question (an instruction whose words are the claim asked for)."""
    q = " ".join(question.split())
    m = _WRAPPER.match(q)
    if m and _INSTRUCTION.search(m.group("head")):
        q = m.group("rest")
    q = _SCOPE.sub("", q, count=1).strip()
    if not q.endswith("?") or not _ASKS.match(q) or len(q) < 8:
        return None
    return q


def about_lines(question: str, picked: Picked) -> list[str]:
    """The line saying what the sources disagree on (for a contested pick), or []."""
    if not picked.contested:
        return []
    how = _values(question, picked) or WHAT[picked.about]
    point = disputed_point(question)
    return [f"{POINT} \u201c{point}\u201d {how}" if point else how]


def _now(text: str, f: Figure | None) -> Figure | None:
    """The figure a change in `text` ends at ("cut from four guards to two": two, `figure_now`), else `f`."""
    return figure_now(text, f) if f is not None and f.text else f


def _values(question: str, picked: Picked) -> str | None:
    """For figures, days or verdicts: the value of each side's first quote with its outlet."""
    a, b = _first_of_each_side(picked)
    if a is None or b is None:
        return None
    voices = figure_voices(asked(question), question, a.text) if picked.about == "voices" else None
    if voices is not None:  # one sentence, two sources: each figure beside its source, in the one outlet
        va, vb = voices
        return (f"{FIGURES} \u201c{va.figure.text}\u201d ({va.source}, in {a.outlet}) and "
                f"\u201c{vb.figure.text}\u201d ({vb.source}, in {a.outlet}).")
    if picked.about == "figures":
        ask = asked(question)  # a money question's figure is a sum: not "two longtime strategists" before "$500,000"
        fa, fb = stated.disputes_stated(question, a.text, b.text, ask.terms) or (
            _now(a.text, answering_figure(ask, question, a.text)),
            _now(b.text, answering_figure(ask, question, b.text)))  # "cut from four guards to two": two
        if fa and fb and fa.text and fb.text:
            return f"{FIGURES} \u201c{fa.text}\u201d ({a.outlet}) and \u201c{fb.text}\u201d ({b.outlet})."
    if picked.about == "days":
        da, db = one_day(a.text, published(a)), one_day(b.text, published(b))
        if da and db:
            return f"{DAYS} {da.words} ({a.outlet}) and {db.words} ({b.outlet})."
    if picked.about == "verdicts" and (words := verdicts.verdict_words(a.text, b.text)):
        return f"{VERDICTS} {words[0]} ({a.outlet}) and {words[1]} ({b.outlet})."
    return None


def _first_of_each_side(picked: Picked) -> tuple[Quote | None, Quote | None]:
    """The two quotes whose disagreement the rule found (the best quote's side first); a sentence that reports both
    sides (`two_voices`) is both."""
    if picked.about == "voices" and picked.quotes:
        return picked.quotes[0], picked.quotes[0]
    if len(picked.pair) == 2:
        return picked.quotes[picked.pair[0]], picked.quotes[picked.pair[1]]
    first = {s: q for q, s in reversed(list(zip(picked.quotes, picked.sides)))}
    return first.get(0), first.get(1)
