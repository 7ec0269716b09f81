"""Sentence splitting looks back a bounded window for abbreviations, and still finds them late in long texts."""

from app.text.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviation_far_into_a_long_paragraph_does_not_end_a_sentence():
    filler = "The council met again. " * 400
    text = filler + "They heard Dr. Lane speak. Then they left."
    assert _sentences(text)[-2:] == ["They heard Dr. Lane speak.", "Then they left."]


def test_a_word_longer_than_the_lookback_window_still_ends_its_sentence():
    long_word = "x" * 100 + ".y" * 10
    text = f"See {long_word}. Next sentence here."
    assert _sentences(text) == [f"See {long_word}.", "Next sentence here."]
