"""The floor's third way in: on a small index a question's plain English words weigh as they would in English news,
so a passage holding the question's story word passes the floor though the articles happen not to use "now" or
"want" (invented passages and counts; the rule came from novel31's calibration stories)."""

from __future__ import annotations

from app.answer.english_floor import FLOOR_PASSAGES, english_floor, english_weights
from app.answer.retrieve import Hit
from app.config import Config
from app.store.chroma import StoredChunk
from app.text.background import prior_idf

DF = {"ferri": 6, "oper": 3, "schedul": 1}  # a small index of 30 passages: "ferry" in six, "operator" in three
N = 30


def idf(term: str) -> float:
    return prior_idf(term, DF.get(term, 0), N)


def hit(text: str, dense: float) -> Hit:
    chunk = StoredChunk(id=text[:8], doc_id="d", start=0, end=len(text), text=text, meta={})
    return Hit(chunk, dense, 0.0, dense, 0.0, 0.0)


def test_plain_words_weigh_less_and_no_word_weighs_more():
    weights = english_weights({"now", "want", "ferri", "schedul"}, idf, DF, N)
    assert weights["now"] < idf("now") and weights["want"] < idf("want")
    assert all(weights[t] <= idf(t) for t in weights)
    assert weights["ferri"] > weights["now"]


def test_a_passage_with_the_story_word_passes_once_plain_words_weigh_little():
    question = "What does the ferry operator want to do now?"
    passage = hit("The ferry operator plans to cut two crossings a day from March, its director said.", 0.35)
    assert english_floor(question, [passage], idf, DF, N, Config())


def test_a_passage_without_the_asked_words_still_fails():
    question = "What does the ferry operator want to do now?"
    assert not english_floor(question, [hit("The harbour was closed by the storm on Monday.", 0.35)], idf, DF, N,
                             Config())


def test_a_large_index_keeps_plain_idf():
    question = "What does the ferry operator want to do now?"
    passage = hit("The ferry operator plans to cut two crossings a day from March, its director said.", 0.35)
    assert not english_floor(question, [passage], idf, DF, FLOOR_PASSAGES, Config())


def test_plain_idf_alone_turns_the_same_passage_away():
    from dataclasses import replace

    from app.answer.retrieve import answerable
    from app.text.terms import terms
    question = "What does the ferry operator want to do now?"
    passage = hit("The ferry operator plans to cut two crossings a day from March, its director said.", 0.35)
    asked = set(terms(question, query=True))
    plain = sum(idf(t) for t in asked & set(terms(passage.chunk.text))) / sum(idf(t) for t in asked)
    assert not answerable([replace(passage, coverage=plain)], Config())


def test_a_passage_lacking_a_word_plain_english_rarely_uses_stays_out():
    question = "What is the ferry operator doing near here?"  # "near" is no plain word: a place is asked
    passage = hit("The ferry operator plans to cut two crossings a day from March, its director said.", 0.35)
    assert not english_floor(question, [passage], idf, DF, N, Config())
