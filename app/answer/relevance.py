"""The relevance floor's reading of the retrieved passages: what it weighs to answer or say "not covered".

`retrieve.answerable` once read two numbers of the best passage (its cosine to the question, its share of the
question's idf-weighted terms) against fixed pairs fitted on the real news corpus; on new text they did not transfer:
a multi-sentence passage dilutes the one sentence that answers ("The study had enrolled about 2,400 patients" inside a
chunk about the trial scores ~0.35 / ~0.5), and a near-topic question ("How many people died?") finds every word but
the one it asks about. The floor now also reads the passages SENTENCE by sentence (the stored sentence vectors and
terms), and asks whether the question's most distinctive term is held anywhere: `FloorReading`. The decision is a
logistic score over these features whose weights are fitted (`app/evaluation/floor_fit.py`) and kept in `Config`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from app.answer.floor import repeats_question
from app.answer.retrieve import Hit, answerable
from app.answer.word_meaning import nearest_meanings, reworded_hits, words_of
from app.config import Config
from app.store.lexical import LexicalIndex
from app.text.terms import stem, term_set, terms


@dataclass(frozen=True)
class FloorReading:
    """What the floor reads of one question's passages (each 0..1)."""

    dense: float  # best passage's cosine to the question
    cover: float  # best passage's share of the question's idf-weighted terms
    sentence_dense: float  # best single sentence's cosine (stored sentence vectors)
    sentence_cover: float  # best single sentence's share of the question's idf-weighted terms
    rarest_held: float  # 1 when some passage holds the question's most distinctive (highest idf) term
    unheld: float  # share of the question's idf weight that no passage holds
    rarest_meaning: float = 1.0  # the rarest term unheld: how near a passage's word comes to it (`nearest_meanings`)
    unheld_meaning: float = 0.0  # `unheld`, each unheld word's weight times how far its nearest passage word is

    def vector(self) -> tuple[float, ...]:
        return (self.dense, self.cover, self.sentence_dense, self.sentence_cover, self.rarest_held, self.unheld,
                self.rarest_meaning, self.unheld_meaning)


FEATURES = ("dense", "cover", "sentence_dense", "sentence_cover", "rarest_held", "unheld", "rarest_meaning",
            "unheld_meaning")


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


def read_floor(hits: Sequence[Hit], qvec: np.ndarray, question: str, question_terms: set[str],
               coverage: Callable[[set[str], frozenset[str]], float], idf: Callable[[str], float],
               passage_terms: Callable[[Hit], frozenset[str]], meanings: Callable | None = None) -> FloorReading:
    """The floor's features of `hits` for `question` (its terms `question_terms`, its vector `qvec`); `meanings`:
    words -> how near a passage word comes to each (`word_meaning.nearest_meanings`), asked only of unheld words."""
    if not hits:
        return FloorReading(0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0)
    held = frozenset().union(*(passage_terms(h) for h in hits))
    weights = {t: idf(t) for t in question_terms}
    total = sum(weights.values())
    rarest = max(weights, key=lambda t: (weights[t], t)) if weights else None
    unheld = {t: w for t, w in weights.items() if t not in held}
    words = {stem(w): w for w in words_of(question) if stem(w) in unheld}  # each unheld term as the reader wrote it
    near = meanings(list(words.values()), list(hits)) if meanings is not None and words else {}
    far = sum(w * (1.0 - near.get(words.get(t, ""), 0.0)) for t, w in unheld.items())
    sdense, scover = _sentence_scores(hits, qvec, question_terms, coverage)
    return FloorReading(max(h.dense for h in hits), max(h.coverage for h in hits), sdense, scover,
                        float(rarest is None or rarest in held), sum(unheld.values()) / total if total else 1.0,
                        1.0 if rarest not in unheld else near.get(words.get(rarest, ""), 0.0),
                        far / total if total else 1.0)


def floor_score(reading: FloorReading, weights: Sequence[float]) -> float:
    """The fitted logistic score's logit: weights[0] is the bias, then one weight per feature (`FEATURES`)."""
    return float(weights[0] + sum(w * x for w, x in zip(weights[1:], reading.vector())))


def relevance_floor(search: str, spelled: str, hits: list[Hit], qvec, *, lexical: LexicalIndex | None,
                    config: Config, embed: Callable) -> tuple[list[Hit], bool, FloorReading]:
    """The passages (their coverage counted again where a question word is reworded), whether they are evidence
    enough to answer, and the floor's reading of them (`relevance.read_floor`)."""
    reading = floor_reading(hits, qvec, spelled, lexical, embed)
    floor = passes(reading, hits, config) or lexical is not None and repeats_question(search, hits, lexical.idf)
    hits, floor = (hits, floor) if floor else _reworded_floor(search, hits, qvec, spelled, lexical, config, embed)
    return hits, floor and _as_asked(hits, qvec, search, spelled, lexical, config, embed), reading


def passes(reading: FloorReading, hits: list[Hit], config: Config) -> bool:
    """The fitted floor (`Config.floor_weights`): its logit above 0; no weights: the fixed pairs (`answerable`)."""
    if not config.floor_weights:
        return answerable(hits, config)
    return floor_score(reading, config.floor_weights) > 0.0


def floor_reading(hits: list[Hit], qvec, question: str, lexical: LexicalIndex | None, embed: Callable
                  ) -> FloorReading:
    """`read_floor` of the passages for `question`'s terms (the corpus's idf; no index: every term counts 1)."""
    coverage = lexical.coverage if lexical is not None else (lambda q, found: len(q & found) / max(len(q), 1))
    idf = lexical.idf if lexical is not None else (lambda term: 1.0)
    return read_floor(hits, qvec, question, set(terms(question, query=True)), coverage, idf,
                      lambda h: term_set(h.chunk.text), partial(nearest_meanings, embed=embed))


def _reworded_floor(search: str, hits: list[Hit], qvec, spelled: str, lexical: LexicalIndex | None, config: Config,
                    embed: Callable) -> tuple[list[Hit], bool]:
    """The passages and the floor once a question word the corpus never uses counts as held where a passage says it
    in a word of the same meaning ("died": "found dead", `word_meaning`); the passages as they were when none does."""
    if lexical is None:
        return hits, False
    reworded = reworded_hits(search, hits, lexical.coverage, embed, lambda term: not lexical.df.get(term))
    if reworded == hits:
        return hits, False
    return (reworded, True) if passes(floor_reading(reworded, qvec, spelled, lexical, embed), reworded, config) \
        else (hits, False)


def _as_asked(hits: list[Hit], qvec, search: str, spelled: str, lexical: LexicalIndex | None, config: Config,
              embed: Callable) -> bool:
    """Whether the passages answer the question in the reader's own words too: the corpus's spelling finds and
    orders passages, it does not lower the bar to answer ("Walmart" read as "Wal-Mart" gives every passage of the
    story two more of the question's terms, so a question the articles do not answer would pass `answerable`)."""
    if spelled == search or lexical is None:
        return True
    covers = lexical.coverages(set(terms(search, query=True)), [h.chunk.id for h in hits])
    asked = [replace(h, coverage=c) for h, c in zip(hits, covers)]
    return passes(floor_reading(asked, qvec, search, lexical, embed), asked, config)
