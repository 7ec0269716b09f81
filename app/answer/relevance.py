"""The relevance floor: whether the retrieved passages are evidence enough to answer, or byline says "not covered".

`retrieve.answerable` reads two numbers of the best passage (its cosine to the question, its share of the question's
idf-weighted terms) against fixed pairs fitted on the real news corpus. On new text a multi-sentence passage dilutes
the one sentence that answers ("The study had enrolled about 2,400 patients" inside a passage about the trial scores
~0.35 / ~0.5, just under a pair), so the floor also reads the passages SENTENCE by sentence, from the vectors and terms
ingest stored (`FloorReading`), and a logistic score over these features, fitted on labelled development questions
(`app/evaluation/floor_fit.py`, weights in `Config.floor_weights`), is a second way in. The reading also records
whether the question's rarest term is held anywhere, which the fit found no use for (see floor_fit's notes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from app.answer.english_floor import english_floor
from app.answer.floor import repeats_question
from app.answer.sentence_floor import sentence_answerable
from app.answer.retrieve import Hit, answerable
from app.answer.word_meaning import reworded_hits, table_rows
from app.config import Config
from app.store.lexical import LexicalIndex
from app.text.terms import term_set, terms


@dataclass(frozen=True)
class FloorReading:
    """What the floor reads of one question's passages (each 0..1)."""

    dense: float  # best passage's cosine to the question
    cover: float  # best passage's share of the question's idf-weighted terms
    sentence_dense: float  # best single sentence's cosine (stored sentence vectors)
    sentence_cover: float  # best single sentence's share of the question's idf-weighted terms
    rarest_held: float  # 1 when some passage holds the question's most distinctive (highest idf) term
    unheld: float  # share of the question's idf weight that no passage holds

    def vector(self) -> tuple[float, ...]:
        """The features the fitted weights read (`FEATURES`)."""
        return (self.dense, self.cover, self.sentence_dense, self.sentence_cover)

    def recorded(self) -> dict[str, float]:
        """Every feature, as the fitting script records it (the last two are read, not weighted: see the notes)."""
        return {**dict(zip(FEATURES, self.vector())), "rarest_held": self.rarest_held, "unheld": self.unheld}


FEATURES = ("dense", "cover", "sentence_dense", "sentence_cover")


def _sentence_scores(hits: Sequence[Hit], qvec: np.ndarray, question_terms: set[str],
                     coverage: Callable[[set[str], frozenset[str]], float]) -> tuple[float, float]:
    """The best stored sentence's cosine and coverage over the passages' sentences (0, 0 when none is stored)."""
    best_dense, best_cover, q = 0.0, 0.0, np.asarray(qvec, dtype=np.float32)
    for h in hits:
        stored = h.sentences
        if stored is None:
            continue
        rows = stored.rows(h.chunk.start, h.chunk.end)
        if not len(rows):
            continue
        best_dense = max(best_dense, float(np.max(np.asarray(stored.vectors[rows.start:rows.stop]) @ q)))
        for found in stored.terms_of(rows):
            if found is not None:
                best_cover = max(best_cover, coverage(question_terms, found))
    return best_dense, best_cover


def read_floor(hits: Sequence[Hit], qvec: np.ndarray, question_terms: set[str],
               coverage: Callable[[set[str], frozenset[str]], float], idf: Callable[[str], float],
               passage_terms: Callable[[Hit], frozenset[str]]) -> FloorReading:
    """The floor's features of `hits` for a question of `question_terms` (its vector `qvec`)."""
    if not hits:
        return FloorReading(0.0, 0.0, 0.0, 0.0, 0.0, 1.0)
    held = frozenset().union(*(passage_terms(h) for h in hits))
    weights = {t: idf(t) for t in question_terms}
    total = sum(weights.values())
    rarest = max(weights, key=lambda t: (weights[t], t)) if weights else None
    unheld = sum(w for t, w in weights.items() if t not in held) / total if total else 1.0
    sdense, scover = _sentence_scores(hits, qvec, question_terms, coverage)
    return FloorReading(max(h.dense for h in hits), max(h.coverage for h in hits), sdense, scover,
                        float(rarest is None or rarest in held), unheld)


def floor_score(reading: FloorReading, weights: Sequence[float]) -> float:
    """The fitted logistic score's logit: weights[0] is the bias, then one weight per feature (`FEATURES`)."""
    return float(weights[0] + sum(w * x for w, x in zip(weights[1:], reading.vector())))


def relevance_floor(search: str, spelled: str, hits: list[Hit], qvec, *, lexical: LexicalIndex | None,
                    config: Config, embed: Callable) -> tuple[list[Hit], bool]:
    """The passages (their coverage counted again where a question word is reworded) and whether they are evidence
    enough to answer."""
    floor = passes(hits, config, partial(floor_reading, hits, qvec, spelled, lexical)) \
        or lexical is not None and repeats_question(search, hits, lexical.idf)
    hits, floor = (hits, floor) if floor else _reworded_floor(search, hits, qvec, spelled, lexical, config, embed)
    floor = floor or sentence_answerable(hits, qvec, config)  # one body sentence as close as a passage must be
    return hits, floor and _as_asked(hits, qvec, search, spelled, lexical, config)


def passes(hits: list[Hit], config: Config, read: Callable[[], FloorReading]) -> bool:
    """Evidence enough to answer: the fixed pairs (`answerable`, fitted on the real news corpus, whose near-topic
    questions later checks turn away), or the fitted sentence-level floor (`Config.floor_weights`: its logit above 0),
    which lets in a question one sentence answers inside a passage that says much else, once some passage holds the
    question's most distinctive word: a sentence close in topic is not evidence when what the question asks about
    ("shops", "punished") is written nowhere (the fit alone answered such questions with quotes beside the point)."""
    if answerable(hits, config):
        return True  # most questions: the passages are not read sentence by sentence (`read`)
    if not config.floor_weights:
        return False
    reading = read()
    return reading.rarest_held > 0 and floor_score(reading, config.floor_weights) > 0.0


def floor_reading(hits: list[Hit], qvec, question: str, lexical: LexicalIndex | None) -> FloorReading:
    """`read_floor` of the passages for `question`'s terms (the corpus's idf; no index: every term counts 1)."""
    coverage = lexical.coverage if lexical is not None else (lambda q, found: len(q & found) / max(len(q), 1))
    idf = lexical.idf if lexical is not None else (lambda term: 1.0)
    return read_floor(hits, qvec, set(terms(question, query=True)), coverage, idf, lambda h: term_set(h.chunk.text))


def _reworded_floor(search: str, hits: list[Hit], qvec, spelled: str, lexical: LexicalIndex | None, config: Config,
                    embed: Callable) -> tuple[list[Hit], bool]:
    """The passages and the floor once a question word the corpus never uses counts as held where a passage says it
    in a word of the same meaning ("died": "found dead", `word_meaning`); the passages as they were when none does,
    with the floor asked again as if the question's plain English words weighed as in English news (`english_floor`,
    a small index only)."""
    if lexical is None:
        return hits, False
    def enough(passages: list[Hit]) -> bool:
        return passes(passages, config, partial(floor_reading, passages, qvec, spelled, lexical))

    reworded = reworded_hits(search, hits, lexical.coverage, embed, lambda term: not lexical.df.get(term), enough,
                             table_rows(lexical.words))  # the word table: only the question's words embedded at ask
    if reworded != hits and enough(reworded):
        return reworded, True
    return hits, english_floor(search, hits, lexical.idf, lexical.df, len(lexical.ids), config)  # a small index


def _as_asked(hits: list[Hit], qvec, search: str, spelled: str, lexical: LexicalIndex | None, config: Config
              ) -> bool:
    """Whether the passages answer the question in the reader's own words too: the corpus's spelling finds and
    orders passages, it does not lower the bar to answer ("Walmart" read as "Wal-Mart" gives every passage of the
    story two more of the question's terms, so a question the articles do not answer would pass `answerable`)."""
    if spelled == search or lexical is None:
        return True
    covers = lexical.coverages(set(terms(search, query=True)), [h.chunk.id for h in hits])
    asked = [replace(h, coverage=c) for h, c in zip(hits, covers)]
    return passes(asked, config, partial(floor_reading, asked, qvec, search, lexical))
