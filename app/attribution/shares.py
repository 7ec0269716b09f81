"""Shares written in words ("two-thirds of voters", "a quarter of", "half of", "one in five Americans", "a majority
of"), read as percents, so that a share compares
with a percent ("two-thirds" / "67 percent") and never with a count: "one in five Americans" counts no five
Americans, "two-thirds" no two thirds.

A share in words is a rounded one: it is hedged (`figures.Figure.approx`) with a step of one point. A majority is
more than half (a lower bound). A singular fraction is a share only before "of" ("a third of", not "a third term"),
a plural one only hyphenated or before "of" ("two-thirds majority", "three fifths of"; not "the last two quarters").
"""

from __future__ import annotations

import re

from app.attribution.number_words import VALUES, lowered

_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                 "eighth": 8, "ninth": 9, "tenth": 10}
_SMALL = r"one|two|three|four|five|six|seven|eight|nine|ten"
_SINGULAR = r"half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_PLURAL = r"halves|thirds|quarters|fourths|fifths|sixths|sevenths|eighths|ninths|tenths"
_OF = r"(?=\s+of\b)"
# "one in five" is a share, "two in three days" a count in a span of time, "3 in 2019" a count in a year
_SPAN = r"\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\b"
SHARE_FIRST = r"\daefhnost"  # every alternative starts with one of these: tested first (the same matches, sooner)
SHARE = re.compile(
    rf"(?=[{SHARE_FIRST}])\b(?:"
    rf"(?P<num>\d{{1,3}}|{_SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?"  # "one in five"
    rf"(?P<pct>\d{{1,3}}|{_SMALL})\b(?![.,]?\d|{_SPAN})"
    rf"|(?P<n2>a|one)[\s-](?P<d2>{_SINGULAR}){_OF}"  # "a third of", "one-quarter of"
    rf"|(?P<n3>{_SMALL})(?:-(?P<d3>{_PLURAL})\b|\s+(?P<d4>{_PLURAL}){_OF})"  # "two-thirds", "three fifths of"
    rf"|(?P<d5>half)(?=\s+(?:of|the|their|its|his|her|all)\b)"  # "half of", "half the"
    rf"|(?:a|the)\s+(?P<d6>majority)(?=\s+of\b))", re.IGNORECASE)  # "a majority of": more than half


def shares(text: str) -> list[re.Match]:
    """The shares in `text` (matches of `SHARE`)."""
    return list(SHARE.finditer(text)) if _may_share(text) and _CUE.search(text) else []


_CUE = re.compile(rf"\b(?:in|out of|{_SINGULAR}|{_PLURAL}|majority)\b", re.IGNORECASE)
# What every `SHARE` match holds, lower-cased: a fraction word ("thirds" holds "third"), "majority", or a number then
# "in" / "out" ("one in five"); `_CUE` (its "in" is in most sentences: 24 us a two-sentence quote) runs only then
_FRACTIONS = ("half", "halves", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
              "majority")
_IN_OUT = re.compile(r"\s+(?:in|out)\s")
_SMALL_WORDS = tuple(_SMALL.split("|"))


def _may_share(text: str) -> bool:
    """A quick necessary test before `_CUE` and `SHARE` (see `_FRACTIONS`); True when `lowered` cannot tell."""
    low = lowered(text)
    return low is None or any(w in low for w in _FRACTIONS) or any(_number_before(low, m.start())
                                                                   for m in _IN_OUT.finditer(low))


def _number_before(low: str, at: int) -> bool:
    """Whether a digit or a small number word ends `low` at `at` (before the spaces ahead of "in" / "out": a match of
    `_IN_OUT` starts at the first of them, as no match before it can hold the number's last character)."""
    return at > 0 and (low[at - 1].isdigit() or low.endswith(_SMALL_WORDS, 0, at))


def share_value(m: re.Match) -> tuple[float, int]:
    """(percent, bound) of a `SHARE` match: "two-thirds" → (66.67, 0), "one in five" → (20, 0), "a majority of" →
    (50, 1): more than half."""
    if m.group("d6"):
        return 50.0, 1
    if m.group("num"):
        num, den = _number(m.group("num")), _number(m.group("pct"))
    else:
        word = next(m.group(g) for g in ("d2", "d3", "d4", "d5") if m.group(g))
        num = _number(m.group("n2") or m.group("n3") or "one")
        den = _DENOMINATORS[word.casefold().removesuffix("s") if word.casefold() != "halves" else "halves"]
    return (100.0 * num / den if den else 0.0), 0


def _number(word: str) -> float:
    return float(word) if word[0].isdigit() else float(VALUES[word.casefold()])
