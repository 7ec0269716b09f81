"""Figures written in English words ("two trophies", "One-hundred candidates", "a dozen states", "three million
dollars"), matched with the group names of `units.FIGURE` so one reading of units serves both.

A lone "one" or "a" is not read (a pronoun or an article far more often than a count: "one of them", "no one");
with "hundred", "dozen" or a scale word after it, it is ("a hundred", "one million"). A plural before "of" ("dozens
of", "hundreds of", "tens of thousands of") is a hedged lower bound (`MANY`): at least two of it.
"""

from __future__ import annotations

import re

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
VALUES = {w: i for i, w in enumerate(_UNITS)} | {w: 20 + 10 * i for i, w in enumerate(_TENS)} | {"a": 1}
_MULTIPLIERS = {"hundred": 100, "dozen": 12}

_SMALL = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS[2:][::-1])})"
_MULTIPLIED = r"(?:a|one)(?=[\s-]+(?:hundred|dozen|thousand|million|billion|trillion)\b)"
_HUNDREDS = rf"(?:{_SMALL}|{_MULTIPLIED})[\s-]+(?:hundred|dozen)(?:(?:\s+and)?[\s-]+{_SMALL})?"
# The same groups as `units.FIGURE` (no dollar sign: "$" is never written before words)
# A number word starts with one of these letters: the engine tests the one class at each position before trying the
# alternatives (the same matches, about twice as soon; so for `MANY` with MANY_FIRST)
WORD_FIRST, MANY_FIRST = "aefnost", "bdhmt"
WORD_FIGURE = re.compile(
    rf"(?=[{WORD_FIRST}])\b(?P<dollar>(?!))?(?P<num>{_HUNDREDS}|{_SMALL}|{_MULTIPLIED})\b(?:-(?P<unit1>[a-z]+))?"
    r"(?:[\s-]+(?P<scale>thousand|million|billion|trillion))?(?:\s*(?P<pct>percent|%))?"
    r"(?:\s+(?P<unit2>[a-z]+))?", re.IGNORECASE)


_WORDS = frozenset(_UNITS[2:] + _TENS + "hundred dozen thousand million billion trillion".split())
_LETTERS = re.compile(r"[a-z]+")


def has_number_words(text: str) -> bool:
    """A quick test before `WORD_FIGURE` (whose alternatives cost 20 us a sentence): a word every match holds."""
    return not _WORDS.isdisjoint(_LETTERS.findall(text.lower()))


_SMALL_WORDS = frozenset(_UNITS[2:] + _TENS)
_SCALE_WORDS = frozenset("hundred dozen thousand million billion trillion".split())
_MULTIPLIED_AT = re.compile(rf"(?=[ao])\b{_MULTIPLIED}", re.IGNORECASE)  # "a thousand", "one-hundred"


def may_be_word_figure(text: str) -> bool:
    """A narrower `has_number_words`: every `WORD_FIGURE` match starts with a small number word ("two", "twenty") or
    with "a" / "one" before a scale word ("a thousand"), so a scale word alone ("several thousand", "$43 million", in
    most texts with a number word) rules no match in (`lowered`: as `has_number_words` when it cannot tell)."""
    low = lowered(text)
    if low is None:
        return has_number_words(text)
    runs = set(_LETTERS.findall(low))
    return not runs.isdisjoint(_SMALL_WORDS) or (not runs.isdisjoint(_SCALE_WORDS)
                                                 and _MULTIPLIED_AT.search(text) is not None)


def word_value(num: str) -> float:
    """The value of a `WORD_FIGURE` match's number words: "One-hundred" → 100, "twenty-five" → 25,
    "two dozen" → 24."""
    total = 0
    for word in re.split(r"[\s-]+", num.casefold()):
        if word in _MULTIPLIERS:
            total = (total or 1) * _MULTIPLIERS[word]
        elif word != "and":
            total += VALUES[word]
    return float(total)


# "hundreds of protesters", "tens of thousands of dollars": the same groups as `units.FIGURE`, what is counted the
# word after "of"
_PLURAL = r"(?:dozens|hundreds|thousands|millions|billions)"
MANY = re.compile(rf"(?=[{MANY_FIRST}])\b(?P<dollar>(?!))?(?P<num>(?:tens|hundreds)\s+of\s+{_PLURAL}|{_PLURAL})"
                  r"(?P<unit1>(?!))?(?P<scale>(?!))?(?P<pct>(?!))?\s+of\s+(?P<unit2>[a-z]+)", re.IGNORECASE)
_MAGNITUDES = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9}
_MANY_WORDS = ("dozens", "hundreds", "thousands", "millions", "billions")  # every `MANY` match holds one


def may_be_many(text: str) -> bool:
    """A quick necessary test before `MANY` (13 us a two-sentence quote, and 3 of 100 hold a match): a word every
    match holds (`may_hold`)."""
    return may_hold(text, _MANY_WORDS)


# Characters IGNORECASE matches to an ASCII letter that str.lower() does not turn into it (the engine reads "ſ" as
# "s"; "İ" lowers to "i" and a combining dot): a text holding one may match where its lower-cased form shows no word
UNFOLDED = ("\u0130", "\u0131", "\u017f")


def lowered(text: str) -> str | None:
    """`text` lower-cased, in which a case-insensitive pattern's ASCII words show as they are written in it; None
    when it holds an `UNFOLDED` character (a quick test on the lower-cased text cannot rule a match out)."""
    return None if any(c in text for c in UNFOLDED) else text.lower()


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` may hold one of `words` (lower-case ASCII) in any case: a necessary test for a case-insensitive
    pattern every match of which holds one of them (True when `lowered` cannot tell)."""
    low = lowered(text)
    return low is None or any(w in low for w in words)


def many_value(num: str) -> tuple[float, float]:
    """(lower bound, rounding step) of a `MANY` match's words: "hundreds" → (200, 100), "tens of thousands" →
    (20000, 10000): two of the magnitude at least, known to the magnitude."""
    size = 1.0
    for word in num.casefold().split():
        size *= _MAGNITUDES.get(word, 1.0)
    return 2 * size, size
