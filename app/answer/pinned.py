"""What a figure question pins, and whether a quoted figure carries it (pure functions, no model).

A "how many / how much" question often names more than the quantity it asks for, and a figure on the same topic
that lacks it is related, not the answer:
- the unit it counts in: "How many hours did the reading take?" asks a span in hours; "223 years of debate" is a
  figure of time, but no count of hours. A neighbouring unit converts at a glance ("90 minutes", "18 months" for
  years: `SCALES`, `unit_fits`); one further off answers only when its own words name what is asked ("after a
  two-year investigation" for "How many days did the investigation last?"), else it measures another thing;
- a figure of its own: "How much did the 5 percent trim save?" names the trim by its size, so "a proposed 5 percent
  trim" restates the question and tells no saving (`own_figure`);
- a period counted from the start of the thing: "How much did the trim save in its first year?" is answered by a
  figure for "the first year" ("first-year savings"), not by "$35 million over the next nine months" (`period_named`).
`pins_missed` holds when a quote that counts what is asked misses these pins.
"""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.answer.measure import counted_unit
from app.answer.signals import counts_asked
from app.attribution.figures import Figure, figures
from app.text.terms import stem


def _ladder(words: str) -> dict[str, int]:
    """Each unit's stem (as `units._unit` reads it: "hours" → "hour") to its rank on one scale."""
    return {stem(w).rstrip("e"): rank for rank, group in enumerate(words.split("|"))
            for w in group.split()}


# units of one kind, smallest first; units in one group are of one size
SCALES = (_ladder("second seconds|minute minutes|hour hours|day days night nights|week weeks|month months|"
                  "year years|decade decades|century centuries"),
          _ladder("foot feet yard yards meter meters metre metres|block blocks|mile miles kilometer kilometers "
                  "kilometre kilometres km"))
_HOW = frozenset({"mani", "much", "long"})
_ORDINAL = r"(?:first|second|third|fourth|fifth|final|last|opening)"
_SPAN = r"(?:year|month|week|day|hour|decade|term|session|quarter|season)s?"
# "in its first year", "during the first week", "over their first two years", "in the final month"
_PERIOD = re.compile(rf"\b(?:in|during|over|for|within)\s+(?:its|the|their|his|her|our)\s+(?P<ord>{_ORDINAL})\s+"
                     rf"(?:(?P<n>\w+)\s+)?(?P<span>{_SPAN})\b", re.I)


def asked_unit(question: str) -> str:
    """The stem of the unit of time or distance a "how many <unit>" question counts in ("hour"), else ''."""
    unit = counted_unit(question)
    return unit if any(unit in scale for scale in SCALES) else ""


def unit_fits(asked: str, unit: str) -> bool:
    """A figure in `unit` answers a count in `asked`: no unit asked, or one of the same scale at most one step
    away ("minutes" for hours; not "years")."""
    scale = next((s for s in SCALES if asked in s), None)
    return scale is None or unit not in scale or abs(scale[unit] - scale[asked]) <= 1


def own_figure(given: tuple[Figure, ...], f: Figure) -> bool:
    """`f` is a figure the question itself gives (the same value in the same unit): it names the thing asked
    about ("the 5 percent trim"), not the quantity asked for."""
    return any(g.value == f.value and g.unit == f.unit for g in given)


def period_named(question: str, text: str) -> bool:
    """The question pins no period counted from a start ("in its first year"), or `text` names it: the ordinal
    before the span ("the first year", "first-year", "its first two years")."""
    m = _PERIOD.search(question)
    if m is None:
        return True
    unit = m.group("span").casefold().rstrip("s")
    count = rf"(?:{re.escape(m.group('n'))}\s+)?" if m.group("n") else ""
    return re.search(rf"\b{m.group('ord')}[\s-]+{count}{unit}s?\b", text, re.I) is not None


def pins_missed(ask: Asked, question: str, text: str) -> bool:
    """`text` has figures that count what the question asks for, and misses what the question pins: it does not
    name the period asked, or its only figures restate the question's own, or each figure counting what is
    asked is in a unit too far from the one asked. (A figure beside the question's own says something of it:
    "a rate of 36 percent over those three decades"; which figure answers is `counts_asked`'s to judge.)"""
    unit, given, period = asked_unit(question), figures(question), period_named(question, text)
    if not unit and not given and period:
        return False
    told = figures(text)
    counting = [f for f in told if counts_asked(ask, f)]
    if not counting:
        return False
    return not period or bool(given) and all(own_figure(given, f) for f in told) \
        or bool(unit) and not any(unit_fits(unit, f.unit) or f.context & _topic(ask) for f in counting)


def _topic(ask: Asked) -> frozenset[str]:
    """The question's terms that name what it asks about: not its units of measure nor "how many / much"."""
    return frozenset(t for t in ask.terms if t not in _HOW and not any(t in scale for scale in SCALES))
