"""A name typed with a straight apostrophe ("O'Halleran") is the name the article prints with a curly one
("O’Halleran"): questions are typed, news text is typeset."""

from app.answer.asked import asked
from app.answer.same_name import name_terms
from app.answer.signals import name_keys, speaker_match
from app.answer.source_asked import name_words
from app.answer.speaks import speaks_in
from app.attribution.links import Link

QUESTION = "What did Tom O'Halleran say about ethics violations?"


def test_the_question_s_name_words_fold_a_curly_apostrophe():
    assert asked("What did Tom O’Halleran say about ethics violations?").speakers == asked(QUESTION).speakers


def test_a_chain_name_with_a_curly_apostrophe_is_the_typed_name():
    assert "o'halleran" in name_keys("Tom O’Halleran")
    assert name_terms("Tom O’Halleran") == name_terms("Tom O'Halleran")


def test_a_typed_surname_matches_the_printed_chain():
    links = (Link("Tom O’Halleran", "quotes"),)
    assert speaker_match(links, asked(QUESTION).speakers - {"tom"})


def test_a_typed_surname_speaks_in_the_printed_sentence():
    text = "“We must hold our leaders to the highest standards,” Representative Tom O’Halleran said in a statement."
    assert speaks_in(text, frozenset({"o'halleran"}))


def test_a_source_s_name_words_are_read_as_typed_whichever_apostrophe():
    assert name_words("Tom O’Halleran") == name_words("Tom O'Halleran") == {"tom", "o'halleran"}


def test_a_possessive_is_no_name_word_whichever_apostrophe():
    assert name_words("Donald Trump’s") == name_words("Donald Trump's") == {"donald"}
