"""Which quote opens a contested answer: the best-scoring quote of the two disagreeing sides, its side first; within
it, the disagreeing pair's quote that says no to what is asked opens ahead of its own article's framing sentence
(pure functions, hand-made quotes)."""

from __future__ import annotations

from app.answer.retrieve import Hit
from app.answer.select import Quote, asked
from app.answer.side_order import answer_first, denies_asked
from app.answer.sides import Picked
from app.store.chroma import StoredChunk

QUESTION = "Were the amendments read aloud during the House reading of the Constitution?"
ASK = asked(QUESTION)


def quote(text: str, outlet: str, s: float, doc: str | None = None) -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=doc or outlet, start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": outlet.lower(), "date": "2011-01-06"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


LEAD = quote("Setting the tone for the 112th Congress, members of the House began to read the Constitution.",
             "Times", 0.95)
NOT_READ = quote("It was decided that the amendments themselves would not be read aloud.", "Times", 0.75)
QUESTIONED = quote("Rep. Elijah Cummings questioned the reading of the amended Constitution.", "Fox", 0.78)
THIRD = quote("On the second day of Republican rule, the House read the Constitution.", "Post", 0.99)


def test_the_pair_quote_that_says_no_opens_ahead_of_its_articles_framing_sentence():
    picked = Picked([LEAD, NOT_READ, QUESTIONED], True, "denial", (0, 0, 1), (1, 2))
    out = answer_first(ASK, QUESTION, picked)
    assert out.quotes == [NOT_READ, LEAD, QUESTIONED] and out.sides == (0, 0, 1) and out.pair == (0, 2)


def test_a_framing_sentence_of_another_article_keeps_the_opening():
    elsewhere = quote(NOT_READ.text, "Times", 0.75, doc="another-times-story")
    picked = Picked([LEAD, elsewhere, QUESTIONED], True, "denial", (0, 0, 1), (1, 2))
    assert answer_first(ASK, QUESTION, picked) is picked


def test_the_best_scoring_side_of_the_disagreement_opens_but_never_a_third_groups_quote():
    low = quote("The measure institutes a public financing system.", "Fox", 0.64)
    high = quote("Democrats disputed the claim that the amendments were read.", "Post", 0.80)
    picked = Picked([low, high, THIRD], True, "rebuttal", (0, 1, 2), (0, 1))
    out = answer_first(ASK, QUESTION, picked)
    assert out.quotes == [high, low, THIRD] and out.sides == (1, 0, 2) and out.pair == (1, 0)


def test_plain_answers_and_answers_in_order_are_left_as_they_are():
    plain = Picked([LEAD, NOT_READ], False)
    assert answer_first(ASK, QUESTION, plain) is plain
    ordered = Picked([LEAD, QUESTIONED], True, "denial", (0, 1), (0, 1))
    assert answer_first(ASK, QUESTION, ordered) is ordered


def test_saying_no_is_a_negated_act_of_a_yes_no_question_or_a_rebuttal():
    assert denies_asked(ASK, QUESTION, NOT_READ) and not denies_asked(ASK, QUESTION, LEAD)
    wh = "Which parts of the Constitution were read?"
    assert not denies_asked(asked(wh), wh, NOT_READ)
