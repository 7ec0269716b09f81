"""`Asked.said`: the question asks what a named source said; kept on the question as first read (`once`), and a
question made from it with other speakers reads its own."""

from dataclasses import replace

from app.answer.asked import asked


def test_a_question_about_what_a_source_said_is_said_and_others_are_not():
    assert asked("What did Javad Zarif say about the social media sites?").said
    assert not asked("How many members does the cyber unit have?").said


def test_said_follows_the_speakers_of_the_question_it_is_read_on():
    ask = asked("What did Javad Zarif say about the social media sites?")
    assert ask.said  # read once: kept on this question
    assert not replace(ask, speakers=frozenset()).said
    plain = asked("How many members does the cyber unit have?")
    assert not plain.said and replace(plain, speakers=frozenset({"zarif"})).said
