"""The relevance floor met by one sentence: a passage whose closest body sentence is as close to the question as
`abstain_below` asks of a whole passage is evidence enough to answer, though the passage as one vector is not; the
title, which names the story and is close to every question about it, does not count."""

import numpy as np

from app.answer.retrieve import Hit
from app.answer.sentence_floor import closest_body, sentence_answerable
from app.config import Config
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span

QVEC = np.array([1.0, 0.0, 0.0], dtype=np.float32)
TITLE = "Minister quits as contract inquiry widens"


def at(cos: float) -> list[float]:
    """A unit vector whose cosine with the question's is `cos`."""
    return [cos, float(np.sqrt(1 - cos * cos)), 0.0]


def passage(sentences: list[tuple[str, float]], dense: float = 0.35, title: str = TITLE) -> Hit:
    """One passage covering its whole invented document, each sentence with its cosine to the question."""
    text, spans = "", []
    for s, _ in sentences:
        spans.append(Span(len(text), len(text) + len(s)))
        text += s + "\n\n"
    stored = Sentences.of(spans, np.array([at(c) for _, c in sentences], dtype=np.float32), text)
    chunk = StoredChunk("c1", "d1", 0, len(text), text, {"title": title})
    return Hit(chunk, dense, 0.0, 0.3, 0.0, 0.0, stored)


def test_a_body_sentence_as_close_as_the_floor_asks_of_a_passage_answers():
    hit = passage([(TITLE, 0.3), ("The deputy minister will run the ministry until a successor is named.", 0.58),
                   ("The opposition called for an inquiry.", 0.2)])
    assert sentence_answerable([hit], QVEC, Config())


def test_the_title_alone_close_to_the_question_does_not_answer():
    hit = passage([(TITLE, 0.7), ("The opposition called for an inquiry.", 0.3)])
    assert closest_body(hit, QVEC) == np.float32(0.3).item()
    assert not sentence_answerable([hit], QVEC, Config())


def test_a_title_of_two_sentences_is_title_in_both():
    hit = passage([("Minister quits.", 0.7), ("The questions are not gone.", 0.7), ("Aides met on Sunday.", 0.1)],
                  title="Minister quits. The questions are not gone.")
    assert not sentence_answerable([hit], QVEC, Config())


def test_no_sentence_close_enough_leaves_the_floor_as_it_was():
    hit = passage([(TITLE, 0.4), ("The contract went to a firm in the north.", 0.5)])
    assert not sentence_answerable([hit], QVEC, Config())


def test_a_passage_without_stored_sentences_is_no_evidence():
    hit = passage([("The deputy minister will run the ministry.", 0.9)])
    assert not sentence_answerable([Hit(hit.chunk, 0.35, 0.0, 0.3, 0.0, 0.0, None)], QVEC, Config())
