"""Ranking with a floor (the other stance groups' look wants only quotes it can use): the same
quotes in the same order as the whole ranking filtered at the floor, for every kind of question."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.answer.retrieve import Hit
from app.answer.select import asked, rank_quotes
from app.store.chroma import StoredChunk
from app.store.lexical import LexicalIndex
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

DOCS = [
    "The MKO cyber unit has 1300 members, officials said. It runs several thousand fake accounts. "
    "Critics call the figure inflated. The Mojahedin Khalq Organization denies it.",
    "Jane Roe told CNN the group had no such unit. \"These claims are merely designed to divert attention,\" she said. "
    "She spoke at a ceremony in Tirana. Short line here",
    "Google, Facebook and Twitter announced the shutdown of accounts linked to Iran. "
    "The companies said 300 pages were removed on Tuesday, June 5. Analysts said the turning point was the 2016 election.",
]
QUESTIONS = ["How many members does the MKO cyber unit have?", "What did Jane Roe tell CNN about the unit?",
             "At what ceremony did Jane Roe speak?", "Which companies announced the shutdown of accounts?",
             "When did the turning point come for the accounts?"]


def passages(rng) -> list[Hit]:
    hits = []
    for i, text in enumerate(DOCS):
        spans = split_sentences(text)
        vectors = rng.standard_normal((len(spans), 16)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        meta = {"outlet": f"O{i}", "stance": "x" if i % 2 else "y",
                "chains": json.dumps([[spans[1].start, spans[1].end, [["Jane Roe", "quotes"]]]]) if i == 1 else ""}
        chunk = StoredChunk(f"c{i}", f"d{i}", 0, len(text), text, meta)
        hits.append(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, Sentences.of(spans, vectors, text)))
    return hits


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("question", QUESTIONS)
def test_a_ranking_with_a_floor_is_the_whole_ranking_cut_at_the_floor(question, seed):
    rng = np.random.default_rng(seed)
    hits = passages(rng)
    known = {h.chunk.text[a:b]: h.sentences.vectors[i] for h in hits
             for i, (a, b) in enumerate(zip(h.sentences.starts, h.sentences.ends))}

    def embed(texts):
        return np.stack([known[t] for t in texts])

    lexical = LexicalIndex.build([h.chunk.id for h in hits], DOCS, [{} for _ in hits])
    qvec = rng.standard_normal(16).astype(np.float32)
    qvec /= np.linalg.norm(qvec)
    ask = asked(question)
    whole = rank_quotes(ask, hits, qvec, embed, lexical.coverage)
    for floor in sorted({q.score for q in whole} | {-1.0, 0.0, 0.2, 2.0}):
        assert rank_quotes(ask, hits, qvec, embed, lexical.coverage, floor=floor) == [q for q in whole if q.score >= floor]
