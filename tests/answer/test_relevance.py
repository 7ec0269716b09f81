"""The relevance floor's reading: the best single sentence (not only the passage), whether the question's most
distinctive word is held anywhere, and how near a passage comes to the words it does not hold; the fitted decision."""

import numpy as np
import pytest

from app.answer.relevance import FEATURES, FloorReading, floor_score, passes, read_floor
from app.answer.retrieve import Hit
from app.config import Config
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import split_sentences
from app.text.terms import terms

DIM = 16


def unit(*at: int) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[list(at)] = 1.0
    return v / np.linalg.norm(v)


def passage(text: str, sentence_vectors: list[np.ndarray], dense: float, question: str) -> Hit:
    spans = split_sentences(text)
    stored = Sentences.of(spans, np.stack(sentence_vectors), text)
    chunk = StoredChunk("c1", "d1", 0, len(text), text, {"outlet": "Brackwater Bugle"})
    return Hit(chunk, dense, 0.0, share(set(terms(question, query=True)), frozenset(terms(text))), 0.0, 0.0, stored)


def share(asked: set[str], present: frozenset[str]) -> float:
    return len(asked & present) / len(asked) if asked else 0.0


def rare(term: str) -> float:  # idf: the asked thing is rarer than the story's words
    return {"die": 5.0, "shop": 5.0, "injur": 3.0, "studi": 2.0}.get(term, 1.0)


def read(question: str, hits: list[Hit]) -> FloorReading:
    return read_floor(hits, unit(0), set(terms(question, query=True)), share, rare,
                      lambda h: frozenset(terms(h.chunk.text)))


STUDY = ("The trial ran at four hospitals across the county. The study had enrolled about 2,400 patients. "
         "Its results will be published next spring.")


def test_the_sentence_that_answers_is_read_apart_from_its_passage():
    question = "How many people took part in the study?"
    hit = passage(STUDY, [unit(1), unit(0), unit(2)], dense=0.35, question=question)
    reading = read(question, [hit])
    assert reading.sentence_dense == pytest.approx(1.0) and reading.sentence_dense > reading.dense
    assert reading.sentence_cover == pytest.approx(reading.cover)


def test_a_question_whose_rarest_word_no_passage_holds_reads_so():
    question = "How many workers died in the fire?"
    hit = passage("Fourteen workers were injured in the fire at the plant.", [unit(0)], dense=0.6, question=question)
    reading = read(question, [hit])
    assert reading.rarest_held == 0.0 and reading.unheld > 0.5


def test_no_passages_read_as_nothing_held():
    reading = read("How many workers died?", [])
    assert reading.rarest_held == 0.0 and reading.unheld == 1.0


def test_the_fitted_floor_lets_in_a_question_one_sentence_of_a_long_passage_answers():
    question = "How many people took part in the study?"
    hit = passage(STUDY, [unit(1), unit(0), unit(2)], dense=0.35, question=question)
    reading = read(question, [hit])
    assert floor_score(reading, (-1.0, 0.0, 0.0, 2.0, 0.0)) == pytest.approx(1.0)
    assert not passes([hit], Config(floor_weights=()), lambda: reading)  # the fixed pairs alone turn it away
    assert passes([hit], Config(floor_weights=(-1.0, 0.0, 0.0, 2.0, 0.0)), lambda: reading)


def test_the_second_way_in_needs_the_questions_most_distinctive_word_written_somewhere():
    question = "How are the shops near the study doing?"
    hit = passage(STUDY, [unit(1), unit(0), unit(2)], dense=0.35, question=question)
    reading = read(question, [hit])
    assert reading.rarest_held == 0.0 and floor_score(reading, (-1.0, 0.0, 0.0, 2.0, 0.0)) > 0.0
    assert not passes([hit], Config(floor_weights=(-1.0, 0.0, 0.0, 2.0, 0.0)), lambda: reading)


def test_a_passage_far_from_the_question_sentence_by_sentence_stays_out():
    question = "How many people took part in the study?"
    hit = passage(STUDY, [unit(1), unit(2), unit(3)], dense=0.1, question=question)
    reading = read(question, [hit])
    assert reading.sentence_dense == pytest.approx(0.0)
    assert not passes([hit], Config(), lambda: reading)


def test_the_fixed_pairs_still_let_in_what_they_did():
    reading = FloorReading(0.6, 0.0, 0.0, 0.0, 0.0, 1.0)
    hit = passage("The study had enrolled about 2,400 patients.", [unit(0)], dense=0.6, question="study")
    assert passes([hit], Config(floor_weights=(-100.0, 0.0, 0.0, 0.0, 0.0)), lambda: reading)


def test_the_shipped_weights_answer_the_sentence_that_answers_and_not_a_story_that_does_not():
    weights = Config().floor_weights
    assert len(weights) == len(FEATURES) + 1
    assert floor_score(FloorReading(0.35, 0.5, 0.6, 0.5, 1.0, 0.5), weights) > 0.0
    assert floor_score(FloorReading(0.35, 0.3, 0.38, 0.25, 0.0, 0.7), weights) < 0.0


def test_passages_the_fixed_pairs_let_in_are_not_read_sentence_by_sentence():
    hit = passage("The study had enrolled about 2,400 patients.", [unit(0)], dense=0.7, question="study")

    def unread() -> FloorReading:
        raise AssertionError("read although the fixed pairs answered")
    assert passes([hit], Config(), unread)
