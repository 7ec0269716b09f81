"""A figure question's best quote may hold its figure only in the neighbour sentence it grew to hold
(`Quote.grown`): "Ruiz, 52, is a three-term mayor …" beside "Her family has run …". Before the answer check the quote
stands as its grown form when only the sentence it adds gives the figure asked (`figure_grown`); a neighbour with a
figure of another quantity leaves it as it scored. An age asked in other words is an age question (`age_asked`).
Pure: hand-made passages, as in test_grown_quote."""

from __future__ import annotations

import numpy as np

from app.answer.answered import answers_question
from app.answer.figure_grown import figure_grown
from app.answer.measure import measure_given
from app.answer.retrieve import Hit
from app.answer.select import asked, rank_quotes
from app.answer.sides import CLOSE
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

AGED = "Ruiz, 52, is a three-term mayor who served two tours in the Navy."
FAMILY = "Her family has run the town of Port Alma for decades, and her mother, Elena Ruiz, was mayor before her."


def ranked(question: str, first: str, second: str = FAMILY) -> list:
    """The quotes of `first second` for `question`: the second sentence the question's own vector, the first one
    leaning toward it (its span reaches into the second's quote)."""
    text = f"{first} {second}"
    spans = split_sentences(text)
    eye = np.eye(16, dtype=np.float32)
    vectors = np.stack([0.7 * eye[0] + np.sqrt(1 - 0.49) * eye[1], eye[0]])
    chunk = StoredChunk("c", "d", 0, len(text), text, {"outlet": "Fox News", "stance": "x"})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, Sentences.of(spans, vectors, text))
    known = {text[s.start:s.end]: v for s, v in zip(spans, vectors, strict=True)}
    return rank_quotes(asked(question), [hit], eye[0], lambda texts: np.stack([known[t] for t in texts]),
                       lambda _terms, _text: 0.0)


def test_an_age_in_the_neighbour_sentence_makes_the_quote_its_grown_form():
    question = "How old is Elena Ruiz's daughter?"
    quotes = ranked(question, AGED)
    assert [q.text for q in quotes] == [FAMILY] and quotes[0].grown is not None
    grown = figure_grown(asked(question), quotes, CLOSE)
    assert [q.text for q in grown] == [f"{AGED} {FAMILY}"]


def test_the_grown_quote_answers_where_the_sentence_alone_does_not():
    question = "How old is Elena Ruiz's daughter?"
    quotes = ranked(question, AGED)
    assert not answers_question(question, quotes, [None])
    assert answers_question(question, figure_grown(asked(question), quotes, CLOSE), [None])


def test_a_count_in_the_neighbour_sentence_answers_how_many():
    question = "How many tours did the mayor of Port Alma serve in the Navy?"
    quotes = ranked(question, "Ruiz is a three-term mayor who served two tours in the Navy.")
    assert quotes[0].grown is not None
    assert figure_grown(asked(question), quotes, CLOSE)[0] is quotes[0].grown


def test_a_neighbour_with_a_figure_of_another_quantity_leaves_the_quote_as_it_scored():
    question = "How old is Elena Ruiz's daughter?"
    quotes = ranked(question, "Ruiz won 52 percent of the vote in a three-way race last fall.")
    assert quotes[0].grown is not None
    assert figure_grown(asked(question), quotes, CLOSE) == quotes


def test_a_question_asking_no_figure_keeps_the_ranking():
    question = "Who ran the town of Port Alma before Ruiz?"
    quotes = ranked(question, AGED)
    assert figure_grown(asked(question), quotes, CLOSE) == quotes


def test_an_age_asked_in_other_words_is_an_age_question():
    for question in ("What is Elena Ruiz's age?", "What was the age of the mayor?", "At what age did she retire?",
                     "What age was the mayor when she took office?"):
        assert asked(question).age and asked(question).figure, question


def test_a_noun_phrase_headed_by_another_noun_asks_no_age():
    for question in ("What is the age limit for hunters?", "What age group voted most?",
                     "What is the average age of voters?"):
        assert not asked(question).age, question


def test_a_measure_pinned_to_a_place_is_given_only_by_a_figure_naming_that_place():
    west = "In the West, the wolf population numbers about 6,000."
    assert not measure_given("What is the size of the wolf population in Montana?", [west])
    assert measure_given("What is the size of the wolf population in Montana?",
                         ["Montana's wolf population has grown to about 1,100 animals."])
    assert measure_given("What is the size of the wolf population?", [west])  # no place pinned
    assert measure_given("What was the size of the wolf population in January?", [west])  # a time is no place
