"""Figures in a quote, and whether two quotes' figures for what was asked conflict.

Each quote's *answer figure* (the number whose surrounding words best match the question) is compared
when both measure the same kind of thing (dollars, percent, pages, a counted noun). Rounded and exact
forms of one figure agree ("$43 million" / "$43,885,310", "35.7 percent" / "35.72"); different figures
conflict ("48-page" / "47-page").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from app.attribution.amount_words import AMOUNT, amount_value
from app.attribution.contradict import QUOTES
from app.attribution.number_words import MANY, many_value, word_value
from app.attribution.shares import SHARE, share_value
from app.attribution.units import figure_matches, figure_unit, unit_kind
from app.attribution.workforce import one_count
from app.text.sentences import split_sentences
from app.text.terms import per_text, stem, terms

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_LOWER_BOUND = re.compile(r"\b(more than|over|at least|above|upwards of|in excess of|exceeding)\s*$", re.IGNORECASE)
# An upper bound: "less than $50,000", "fewer than 100", "no more than 40". Not "up to / as many as X": news writes
# the figure itself so ("a lawsuit on behalf of up to 1.6 million women" gives the class's size, and disagrees with
# "1.5 million")
_UPPER_BOUND = re.compile(r"\b(less than|fewer than|under|below|at most|(?:no|not) more than)\s*$", re.IGNORECASE)
# A hedge before a figure ("nearly $44 million", "about 55 miles"): it agrees with any figure within one
# of its rounding steps ("$43 million").
_APPROX = re.compile(r"\b(nearly|almost|roughly|about|around|approximately|close to|just (?:under|shy of)|"
                     r"an estimated)\s*$", re.IGNORECASE)
MAX_RATIO = 3.0  # two reports of one quantity differ by less than this factor ($40 million / $90 million)
WINDOW = 5  # words either side of a figure that say what it counts


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str  # "dollar", "percent", "page", "women", or "" when nothing says what it counts
    step: float  # the rounding step its digits show: 43 million → 1e6, 35.72 → 0.01
    context: frozenset[str]  # content words around it
    bound: int = 0  # 1: "more than / at least X" (X or more); -1: "less than / up to X" (X or less); 0: X itself
    approx: bool = False  # hedged: "nearly / about / roughly X"
    text: str = ""  # the figure as the quote writes it: "$1 million", "48-page", "35.7 percent"
    # terms of the sentence naming its pronoun subject ("They have reserved …")
    referent: frozenset[str] = frozenset()
    per: str = ""  # a rate's "per" noun, stemmed: "two trophies allowed per import" → "import" (`RATE`)


def _stored_figures(stored) -> tuple[Figure, ...] | None:
    """A told sentence's stored figures (None: not stored), decoded when a rule first asks (`scoring.Told`)."""
    return stored.figures()


@per_text(maxsize=QUOTES, told=_stored_figures)  # a quote that is one stored sentence: its stored figures
def figures(text: str) -> tuple[Figure, ...]:
    """Numbers in digits or words with their unit and rounding step; years (1900–2099 without a scale), labels
    ("No. 1", "Article 2") and ordinals ("21st") are not figures; shares in words ("two-thirds of") are percents."""
    out, words = [], text
    pronoun_led = _pronoun_led(text)
    for m in figure_matches(words):
        value, step, shown, bound = _reading(m)
        unit = figure_unit(words, m)
        end = m.end() if m.re in (SHARE, AMOUNT) else m.end("num")
        before = words[max(0, m.start() - 60) : m.start()].split()[-WINDOW:]
        after = words[end : end + 60].replace("-", " ").split()[:WINDOW]
        lead = words[max(0, m.start() - 20) : m.start()]
        bound = bound or _bound(lead)
        out.append(Figure(value, unit, step, frozenset(terms(" ".join(before + after))), bound,
                          m.re in _HEDGED or _APPROX.search(lead) is not None, words[m.start() : shown],
                          next((ref for a, b, ref in pronoun_led if a <= m.start() < b), frozenset()),
                          rate_noun(words, end)))
    return tuple(out)


_HEDGED = (SHARE, MANY, AMOUNT)  # figures in words are rounded ones


def _bound(lead: str) -> int:
    """1 when the words before a figure make it a lower bound, -1 an upper bound ("no more than" is one), else 0."""
    return -1 if _UPPER_BOUND.search(lead) else 1 if _LOWER_BOUND.search(lead) else 0


def _reading(m: re.Match) -> tuple[float, float, int, int]:
    """(value, rounding step, end of the figure as written, bound) of a figure match; a share (`shares.SHARE`) is
    a percent rounded to the point; a plural quantity ("hundreds of", `number_words.MANY`) a hedged lower bound."""
    if m.re is SHARE:
        value, bound = share_value(m)
        return value, 1.0, m.end(), bound
    if m.re is MANY:
        value, step = many_value(m.group("num"))
        return value, step, m.end("num"), 1
    if m.re is AMOUNT:  # "by more than half", "doubled", "a handful of" (`amount_words`)
        value, step, bound = amount_value(m)
        return value, step, m.end("unit2") if m.group("unit2") else m.end(), bound
    raw, scale = m.group("num").replace(",", ""), (m.group("scale") or "").casefold()
    raw = raw if raw[0].isdigit() else repr(word_value(raw))[:-2]  # "two" → "2" (an integer: no decimals)
    decimals = len(raw.split(".")[1]) if "." in raw else 0
    factor = _SCALE.get(scale, 1.0)
    shown = max(m.end(g) for g in ("num", "unit1", "scale", "pct") if m.group(g))
    return float(raw) * factor, 10.0 ** -decimals * factor, shown, 0


# A rate: a figure, up to three words, then "per <noun>" or "a <unit of time>" ("two trophies allowed per import",
# "$500 a month"); what the question asks per (`asked_rate`): "each / per / every <noun>", "a <unit of time>"
_TIME = r"(?:year|month|week|day|hour)\b(?!\s+(?:ago|earlier|later|before|after)\b)"  # not "a year ago"
RATE = re.compile(rf"(?:[\s-]+[\w$,.%-]+){{0,3}}?\s+(?:per\s+(?P<noun>[a-z]+)|an?\s+(?P<time>{_TIME}))", re.I)
# ... and "on a normal / typical / average day", "in an average year": one such unit of time, a rate per it
_USUAL = r"(?:typical|normal|average|ordinary|usual|regular)"
_ASKED_RATE = re.compile(rf"\b(?:(?:per|each|every)\s+(?P<noun>[a-z]+)|(?:(?:on|in)\s+an?\s+{_USUAL}\s+|an?\s+)"
                         rf"(?P<time>{_TIME}))", re.I)


def rate_noun(text: str, end: int) -> str:
    """The stem of the noun a figure ending at `end` is given per ("" when it is no rate)."""
    m = RATE.match(text, end, end + 60)
    return stem((m.group("noun") or m.group("time")).casefold()) if m else ""


def asked_rate(question: str) -> str:
    """The stem of the noun a question asks a figure per ("with each import" → "import"; "" when none)."""
    m = _ASKED_RATE.search(question)
    return stem((m.group("noun") or m.group("time")).casefold()) if m else ""


# A sentence whose subject is a pronoun ("They have reserved $500,000 of airtime"): what it counts is
# said by the sentence before, which names the pronoun's referent ("The group …, Secure America Now, …").
_PRONOUN_SUBJECT = re.compile(r"\W*(?:he|she|they|it|we)\s", re.IGNORECASE)
# a quick test first
_PRONOUN_AFTER_STOP = re.compile(r"[.!?][\"”’')]*\s+\W*(?:he|she|they|it|we)\s", re.IGNORECASE)


def _pronoun_led(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """The sentences after the first that open with a pronoun subject: (start, end, terms of the
    sentence before, which names the pronoun's referent)."""
    if not _PRONOUN_AFTER_STOP.search(text):
        return []
    spans = split_sentences(text)
    return [(s.start, s.end, frozenset(terms(text[p.start : p.end])))
            for p, s in zip(spans, spans[1:]) if _PRONOUN_SUBJECT.match(text[s.start : s.end])]


def answer_figure(text: str, asked: frozenset[str], counted: frozenset[str] = frozenset(), unit: str = ""
                  ) -> Figure | None:
    """The figure of the `unit` the question asks for ("dollar" for a money question: not "two longtime strategists"
    before "They have reserved $500,000"; `units.TIME` for a how-long question: any unit of time), then the one whose
    surrounding words share most of the question's `counted` terms (its lower-case words, which say what is counted:
    "state and local taxes"), then most of its terms (names of participants too), first on ties ("earned roughly $141
    million and paid nearly $44 million in federal income taxes": $44 million is the taxes' figure); the referent of
    a pronoun subject does not rank it (the sentence before names it for every figure)."""
    found = given_figures(text)
    if not found:
        return None
    return max(found, key=lambda f: (bool(unit) and unit_kind(f.unit) == unit, len(f.context & counted),
                                     len(f.context & asked), -found.index(f)))


def same_figure(a: Figure, b: Figure) -> bool:
    """True when one is the other rounded or truncated to the digits it shows."""
    if math.isclose(a.value, b.value, rel_tol=1e-9):
        return True
    coarse, fine = (a, b) if a.step >= b.step else (b, a)
    if coarse.step <= fine.step:
        return False
    return abs(fine.value - coarse.value) < coarse.step and (
        math.isclose(round(fine.value / coarse.step) * coarse.step, coarse.value, rel_tol=1e-9)
        or math.isclose(math.floor(fine.value / coarse.step) * coarse.step, coarse.value, rel_tol=1e-9))


def conflicting_figures(a: str, b: str, asked: frozenset[str], counted: frozenset[str] = frozenset(), unit: str = "",
                        measures: frozenset[str] = frozenset()) -> bool:
    """Both quotes answer with a figure of the same kind (`answer_figure`), and the figures differ. `measures`: the
    two quotes speak to one claim, so a measure in one of these units (dollars, gallons) one of them gives of the thing
    asked, the other gives of it too, in other words ("the repair at $4.2 million" / "the true cost would be closer to
    $9 million"); not a count ("1.5 million women" / "1.6 million women" for what a lawsuit could cost)."""
    fa, fb = answer_figure(a, asked, counted, unit), answer_figure(b, asked, counted, unit)
    if fa is None or fb is None or not one_count(fa.unit, fb.unit):  # "workers" / "employees": one count
        return False
    about = [bool((f.context | f.referent) & asked) for f in (fa, fb)]
    if not all(about) and not (fa.unit in measures and any(about)):
        return False  # each figure must be about the thing asked (its words, or its pronoun subject's referent)
    if not fa.unit and not (fa.context & fb.context & asked):
        return False  # bare numbers must at least count the same thing
    if any(same_figure(fb, f) for f in given_figures(a)) or any(same_figure(fa, f) for f in given_figures(b)):
        return False  # each quote also gives the other's figure: they agree on it (not when it denies it)
    if in_range(a, fb.value) or in_range(b, fa.value):
        return False  # "about 1,000-1,500 members" holds "1300 members"
    return figures_apart(fa, fb)


# A figure the quote denies: "at least seven soldiers were killed, not three", "not 40 but 400", "rather than 12"
_DENYING = re.compile(r"\b(?:not|rather than|instead of)\s*$", re.IGNORECASE)


def given_figures(text: str) -> tuple[Figure, ...]:
    """The figures a quote gives: not one it only writes to deny ("seven, not three" gives seven; a value also
    written without the denial is given)."""
    found = figures(text)
    if "not" not in text and "than" not in text and "instead" not in text:
        return found  # the common quote: no denial to read
    denied, kept = set(), set()
    for m in figure_matches(text):
        (denied if _DENYING.search(text[max(0, m.start() - 20) : m.start()]) else kept).add(_reading(m)[0])
    return tuple(f for f in found if f.value not in denied - kept)


# A range of figures in digits: "1,000-1,500", "1,000 to 1,500", "between 40 and 60"
_RANGE = re.compile(r"(?:\bbetween\s+)?(?<![\d,.])(\d[\d,]*(?:\.\d+)?)\s*(?:-|–|to|and)\s*"
                    r"(\d[\d,]*(?:\.\d+)?)(?![\d,]*\d)", re.I)


def in_range(text: str, value: float) -> bool:
    """`text` gives a range of figures in digits that holds `value` ("1,000-1,500" holds 1300); a year span
    ("2011-2014") holds nothing but years."""
    for m in _RANGE.finditer(text):
        if m.group(0)[:7].casefold() == "between" or "and" not in m.group(0):
            low, high = (float(g.replace(",", "")) for g in m.groups())
            if low < high and low <= value <= high and not (1900 <= low <= 2099 and high <= 2099):
                return True
    return False


def figures_apart(a: Figure, b: Figure) -> bool:
    """Two figures of one quantity that really differ: not one rounded from the other, not within a
    bound or a hedge, and not so far apart that they count different things ("indicted over $250,000"
    / "repaid $60,000"), nor a sum booked so far and a total (`booked_apart`)."""
    if max(a.value, b.value) > MAX_RATIO * min(a.value, b.value) or booked_apart(a, b):
        return False
    return not same_figure(a, b) and not within_bounds(a, b) and not roughly_same(a, b)


# Words that mark a sum as committed to date, not the whole: "placed so far", "already spent", "reserved" (stems with
# no other common sense: not "booked" / "placed", whose stems are "book sales" and "took place")
SO_FAR = frozenset(stem(w) for w in "far already reserved".split())


def booked_apart(a: Figure, b: Figure) -> bool:
    """Two sums of money, one marked as committed so far (`SO_FAR` among its words) and the other not: the amount
    booked to date and the total count two sums ("The flight is ultimately going to be $1 million, …  about $400,000
    has been placed so far" in one sentence; "They have reserved $500,000 of airtime" beside "is costing $1 million")
    """
    return a.unit == b.unit == "dollar" and bool(a.context & SO_FAR) != bool(b.context & SO_FAR)


def roughly_same(a: Figure, b: Figure) -> bool:
    """A hedged figure meets the other within one rounding step: "nearly $44 million" / "$43 million"."""
    return (a.approx or b.approx) and abs(a.value - b.value) <= max(a.step, b.step) * (1 + 1e-9)


def within_bounds(a: Figure, b: Figure) -> bool:
    """One figure is a bound the other meets: "more than $60,000" and "$250,000" agree, so do "fewer than 100" and
    "90"."""
    return any(x.bound > 0 and y.value >= x.value or x.bound < 0 and y.value <= x.value for x, y in ((a, b), (b, a)))


def figures_about_question(a: str, b: str, asked: frozenset[str], need: int = 2, counted: frozenset[str] = frozenset(),
                           unit: str = "") -> bool:
    """Each quote's answer figure has at least `need` of the question's terms around it: both
    count what was asked, whatever else the quotes are about."""
    fa, fb = answer_figure(a, asked, counted, unit), answer_figure(b, asked, counted, unit)
    return fa is not None and fb is not None and len(fa.context & asked) >= need and len(fb.context & asked) >= need
