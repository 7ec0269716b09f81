"""Amounts written in words that are no number: a change by a share ("dwindled by more than half", "cut in half",
"halved"), a multiple ("doubled", "tripled", "a threefold rise") and a small vague count ("a handful of states").

News states an amount or a change in these words as often as in digits; `units.figure_matches` reads them beside the
digits, shares and number words, and `figures.figures` gives each a value, a unit and a kind:
- a share of change is a percent ("by more than half": 50, a lower bound; "halved": 50), hedged as every share in
  words is (`figures.Figure.approx`, a step of one point);
- a multiple counts in "fold" ("doubled": 2, "a threefold rise": 3), never in "times", which a question counts
  ("How many times …": occasions, not a multiple);
- a handful counts the noun after "of" ("a handful of states": about five states);
- "nearly / almost / virtually all of" is a share of at most 100 percent (an upper bound: it agrees with any share
  below it). "A fraction of" is not read: it gives no value to compare.
An adjective is no change: "double vision", "a double standard", "half-century" are not read; nor is an idiom of the
verb ("doubled down" on a claim, "doubled over" in pain).
"""

from __future__ import annotations

import re

from app.attribution.number_words import VALUES, may_hold

FOLD = "fold"  # the unit of a multiple ("doubled": 2 fold)
_HEDGE = r"(?P<hedge>(?:more|less|fewer)\s+than|over|under|nearly|almost|about|roughly|around|close\s+to|some)\s+"
_MULTIPLES = {"doubl": 2, "tripl": 3, "quadrupl": 4}
_SMALL = r"two|three|four|five|six|seven|eight|nine|ten"
# The same groups as `units.FIGURE` (none of them written: `units.figure_unit` reads the kind by the group that matched)
AMOUNT = re.compile(
    r"(?=[bihdtqa-z\d])\b(?P<dollar>(?!))?(?P<unit1>(?!))?(?P<scale>(?!))?(?P<pct>(?!))?(?:"
    rf"(?:by|in)\s+(?:{_HEDGE})?(?P<half>half)\b(?![-\w])"  # "by more than half", "cut in half"
    r"|(?P<halved>halv(?:ed|ing))\b"  # "halved", "halving"
    r"|(?P<mult>doubl|tripl|quadrupl)(?:ed|ing)\b(?!\s+(?:down|over|back)\b)"  # "doubled"; not "doubled down"
    rf"|(?P<fold>{_SMALL}|\d{{1,3}})-?fold\b"  # "threefold", "10-fold"
    r"|an?\s+(?P<handful>handful)\s+of\s+(?P<unit2>[a-z]+)"  # "a handful of states"
    r"|(?P<all>(?:nearly|almost|virtually|practically)\s+all)(?=\s+of\b))", re.IGNORECASE)  # "nearly all of"
_WORDS = ("half", "halv", "doubl", "tripl", "quadrupl", "fold", "handful", "all")  # every `AMOUNT` match holds one
_BOUND = {"more than": 1, "over": 1, "less than": -1, "fewer than": -1, "under": -1}


def may_be_amount(text: str) -> bool:
    """A quick necessary test before `AMOUNT`: a word every match holds (`number_words.may_hold`)."""
    return may_hold(text, _WORDS)


def amounts(text: str) -> list[re.Match]:
    """The amounts in words of `text` (matches of `AMOUNT`)."""
    return list(AMOUNT.finditer(text)) if may_be_amount(text) else []


def amount_value(m: re.Match) -> tuple[float, float, int]:
    """(value, rounding step, bound) of an `AMOUNT` match: "by more than half" → (50, 1, 1), "doubled" → (2, 1, 0),
    "a handful of" → (5, 5, 0): about five, known to five."""
    if m.group("handful"):
        return 5.0, 5.0, 0
    if m.group("all"):  # "nearly all of": all at most, so it agrees with any lower share (never a false dispute)
        return 100.0, 1.0, -1
    if m.group("mult"):
        return float(_MULTIPLES[m.group("mult").casefold()]), 1.0, 0
    if m.group("fold"):
        word = m.group("fold").casefold()
        return float(word) if word.isdigit() else float(VALUES[word]), 1.0, 0
    hedge = re.sub(r"\s+", " ", (m.group("hedge") or "").casefold())
    return 50.0, 1.0, _BOUND.get(hedge, 0)


def amount_unit(m: re.Match) -> str:
    """The unit of an `AMOUNT` match: "percent" for a share of change, `FOLD` for a multiple, the stem of the noun
    counted for a handful (left to `units.figure_unit`, which stems it: "" here)."""
    if m.group("half") or m.group("halved") or m.group("all"):
        return "percent"
    return FOLD if m.group("mult") or m.group("fold") else ""


def is_change(text: str) -> bool:
    """A figure's text (`figures.Figure.text`) is a change in words: a share of change or a multiple ("by more than
    half", "halved", "doubled", "threefold"), which measures the words around it as digits do; a handful counts what
    its noun says, as a number word does."""
    m = AMOUNT.fullmatch(text)
    return m is not None and not m.group("handful") and not m.group("all")
