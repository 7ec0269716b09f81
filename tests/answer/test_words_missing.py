"""A "What did X say …?" question is answered with X's words: an answer whose quotes hold none of them (X speaks only
further down the candidates) abstains, and X's words found only in the other stance groups' passages join the
ranking only when their passage is about what the question asks (not X speaking in another story)."""

from __future__ import annotations

import numpy as np

from app.answer.asked import asked
from app.answer.compose import answer_from, select_answer
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.speaks import on_topic, topic_terms, words_missing
from app.attribution.chains import Link
from app.registry import Registry, StanceGroup
from app.store.chroma import StoredChunk
from tests.answer.test_speaker_signals import hit

Q = "What did Jane Doe say about the charges?"
NARRATION = "Representative Jane Doe was charged on Tuesday with misusing campaign funds for travel."
ON_TOPIC = "“The charges are politically motivated,” Jane Doe said on Tuesday."
ELSEWHERE = "“This is a historic day for the new stadium,” Jane Doe said at the opening."
REGISTRY = Registry(stance_groups=[StanceGroup(id="x", label="X"), StanceGroup(id="y", label="Y")])


def quote(text: str, links: tuple[Link, ...] = ()) -> Quote:
    chunk = StoredChunk(id=text[:8], doc_id=text[:8], start=0, end=len(text), text=text, meta={"outlet": "Times"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, links, 1.0)


def embed(texts):
    rows = np.array([[1.0, 0.1] if t == NARRATION else [1.0, 0.6] if t in (ON_TOPIC, ELSEWHERE) else [1.0, 0.0]
                     for t in texts], dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_an_answer_without_the_speakers_words_does_not_say_what_the_speaker_said():
    ask = asked(Q)
    assert words_missing(ask, Q, [quote(NARRATION)])
    assert not words_missing(ask, Q, [quote(NARRATION), quote(ON_TOPIC, (Link("Jane Doe", "quotes"),))])
    assert not words_missing(ask, Q, [quote("Jane Doe said the charges were false.")])


def test_only_a_question_asking_for_words_reads_the_answer_quotes():
    for question in ("How did Jane Doe respond to the charges?",  # an act may be her response
                     "What did Jane Doe reveal about the fund?",  # not her words asked: what she made known
                     "What did Jane Doe say about the fund, and what did the board then claim about it?"):  # two asked
        assert not words_missing(asked(question), question, [quote(NARRATION)]), question


def test_the_topic_of_a_said_question_is_its_terms_less_the_speaker_and_the_saying():
    assert topic_terms(asked(Q), Q) == {"charg"}
    assert on_topic(asked(Q), Q, ON_TOPIC) and not on_topic(asked(Q), Q, ELSEWHERE)
    bare = "What did Jane Doe say?"
    assert on_topic(asked(bare), bare, ELSEWHERE)  # nothing asked about: any words of hers


def test_the_speakers_words_in_another_story_do_not_answer():
    first = [hit(NARRATION, "A", "x")]
    qvec = embed([Q])[0]
    elsewhere = answer_from(Q, first, qvec, embed, None, REGISTRY,
                            other_side=lambda stance: [hit(ELSEWHERE, "B", "y", "Jane Doe")])
    assert not elsewhere.citations or all(c.quote != ELSEWHERE for c in elsewhere.citations)
    on_topic_answer = answer_from(Q, first, qvec, embed, None, REGISTRY,
                                  other_side=lambda stance: [hit(ON_TOPIC, "B", "y", "Jane Doe")])
    assert on_topic_answer.citations[0].quote == ON_TOPIC


def test_a_cost_answered_by_others_figures_does_not_say_what_the_speaker_said():
    """X speaks among the candidates, so the passages are not silent; but the quotes picked give another source's
    sum (`figure_look`), and none of X's words: the answer would not say what X said."""
    question = "What did Jane Doe say about the cost of the new stadium?"
    words = "“It is a fine stadium for the city,” Jane Doe said."
    figure = "The new stadium cost $2 million, the city estimated."

    def vectors(texts):
        rows = np.array([[1.0, 0.6] if t == words else [1.0, 0.1] if t == figure else [1.0, 0.0] for t in texts],
                        dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)
    hits = [hit(words, "A", "x", "Jane Doe"), hit(figure, "B", "x")]
    chosen = select_answer(question, hits, vectors([question])[0], vectors, None,
                           article=lambda doc_id, keep, cued=True, reach=None: [])
    assert chosen is not None and not chosen.covered and not chosen.picked.quotes
