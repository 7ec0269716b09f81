"""A question's words that only say what kind of answer it asks (`held_thing.kind_words`: "how many", "what date")
and its question words ("anything") are no terms a quote that rewords the question must hold (`answered.REWORDED`)."""

from app.answer.answered import answers_question
from app.answer.held_thing import kind_words
from tests.answer.test_sides import quote


def test_the_degree_word_after_how_and_a_time_noun_after_what_are_kind_words():
    assert kind_words("How many profiles did Chatterline delete?") == {"mani"}
    assert kind_words("On what date did Brightwell Labs discover the intrusion?") == {"date"}
    assert kind_words("What sentence did Hunter receive?") == set()  # the noun answered by its own word


def test_a_dated_quote_that_rewords_a_what_date_question_answers_it():
    q = "On what date did Brightwell Labs discover the intrusion?"
    dated = quote("Brightwell Labs found the intrusion on January 9 but told no customer until February 20.", "A",
                  "left", 0.9)
    undated = quote("Brightwell Labs found the intrusion after a routine audit of its customer databases.", "A",
                    "left", 0.9)
    assert answers_question(q, [dated], [None], [0.7])
    assert not answers_question(q, [dated], [None], [0.5])  # not close enough to the question to reword it
    assert not answers_question(q, [undated], [None], [0.7])  # no date: the element asked is not there


def test_a_question_word_is_no_term_the_rewording_quote_must_hold():
    q = "Did the White House do anything wrong in its talks with Joe Sestak?"
    said = quote("The White House said nothing improper happened in its talks with Rep. Joe Sestak.", "A", "left", 0.9)
    assert answers_question(q, [said], [None], [0.7])
    assert not answers_question(q, [said], [None], [0.5])
