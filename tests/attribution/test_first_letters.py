"""Patterns scanned over every quote text test their first letters before their alternatives (a lookahead the engine
checks at each position first): the very matches, groups and order of the pattern without it, sooner."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.answer import rejected_claim
from app.attribution import contradict as cx
from app.attribution import number_words as nw
from app.attribution import shares as sh

CORPUS = Path(__file__).parents[2] / "corpus"
CUES = ("One-hundred Two thousand A HUNDRED a dozen states, Tens of Thousands of dollars and Dozens of people; "
        "two-thirds of voters, One in Five Americans, a Majority of them, THE majority of, Half of the 3 in 5. "
        "Seventy-five Eleven NINETY nine. There is no proof, there WAS no basis; No evidence. That was never the case, "
        "which is not true, It is not so, this was not correct. NOT never DON’T İsn’t Whatsoever hard-pressed.")
PATTERNS = [(nw.WORD_FIGURE, nw.WORD_FIRST), (nw.MANY, nw.MANY_FIRST), (sh.SHARE, sh.SHARE_FIRST),
            (cx._DENIES_BEFORE, "tiw"), (rejected_claim._NONE_THERE, "tn"), (cx.NEGATION, cx.NEGATION_FIRST)]


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] + [CUES, CUES.lower(), CUES.upper()]


@pytest.mark.parametrize("pattern,first", PATTERNS)
def test_a_pattern_that_tests_its_first_letters_first_matches_as_without(pattern: re.Pattern, first: str):
    prefix = f"(?=[{first}])"
    assert pattern.pattern.startswith(prefix)
    without = re.compile(pattern.pattern.removeprefix(prefix), pattern.flags)
    found = 0
    for text in _texts():
        for part in (text, *(text[i : i + 120] for i in range(0, len(text), 53))):
            expected = [(m.span(), m.groups()) for m in without.finditer(part)]
            assert [(m.span(), m.groups()) for m in pattern.finditer(part)] == expected
            found += len(expected)
    assert found >= 3  # the texts hold matches of each
