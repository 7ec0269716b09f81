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
from app.text.terms import QUERY_STOPWORDS, stem, terms

# cosine of two single words' MiniLM vectors that reads as one meaning: "died" / "killed" 0.79, "died" / "dead" 0.77;
# a word of the same topic is no rewording: "pollution" / "environmental" 0.74, "punished" / "fined" 0.70, "toll" /
# "bridge" 0.52, "shops" / "sales" 0.54
SAME_MEANING = 0.75
READ_PASSAGES = 3  # the passages most like the question, read word by word (each word embedded: ~2 ms)
_WORD = re.compile(r"[a-z][a-z'-]{3,}")  # words of four letters and more: short words carry no asked act or thing


def words_of(text: str) -> list[str]:
    """The distinct content words of `text`, lower-cased, as written (not stemmed), in order."""
    return list(dict.fromkeys(w for w in _WORD.findall(text.lower()) if w not in QUERY_STOPWORDS))


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
                  unused: Callable[[str], bool] = lambda term: True) -> list[Hit]:
    """`hits` with the coverage of the READ_PASSAGES most like the question counted again, a question word held when
    the passage says it in a word of the same meaning (`coverage(question_terms, passage_terms)`); one embedding call
    for every word read. Only the question words `unused(stem)` are looked up: those the corpus never uses (the
    reader's wording, "died"); a word the corpus uses elsewhere ("democracy") is held where it is written."""
    asked = set(terms(question, query=True))
    read = sorted(range(len(hits)), key=lambda i: -hits[i].dense)[:READ_PASSAGES]
    held = {i: frozenset(terms(hits[i].chunk.text)) for i in read}
    missing = {i: [w for w in unheld_words(question, held[i]) if unused(stem(w))] for i in read}
    said = {i: [w for w in words_of(hits[i].chunk.text) if stem(w) not in asked] for i in read}
    queried = list(dict.fromkeys(w for i in read for w in missing[i]))
    vocabulary = list(dict.fromkeys(w for i in read if missing[i] for w in said[i]))
    if not queried or not vocabulary:
        return hits
    vectors = np.asarray(embed([*queried, *vocabulary]), dtype=float)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    close = vectors[: len(queried)] @ vectors[len(queried):].T
    row, col = {w: n for n, w in enumerate(queried)}, {w: n for n, w in enumerate(vocabulary)}
    out = list(hits)
    for i in (i for i in read if missing[i]):
        cols = [col[w] for w in said[i]]
        found = frozenset(stem(w) for w in missing[i] if cols and close[row[w], cols].max() >= SAME_MEANING)
        if found:
            out[i] = replace(hits[i], coverage=max(hits[i].coverage, coverage(asked, held[i] | found)))
    return out
