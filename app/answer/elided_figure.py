"""A figure whose counted noun the sentence leaves to a reference: "Marr said the real number was 'fewer than 30'",
"The government insists the number is below 50,000", "officials put the toll at closer to 40".

The other side of a figure dispute often answers the claim just told without naming what is counted again: its
figure is bare ("30", no unit), so no test of a unit (`units.figure_units`) finds it, and the dispute goes unflagged.
The reading: a bare figure in digits after "the (real / actual / true / official) number / figure / total / toll /
count / tally is / was / at" (with a bound or a hedge between: "is below", "was 'fewer than"; never "the number of
…": that names its own noun) counts what the nearest figure with a noun before it in the passage counts. Given that
noun, `with_unit` writes the sentence with the noun after the figure, so the figure rules read it as they read any.
Pure functions of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from app.attribution.units import FIGURE, figure_matches, figure_unit, is_label, is_year
from app.text.sentences import split_sentences

# the reference before the bare figure ("the real number was \"fewer than", "the number is below", "the toll at")
_REFERENCE = re.compile(
    r"\bthe\s+(?:(?:real|actual|true|correct|official|likely)\s+)?(?:number|figure|total|toll|count|tally)\s+"
    r"(?:(?:is|was|are|were|stood|stands|would\s+be|will\s+be|to\s+be|remains|remained)\s+)?(?:at\s+)?[\"“']?"
    r"(?:(?:closer|nearer)\s+to\s+|more\s+like\s+|only\s+|just\s+)?"
    r"(?:(?:less|fewer|more)\s+than\s+|under\s+|below\s+|above\s+|over\s+|at\s+least\s+|at\s+most\s+|about\s+|"
    r"around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?$", re.IGNORECASE)
LEAD = 70  # characters before a figure read for the reference
BEFORE = 600  # characters of the passage before a sentence read for the figure it refers back to


# what `_REFERENCE` cannot match without, in lowercase: a text holding none, or none that a figure follows within LEAD
# characters, has no figure to read (a whole article is tested for one; most hold none). re.IGNORECASE matches exactly
# the characters whose lowercase is the pattern's, but for the dotted and dotless i ("İ", "ı"): a text holding one is
# read whole.
_REFERENCE_NOUN = re.compile(r"the\s+(?:(?:real|actual|true|correct|official|likely)\s+)?"
                             r"(?:number|figure|total|toll|count|tally)\s")
_FIGURE_START = re.compile(r"[$\d]")  # where a match of FIGURE may start (its lookahead)


def may_refer(text: str) -> bool:
    """Whether `text` may hold a figure a reference gives (`elided`): False only when it cannot, for no reference
    phrase stands in it, or none with a figure's first character within LEAD characters after its start (positions
    compared only when lowercasing kept every character's place)."""
    if "\u0130" in text or "\u0131" in text:
        return True
    low = text.lower()
    starts = [m.start() for m in _REFERENCE_NOUN.finditer(low)]
    return bool(starts) and (len(low) != len(text) or any(_FIGURE_START.search(text, p, p + LEAD + 1) for p in starts))


def elided(text: str) -> re.Match | None:
    """The first bare figure in digits of `text` that a reference (`_REFERENCE`) gives, or None. The reference is
    looked for first: most figures have none, and their unit, label or year is not read."""
    if not may_refer(text):
        return None
    for m in FIGURE.finditer(text):
        if _REFERENCE.search(text, max(0, m.start() - LEAD), m.start()) and not (
                is_year(m) or is_label(text, m) or m.group("dollar") or m.group("pct") or figure_unit(text, m)):
            return m
    return None


def elided_span(text: str) -> tuple[int, int] | None:
    """The [start, end) of the sentence of `text` that holds its elided figure, or None."""
    m = elided(text)
    return None if m is None else next(((s.start, s.end) for s in split_sentences(text)
                                        if s.start <= m.start() < s.end), None)


def with_unit(text: str, word: str) -> str | None:
    """`text` with `word` written after its elided figure ("the number is below 50,000 voters and says …"); None when
    it has none."""
    m = elided(text)
    if m is None:
        return None
    at = m.end("scale") if m.group("scale") else m.end("num")
    return f"{text[:at]} {word}{text[at:]}"


def unit_word(text: str, unit: str) -> str | None:
    """The word `text` writes for a figure's `unit` ("voters" for "voter"), or None."""
    for m in figure_matches(text):
        if m.re is FIGURE and figure_unit(text, m) == unit:
            return next((w for w in re.findall(r"[A-Za-z-]+", text[m.end("num"):m.end("num") + 60])
                         if figure_unit(f"2 {w}", next(FIGURE.finditer(f"2 {w}"))) == unit), None)
    return None


def refers_to(before: str, unit: str) -> bool:
    """The nearest figure with a noun in `before` (the passage up to the sentence) counts `unit`: what "the number"
    of the sentence refers back to."""
    text = before[-BEFORE:]
    units = [u for m in figure_matches(text) if (u := figure_unit(text, m))]
    return bool(units) and units[-1] == unit
