"""A sentence whose extension reaches into a better quote makes no quote of its own, but that quote may grow to hold
it (`Quote.grown`); a when / where / how many / who answer opens with the grown quote when only the sentence it adds
answers ("In a tweet on Friday night, …" beside "The comment comes two days after …"). Pure: hand-made passages."""

from __future__ import annotations

import numpy as np

from app.answer.opening import grown
from app.answer.retrieve import Hit
from app.answer.select import asked, rank_quotes
from app.answer.sides import pick
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

TWEET = "In a tweet on Friday night, the mayor said he had decided to put the park decision on hold."
COMMENT = "The comment comes two days after the city announced that it would close the whole park to visitors."
TEXT = f"{TWEET} {COMMENT}"


def ranked(question: str, text: str = TEXT, lean: float = 0.7) -> list:
    """`text`'s quotes for `question`: its second sentence the question's own vector, its first one `lean` toward it."""
    spans = split_sentences(text)
    q = np.eye(16, dtype=np.float32)[0]
    first = lean * q + np.sqrt(1 - lean * lean) * np.eye(16, dtype=np.float32)[1]
    vectors = np.stack([first, q, *(np.eye(16, dtype=np.float32)[2:2 + len(spans) - 2])])[: len(spans)]
    chunk = StoredChunk("c", "d", 0, len(text), text, {"outlet": "Fox News", "stance": "x"})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, Sentences.of(spans, vectors, text))
    known = {text[s.start:s.end]: v for s, v in zip(spans, vectors, strict=True)}
    return rank_quotes(asked(question), [hit], q, lambda texts: np.stack([known[t] for t in texts]),
                       lambda _terms, _text: 0.0)


def test_a_sentence_reaching_into_a_better_quote_grows_that_quote_verbatim():
    quotes = ranked("When did the mayor tweet about the park?")
    assert [q.text for q in quotes] == [COMMENT]  # the tweet sentence makes no quote of its own (it would overlap)
    g = quotes[0].grown
    assert g is not None and g.text == TEXT[g.start:g.end] == TEXT
    assert g.score == quotes[0].score  # the quote's own score: no margin moves


def test_a_sentence_far_below_the_quote_it_reaches_into_still_grows_it_but_only_once():
    text = f"{TWEET} {COMMENT} Officials said at a briefing that this was the third such closure of the year."
    quotes = ranked("When did the mayor tweet about the park?", text)
    assert quotes[0].grown is not None and quotes[0].grown.text == f"{TWEET} {COMMENT}"


def test_a_when_answer_opens_with_the_grown_quote_when_only_the_sentence_it_adds_gives_the_time():
    question = "When did the mayor tweet about the park?"
    quotes = ranked(question)
    assert grown(asked(question), question, quotes) == [quotes[0].grown]
    picked = pick(asked(question), question, quotes, np.eye(len(quotes), 2, dtype=np.float32))
    assert [q.text for q in picked.quotes] == [TEXT]


def test_a_yes_no_question_keeps_the_quote_as_it_scored():
    question = "Did the mayor tweet about the park?"
    quotes = ranked(question)
    assert grown(asked(question), question, quotes) == quotes


def test_a_quote_that_answers_already_does_not_grow():
    question = "When did the mayor tweet about the park?"
    quotes = ranked(question, "On Thursday the mayor sent a first tweet about the park, his aides told reporters. "
                              "On Friday night the mayor said in a tweet that he had put the park decision on hold.")
    assert quotes[0].grown is not None  # the first sentence reached into the second, which answers
    assert grown(asked(question), question, quotes) == quotes


def test_a_quote_does_not_grow_by_a_sentence_that_does_not_answer_alone():
    question = "When did the mayor tweet about the park?"
    quotes = ranked(question, "The mayor wrote about the park in a tweet. "
                              "On Friday the city said it would close the whole park to visitors for the winter.")
    assert quotes[0].grown is not None  # the short first sentence reached into the second
    assert grown(asked(question), question, quotes) == quotes  # the act in one, the day in the other: no answer
