"""A figure question naming years is answered by a figure of those years (pure functions of the ranking).

"What was the Clintons' effective federal tax rate from 2007 through 2014?" is not answered by "The Clintons'
effective federal tax rate for 2014 was 35.7 percent" — the same quantity of another period — but by "from 2007
through 2014 the couple paid $43,885,310 in federal taxes, for an effective tax rate of 31.55 percent". A sentence's
periods are the spans it gives ("from 2007 to 2014", "between 2005 and 2008", "since 2009") and the years it names
outside them; the question's too. A span is no figure of one of its years: an eight-year average does not give the
2012 rate. A best quote whose figure is dated to periods other than the asked ones gives another period's figure: the
close quote that names every asked period with a figure opens instead. A quote naming no year is not second-guessed
(it may give the asked period's figure without repeating it), nor a question naming none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.answer.asked import Asked
from app.answer.openers import first_close
from app.answer.select import Quote
from app.answer.shares import asks_share, gives_share
from app.answer.signals import figure_answers
from app.attribution.figures import figures

_Y = r"(?:19|20)\d\d"
# "from 2007 to 2014", "2007 through 2014", "between 2005 and 2008", "2007-2014"
_SPAN = re.compile(rf"\b(?P<a>{_Y})\s*(?:(?:to|through|thru|until|and)\s+|[-–—]\s*)(?P<b>{_Y})\b", re.I)
_SINCE = re.compile(rf"\bsince\s+(?P<a>{_Y})\b", re.I)  # "since 2007": through the time of the report
_YEAR = re.compile(rf"\b{_Y}\b")
OPEN_END = 2100  # a span "since" a year runs to no year a question names
# "What was the Clintons' effective federal tax rate …", "What is her standard fee …": a quantity named by its noun
_MEASURE_ASKED = re.compile(r"^\W*what\s+(?:was|is|were|are)\b.*?\b(?:rate|percentage|share|fee|price|cost|total|"
                            r"amount|sum|salary|average|budget|tally|margin)s?\b", re.I)


Period = tuple[int, int]  # first and last year; a single year is (y, y), "since y" (y, OPEN_END)


def periods_of(text: str) -> frozenset[Period]:
    """The periods the text names: its spans ("from 2007 to 2014": (2007, 2014); "since 2009": (2009, OPEN_END)) and
    the years it names outside them ("for 2014": (2014, 2014)). A span is no figure of one of its years."""
    held: set[Period] = set()
    spanned: list[tuple[int, int]] = []
    for m in _SPAN.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        if a < b:
            held.add((a, b))
            spanned.append(m.span())
    for m in _SINCE.finditer(text):
        held.add((int(m.group("a")), OPEN_END))
        spanned.append(m.span())
    held |= {(int(m.group(0)), int(m.group(0))) for m in _YEAR.finditer(text)
             if not any(s <= m.start() < e for s, e in spanned)}
    return frozenset(held)


def _same_period(asked: Period, given: Period) -> bool:
    """`given` is the asked period: the same first year and last year, a "since" span taken to run to any."""
    return asked[0] == given[0] and (asked[1] == given[1] or OPEN_END in (asked[1], given[1]))


def covers(asked: frozenset[Period], held: frozenset[Period]) -> bool:
    """Every period asked is one the text names."""
    return all(any(_same_period(p, g) for g in held) for p in asked)


def asks_quantity(ask: Asked, question: str) -> bool:
    """The question asks for a figure: how many / how much, a proportion, or a quantity its noun names."""
    return ask.figure or asks_share(question) or _MEASURE_ASKED.search(question) is not None


def _gives_figure(ask: Asked, question: str) -> Callable[[str], bool]:
    """What answers the question's figure: a proportion for "what share / what rate", a figure it counts for "how
    many / how much", any figure (not a year) for the quantity a noun names."""
    if asks_share(question):
        return gives_share
    if ask.figure:
        return lambda text: figure_answers(ask, text)
    return lambda text: bool(figures(text))


def other_years(question: str, text: str, answers: Callable[[str], bool]) -> bool:
    """`text` gives a figure dated to periods that are not the ones the question asks about."""
    asked, held = periods_of(question), periods_of(text)
    return bool(asked and held) and not covers(asked, held) and answers(text)


def year_first(ask: Asked, question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to a figure question naming years opens with: 0, unless the best
    quote's figure is of other years (`other_years`) and one within ACT_MARGIN gives a figure of every period
    asked (`covers`)."""
    asked = periods_of(question)
    if not ranked or not asks_quantity(ask, question) or not asked:
        return 0
    answers = _gives_figure(ask, question)
    if not other_years(question, ranked[0].text, answers):
        return 0
    return first_close(ranked, lambda q: covers(asked, periods_of(q.text)) and answers(q.text))
