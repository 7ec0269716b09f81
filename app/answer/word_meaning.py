"""A question's word the passages say in another word: "died" said as "found dead" or "killed".

The relevance floor (`retrieve.answerable`) weighs the question's terms by idf, and a term no passage holds weighs
most: on a corpus the reader has never read, the reader's verb ("died") is often one the reporter did not use
("killed", "found dead"), and the floor then abstains on a passage that answers. A term counts as held by a passage
when the passage holds a word of the same meaning: a single word whose MiniLM vector is within SAME_MEANING of the
question word's (a strict bound: single words of one topic are close too). Only the passages most like the question
are read, and only when the floor said no (the near-topic path): a question the passages do not answer ("a toll",
"injured") finds no such word and still abstains.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from app.answer.retrieve import Hit
from app.text.content_words import words_of
from app.text.terms import stem, terms

# cosine of two single words' MiniLM vectors that reads as one meaning: "died" / "killed" 0.79, "died" / "dead" 0.77;
# a word of the same topic is no rewording: "pollution" / "environmental" 0.74, "punished" / "fined" 0.70, "toll" /
# "bridge" 0.52, "shops" / "sales" 0.54
SAME_MEANING = 0.75
READ_PASSAGES = 3  # the passages most like the question, read word by word (a word not in the table: ~1.2 ms)
# a stored (float16) word's cosine is within this of its float32 one (each part rounds by at most 2**-11 of itself:
# ~5e-4, doubled for the renormalising); a pair this close to SAME_MEANING is embedded again to decide
RECHECK = 2e-3


_HOW = re.compile(r"\bhow\s+([a-z]+)", re.I)  # "how many", "how far": the kind of answer asked, no word to reword


_CAPITALISED = re.compile(r"\b[A-Z][\w'-]*")  # a name, a weekday, a month: one of a class, said by no other word


def unheld_words(question: str, held: frozenset[str]) -> list[str]:
    """The question's lower-case content words (as written) whose stem is not in `held` (a passage's terms), but the
    word after "how" ("many", "much", "far"). A capitalised word is a name ("Saturday" is close to "Thursday" and
    means another day): it is held as written or not at all."""
    asking = {m.group(1).lower() for m in _HOW.finditer(question)}
    named = {w.lower() for w in _CAPITALISED.findall(question)}
    return [w for w in words_of(question)
            if w not in asking and w not in named and stem(w) not in held and terms(w, query=True)]


def reworded_hits(question: str, hits: list[Hit], coverage: Callable, embed: Callable,
                  unused: Callable[[str], bool] = lambda term: True,
                  enough: Callable[[list[Hit]], bool] = lambda hits: True, stored: Stored | None = None) -> list[Hit]:
    """`hits` with the coverage of the READ_PASSAGES most like the question counted again, a question word held when
    the passage says it in a word of the same meaning (`coverage(question_terms, passage_terms)`); one embedding call
    for every word read. Only the question words `unused(stem)` are looked up: those the corpus never uses (the
    reader's wording, "died"); a word the corpus uses elsewhere ("democracy") is held where it is written. No word is
    embedded when the passages would not be `enough` even with every looked-up word held (`_could_be_enough`): the
    caller then keeps `hits` whatever the words mean. The passages' words are read from the index's word table
    (`stored`, `app/store/word_table.py`) where it holds them: only the question's words, and any word the table
    lacks, are embedded at ask."""
    asked = set(terms(question, query=True))
    read = sorted(range(len(hits)), key=lambda i: -hits[i].dense)[:READ_PASSAGES]
    held = {i: frozenset(terms(hits[i].chunk.text)) for i in read}
    missing = {i: [w for w in unheld_words(question, held[i]) if unused(stem(w))] for i in read}
    if not _could_be_enough(hits, asked, held, missing, coverage, enough):
        return hits
    said = {i: [w for w in words_of(hits[i].chunk.text) if stem(w) not in asked] for i in read}
    queried = list(dict.fromkeys(w for i in read for w in missing[i]))
    vocabulary = list(dict.fromkeys(w for i in read if missing[i] for w in said[i]))
    if not queried or not vocabulary:
        return hits
    close = closeness(queried, vocabulary, embed, stored)
    row, col = {w: n for n, w in enumerate(queried)}, {w: n for n, w in enumerate(vocabulary)}
    out = list(hits)
    for i in (i for i in read if missing[i]):
        cols = [col[w] for w in said[i]]
        found = frozenset(stem(w) for w in missing[i] if cols and close[row[w], cols].max() >= SAME_MEANING)
        if found:
            out[i] = replace(hits[i], coverage=max(hits[i].coverage, coverage(asked, held[i] | found)))
    return out


Stored = Callable[[list[str]], tuple[np.ndarray, list[str]]]  # words -> (rows of those held, words not held)


def table_rows(words) -> Stored | None:
    """The reader of an index's word table (`LexicalIndex.words`, a `word_table.WordFile`); None when it has none."""
    return words.rows if words is not None else None


def _unit(vectors) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=float)
    return vectors / (np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12)


def closeness(queried: list[str], vocabulary: list[str], embed: Callable, stored: Stored | None) -> np.ndarray:
    """The cosine of each queried word (rows) with each vocabulary word (columns), as one embedding call of all
    of them gives it: a word the table holds is read from it, and a stored word whose cosine with a queried word
    lies within RECHECK of SAME_MEANING is embedded again, so that float16 rounding decides no word."""
    if stored is None:
        vectors = _unit(embed([*queried, *vocabulary]))
        return vectors[: len(queried)] @ vectors[len(queried):].T
    rows, unheld = stored(vocabulary)
    fresh = _unit(embed([*queried, *unheld]))
    at = {w: n for n, w in enumerate(unheld)}
    held = iter(_unit(rows)) if len(rows) else iter(())
    columns = np.array([fresh[len(queried) + at[w]] if w in at else next(held) for w in vocabulary])
    close = fresh[: len(queried)] @ columns.T
    near = [j for j, w in enumerate(vocabulary) if w not in at and np.abs(close[:, j] - SAME_MEANING).min() < RECHECK]
    if near:
        close[:, near] = fresh[: len(queried)] @ _unit(embed([vocabulary[j] for j in near])).T
    return close


BOUND_SLACK = 1e-9  # the best case's coverage is raised by this much: a sum of the same weights in another order may
# round a last bit lower, and the bound must never say no where the words would have said yes


def _could_be_enough(hits: list[Hit], asked: set[str], held: dict[int, frozenset[str]],
                     missing: dict[int, list[str]], coverage: Callable, enough: Callable[[list[Hit]], bool]) -> bool:
    """Whether the passages could be `enough` once the words are read: each read passage's coverage as if every one of
    its looked-up question words were found. A word found only adds its weight (idf > 0), so a passage's coverage
    after the lookup is at most this, and `enough` (the relevance floor: coverage at least a bound) says no to less."""
    best = list(hits)
    for i in (i for i in held if missing[i]):
        reach = coverage(asked, held[i] | frozenset(stem(w) for w in missing[i])) + BOUND_SLACK
        best[i] = replace(hits[i], coverage=max(hits[i].coverage, reach))
    return enough(best)
