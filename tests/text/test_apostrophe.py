"""One apostrophe for every word: the printed one ("O’Halleran", "Trump’s", "don’t") is the typed one."""

import re

import pytest

from app.text.apostrophe import either, straight

PRINTED = ["Trump’s", "don’t", "O’Halleran", "Suthers’"]


@pytest.mark.parametrize("word", PRINTED)
def test_a_printed_apostrophe_is_written_as_typed(word):
    typed = word.replace("’", "'")
    assert straight(word) == typed and straight(typed) == typed


def test_straight_keeps_every_offset():
    text = "“I don’t know,” Tom O’Halleran said of Trump’s remarks."
    assert len(straight(text)) == len(text)
    assert straight(text).index("O'Halleran") == text.index("O’Halleran")


@pytest.mark.parametrize("word", PRINTED + [w.replace("’", "'") for w in PRINTED])
def test_a_word_typed_either_way_finds_both_spellings(word):
    pattern = re.compile(either(word))
    assert pattern.fullmatch(word.replace("’", "'")) and pattern.fullmatch(word.replace("'", "’"))


def test_either_matches_only_the_word_itself():
    assert not re.fullmatch(either("don't"), "dont") and not re.fullmatch(either("U.S."), "UxS.")
