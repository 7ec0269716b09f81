"""The lexical search reads the question in the corpus's spelling, but the bar to answer is met in the reader's
words too: "Walmart" read as "Wal-Mart" gives a passage two more of the question's terms, which must not make a
question the passages do not answer pass."""

from __future__ import annotations

import numpy as np

from app.answer.relevance import _as_asked
from app.answer.retrieve import Hit, answerable
from app.config import Config
from app.store.chroma import StoredChunk
from app.store.lexical import LexicalIndex

QVEC = np.zeros(8, dtype=np.float32)  # the passages carry no stored sentences: the vector is not read
TEXTS = ["Wal-Mart has 4,300 stores across the country.", "The bridge will cost 90 million dollars."]


def _hits(lexical: LexicalIndex, question: str) -> list[Hit]:
    from app.text.terms import terms
    covers = lexical.coverages(set(terms(question, query=True)), ["a"])
    chunk = StoredChunk("a", "doc-a", 0, len(TEXTS[0]), TEXTS[0], {})
    return [Hit(chunk, 0.35, 1.0, covers[0], 0.1, 0.1)]


def test_a_respelled_word_does_not_lower_the_bar_to_answer():
    lexical = LexicalIndex.build(["a", "b"], TEXTS, [{"outlet": "X", "stance": None}] * 2)
    asked, spelled = "How many Walmart stores?", "How many Wal-Mart stores?"
    hits = _hits(lexical, spelled)
    assert answerable(hits, Config())  # the corpus's spelling alone would answer
    assert not _as_asked(hits, QVEC, asked, spelled, lexical, Config())


def test_a_question_the_corpus_spells_as_asked_is_not_weighed_again():
    lexical = LexicalIndex.build(["a", "b"], TEXTS, [{"outlet": "X", "stance": None}] * 2)
    question = "How many Wal-Mart stores?"
    assert _as_asked(_hits(lexical, question), QVEC, question, question, lexical, Config())
