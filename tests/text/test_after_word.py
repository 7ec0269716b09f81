"""`after_word` finds what a pattern compiled with the word in front would find."""

import re

import pytest

from app.text.after_word import after_word

NAME = re.compile(r"\s+(?:(?:with|to|against)\s+)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)\b")


@pytest.mark.parametrize("text, word", [
    ("Did Sestak beat Pat Toomey?", "beat"),
    ("Did Netanyahu meet with Mitt Romney?", "meet"),
    ("xbeat Pat Toomey, then beat Al Gore", "beat"),  # not inside another word: the second one
    ("beat him, then beat Al Gore", "beat"),  # the first occurrence has no name after it: the next one
    ("Did he beat them?", "beat"),  # none
    ("Did he win?", "beat"),  # the word is not there
    ("meet with Mitt Romney", ""),
])
def test_after_word_finds_what_the_pattern_with_the_word_in_front_finds(text, word):
    whole = re.search(rf"\b{re.escape(word)}{NAME.pattern}", text)
    found = after_word(text, word, NAME)
    assert (found and (found.groups(), found.end())) == (whole and (whole.groups(), whole.end()))


def test_the_name_after_a_word_standing_as_a_word():
    assert after_word("xbeat Pat Toomey, then beat Al Gore", "beat", NAME).group("name") == "Al Gore"
    assert after_word("Did Sestak beat Pat Toomey?", "beat", NAME).group("name") == "Pat Toomey"
    assert after_word("Did he beat them?", "beat", NAME) is None
