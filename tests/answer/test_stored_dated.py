"""A date question's sentences earn the date bonus by their stored mark (`Sentences.dated_of`, read by
`passage_sentences`): the same answer as searching each text for a date, without the search."""

from __future__ import annotations

import numpy as np

from app.answer.dates import names_date
from app.answer.retrieve import Hit
from app.answer.scoring import W_DATE, passage_sentences, score_sentences
from app.answer.select import asked
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

TEXT = ("The council closed the ferry on Tuesday. Riders complained for weeks. "
        "The vote came in March 2019, officials said. Nobody expected it.")


def _hit(marks: bool = True) -> Hit:
    spans = split_sentences(TEXT)
    stored = Sentences.of(spans, np.eye(len(spans), 8, dtype=np.float32), TEXT)
    if not marks:
        from dataclasses import replace
        stored = replace(stored, marks=None)
    return Hit(StoredChunk("c0", "d0", 0, len(TEXT), TEXT, {"outlet": "O"}), 0.5, 0.0, 0.5, 0.1, 0.1, stored)


def test_the_stored_marks_say_which_sentences_name_a_date_as_the_search_does():
    sentences = passage_sentences(_hit())
    assert [s.dated for s in sentences] == [names_date(s.text) for s in sentences] == [True, False, True, False]
    assert [s.dated for s in passage_sentences(_hit(marks=False))] == [None] * 4  # no marks stored: searched


def test_a_date_question_gives_the_date_bonus_by_the_stored_mark():
    ask = asked("When did the council close the ferry?")
    sentences = passage_sentences(_hit())
    vectors = np.eye(len(sentences), 8, dtype=np.float32)
    qvec = np.zeros(8, dtype=np.float32)

    def scores(sents):
        return {x.sentence.text: x.score for x in score_sentences(ask, sents, vectors, qvec, lambda _t, _x: 0.0)}
    searched = scores([s._replace(dated=None) for s in sentences])
    assert scores(sentences) == searched
    flipped = scores([s._replace(dated=not s.dated) for s in sentences])  # the mark, not the text, decides
    assert all(abs(abs(flipped[t] - searched[t]) - W_DATE) < 1e-9 for t in searched)
