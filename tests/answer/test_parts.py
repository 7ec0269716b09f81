"""A part asked of a whole: "How many of the mayor's speeches in 2013 were abroad?" opens with the figure that counts the
part ("Fifteen of his speeches were abroad"), not the whole's ("41 speeches"), whether the part made a quote of its own
(`part_first`) or only grew the whole's quote (`part_grown`); a question that asks the whole keeps the whole's figure.
Pure: hand-made passages."""

from __future__ import annotations

import numpy as np

from app.answer.opening import grown, plain_order
from app.answer.parts import names_part, part_first, part_words, qualifiers
from app.answer.retrieve import Hit
from app.answer.select import Quote, asked, rank_quotes
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

WHOLE = "In all, the mayor earned $1.2 million in 2013, also for 41 speeches, the best paid of them in Chicago."
PART = "Fifteen of his speeches were abroad."
ABROAD = "How many of the mayor's speeches in 2013 were abroad?"


def ranked(question: str, text: str = f"{WHOLE} {PART}") -> list[Quote]:
    """`text`'s quotes for `question`: its first sentence the question's own vector, the others far from it."""
    spans = split_sentences(text)
    eye = np.eye(16, dtype=np.float32)
    chunk = StoredChunk("c", "d", 0, len(text), text, {"outlet": "The Times", "stance": "x"})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, Sentences.of(spans, eye[: len(spans)], text))
    known = {text[s.start:s.end]: v for s, v in zip(spans, eye, strict=False)}
    return rank_quotes(asked(question), [hit], eye[0], lambda texts: np.stack([known[t] for t in texts]),
                       lambda _terms, _text: 0.0)


def quote(text: str, score: float, outlet: str) -> Quote:
    chunk = StoredChunk(outlet, outlet, 0, len(text), text, {"outlet": outlet, "stance": "x"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), score)


def test_what_a_part_question_says_of_the_part_follows_the_whole():
    assert part_words(ABROAD) == "were abroad"
    assert part_words("How many of the named plaintiffs attended the argument?") == "attended the argument"
    assert part_words("How much of the campaign money did Duncan Hunter repay?") == "did Duncan Hunter repay"
    assert part_words("How many speeches did the mayor give in 2013?") == ""  # no part asked


def test_the_qualifiers_are_the_part_words_the_best_quote_lacks_and_no_names():
    question = "How much of the campaign money did Duncan Hunter repay?"
    assert qualifiers(asked(question), question, "Hunter converted $250,000 in campaign money.") == {"repay"}
    assert qualifiers(asked(ABROAD), ABROAD, PART) == frozenset()  # the best quote holds them: nothing to find


def test_a_number_of_a_whole_the_question_names_is_a_part():
    assert names_part(asked(ABROAD), PART)
    assert not names_part(asked(ABROAD), "Fifteen of them were abroad.")  # the whole is not the question's
    assert not names_part(asked(ABROAD), "Fifteen of his trips were abroad.")


def test_the_whole_quote_grows_to_hold_the_part_it_reached_into():
    quotes = ranked(ABROAD)
    assert [q.text for q in quotes] == [WHOLE] and quotes[0].grown is not None
    assert [q.text for q in grown(asked(ABROAD), ABROAD, quotes)] == [f"{WHOLE} {PART}"]


def test_a_question_that_asks_the_whole_keeps_the_whole_quote():
    for question in ("How many speeches did the mayor give in 2013?", "How many of the mayor's speeches were in 2013?"):
        quotes = ranked(question)
        assert grown(asked(question), question, quotes) == quotes


def test_a_close_quote_counting_the_part_opens_the_answer():
    quotes = [quote(WHOLE, 1.0, "The Times"), quote("The mayor gave 15 speeches abroad that year.", 0.9, "The Post")]
    assert part_first(asked(ABROAD), ABROAD, quotes) == 1
    assert plain_order(asked(ABROAD), ABROAD, quotes, [0, 1], 2)[0] == 1


def test_the_part_does_not_open_when_the_whole_is_asked_or_it_is_far_below():
    whole_asked = "How many speeches did the mayor give in 2013?"
    quotes = [quote(WHOLE, 1.0, "The Times"), quote("The mayor gave 15 speeches abroad that year.", 0.9, "The Post")]
    assert part_first(asked(whole_asked), whole_asked, quotes) == 0
    far = [quote(WHOLE, 1.0, "The Times"), quote("The mayor gave 15 speeches abroad that year.", 0.5, "The Post")]
    assert part_first(asked(ABROAD), ABROAD, far) == 0
