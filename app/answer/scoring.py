"""Sentence scoring: every sentence of the retrieved passages scored against the question.

`score` (pure) adds to a sentence's MiniLM similarity to the question the share of the question's idf-weighted
terms it holds (an irregular past as its verb, `verb_forms`), a figure when the question asks "how many / how
much", a date when it asks "when / on what day", and the speaker when the question asks what a named source said;
a sentence opening with an anaphor also carries, for the opening quote only, the terms the sentence before it names
(`anaphora`). `passage_sentences` reads a passage's sentences as ingest stored them; sentence vectors come through
one seam, `sentence_vectors`. `app/answer/select.py` makes quotes of the best.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import cache
from itertools import repeat
from typing import NamedTuple

import numpy as np

from app.answer.anaphora import antecedents, sentence_terms
from app.answer.asked import Asked
from app.answer.dates import names_date
from app.answer.retrieve import Hit
from app.answer.signals import (figure_answers, is_headline, names_element, names_recipient, speaker_match,
                                 spelled_out, spelled_terms)
from app.answer.verb_forms import other_forms, with_forms
from app.attribution.figure_codec import figures_from, units_from
from app.attribution.links import Link, links_from_meta, sentence_chains
from app.store.sentences import Sentences
from app.text.marks import COUNTS, DATED
from app.text.sentences import split_sentences
from app.text.terms import tell as tell_text
from app.text.terms import terms

Embed = Callable[[Sequence[str]], np.ndarray]
# idf-weighted share of the question a text (or its terms) holds
Coverage = Callable[[set[str], str | frozenset[str]], float]

W_COVER = 0.35  # weight of idf-weighted term coverage next to cosine similarity
W_FIGURE = 0.15  # a figure of what the question counts, when it asks "how many / how much"
W_SPEAKER = 0.15  # the sentence's chain names the source the question asks about
W_RECIPIENT = 0.15  # the sentence names whom the question says the source told ("tell CNN")
W_ELEMENT = 0.15  # the sentence names what a "what/which <noun>" question asks for ("At what ceremony…")
W_DATE = 0.15  # the sentence names a date when the question asks "when / on what day / in what year"
HEADLINE_PENALTY = 0.1  # a line with no closing punctuation is a headline or caption, not an answer
SHORT = 6  # words: a shorter sentence is a headline or fragment…
SHORT_PENALTY = 0.1  # …and scores this much lower


def sentence_vectors(texts: Sequence[str], embed: Embed) -> np.ndarray:
    """The seam for sentence vectors: today the assistant's (cached) embedder; stored vectors later."""
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    return np.asarray(embed(list(texts)), dtype=np.float32)


class Sentence(NamedTuple):  # a few hundred per question: a tuple is made in a quarter of a frozen dataclass's time
    hit: Hit
    index: int  # position among the passage's sentences
    start: int  # document offsets
    end: int
    text: str
    links: tuple[Link, ...]
    para: int  # paragraph number inside the passage
    terms: frozenset[str] | None = None  # its search terms as ingest stored them (None: tokenise the text)
    initials: frozenset[str] | None = None  # its `initialisms` as ingest stored them (None: work them out)
    figures: bytes | None = None  # its figures as ingest stored them (`figure_codec`; None: work them out)
    refs: bytes | None = None  # where its first words point back to, as ingest stored it (`anaphora`; None: find it)
    dated: bool | None = None  # it names a date, as its stored mark says (`app.text.marks`; None: search its text)


def passage_sentences(hit: Hit) -> list[Sentence]:
    """The passage's sentences with their chains: the spans, terms and signals ingest stored for its
    document (split and tokenised here only for an index that has none)."""
    c, stored, out = hit.chunk, hit.sentences, []
    rows = stored.rows(c.start, c.end) if stored is not None else range(0)
    if rows:  # document offsets
        spans = stored.spans_of(rows)
        words: Iterable[frozenset[str] | None] = stored.terms_of(rows)
        signals: Iterable[tuple] = zip(stored.initials_of(rows), stored.figures_of(rows), stored.refs_of(rows),
                                       _dated(stored, rows))
    else:
        spans, words = ((c.start + s.start, c.start + s.end) for s in split_sentences(c.text)), repeat(None)
        signals = repeat((None, None, None, None))
    chains, own, text, at = sentence_chains(c.meta), links_from_meta(c.meta), c.text, c.start
    for i, ((start, end), w, (k, f, r, d)) in enumerate(zip(spans, words, signals)):
        links = own  # the chain of the first stored sentence chain overlapping it, else the chunk's
        for a, b, found in chains:
            if a < end and start < b:
                links = found
                break
        out.append(Sentence(hit, i, start, end, text[start - at : end - at], links, text.count("\n\n", 0, start - at),
                            w, k, f, r, d))
    return out


def _dated(stored: Sentences, rows: range) -> list[bool | None]:
    """Whether each of `rows` names a date, as its stored mark says (`app.text.marks.DATED`; None: no marks stored): a
    date question's sentences are not searched for one again."""
    if stored.marks is None:
        return [None] * len(rows)
    return [bool(m & DATED) for m in stored.marks[rows.start : rows.stop].tolist()]


class Told(NamedTuple):
    """What ingest stored for a sentence that the per-text rules read (its own values only: no passage or document
    kept alive by the cache): its terms, and its figures (decoded when asked)."""
    terms: frozenset[str] | None
    figure_bytes: bytes | None

    def figures(self) -> tuple | None:
        return None if self.figure_bytes is None else figures_from(self.figure_bytes)

    def figure_units(self) -> frozenset[str] | None:
        """The units of its stored figures (`units.figure_units` of its text), none else decoded."""
        return None if self.figure_bytes is None else units_from(self.figure_bytes)


def tell(s: Sentence) -> None:
    """Tell the per-text rules what ingest stored for `s`'s text, a quote's whole text (`select.rank_quotes`): its
    terms (`term_set`) and figures (`figures`) are read when a rule first asks, not tokenised and parsed again."""
    tell_text(s.text, Told(s.terms, s.figures))


class Scored(NamedTuple):  # one per sentence scored, as many as Sentences
    sentence: Sentence
    score: float
    dense: float
    cover: float
    lift: float = 0.0  # W_COVER x the coverage its anaphor's antecedent adds (`anaphora`): for the opening only


def score(dense: float, cover: float, words: int, figure: bool, speaker: bool, recipient: bool = False,
          element: bool = False, headline: bool = False, date: bool = False) -> float:
    """One sentence's score against the question (pure)."""
    return (dense + W_COVER * cover + W_FIGURE * figure + W_SPEAKER * speaker + W_RECIPIENT * recipient
            + W_ELEMENT * element + W_DATE * date - (SHORT_PENALTY if words < SHORT else 0.0)
            - HEADLINE_PENALTY * headline)


def score_sentences(ask: Asked, sentences: Sequence[Sentence], vectors: np.ndarray, qvec: np.ndarray,
                    coverage: Coverage, below: float | None = None) -> list[Scored]:
    """Every sentence scored, best first (vectors[i] is sentences[i]'s unit vector). `below`: a
    sentence whose score cannot reach it (`most`: every bonus the question allows, no penalty) is
    not scored further and keeps that bound as its score (a caller that wants only quotes above
    `below` plus the extension margin loses nothing: the bound is lower than those quotes too)."""
    dense = vectors @ np.asarray(qvec, dtype=np.float32) if len(sentences) else np.zeros(0)
    out, asked_terms, forms = [], set(ask.terms), other_forms(ask.terms)  # forms: "paid" covers "pay"
    # the signals a question does not ask for are False for every sentence: not called per sentence
    acronyms, recipients, element = bool(ask.acronyms), bool(ask.recipients), bool(ask.element)
    spelled = spelled_terms(ask)  # the most its acronyms spelled out add to a sentence's terms (its bound's coverage)
    for s, d, before in zip(sentences, dense, antecedents(sentences)):
        stored = None  # the coverage of the stored terms, when the bound needed it
        held = with_forms(s.terms, forms) if forms and s.terms is not None else s.terms
        if below is not None and held is not None:
            stored = None if ask.acronyms else coverage(asked_terms, held)
            bound = most(ask, float(d), coverage(asked_terms, held | spelled) if stored is None else stored)
            if bound < below:
                out.append(Scored(s, bound, float(d), 0.0))
                continue
        extra = spelled_out(ask, s.text, s.initials) if acronyms else ""
        if held is None:
            cover = coverage(asked_terms, f"{s.text} {extra}" if extra else s.text)
        elif extra:  # the terms ingest stored, with the words of the acronyms the sentence spells out
            cover = coverage(asked_terms, held | frozenset(terms(extra)))
        else:
            cover = coverage(asked_terms, held) if stored is None else stored
        has_figure = ask.figure and figure_answers(ask, s.text, s.figures)
        lift = 0.0 if before is None else W_COVER * max(0.0, coverage(  # what its anaphor stands for, named before it
            asked_terms, with_forms(before | sentence_terms(s), forms)) - cover)
        out.append(Scored(s, score(float(d), cover, len(s.text.split()), has_figure,
                                   ask.said and speaker_match(s.links, ask.speakers, s.hit),
                                   recipients and names_recipient(ask, s.text),
                                   element and names_element(ask, s.text), is_headline(s.text),
                                   ask.date and (names_date(s.text) if s.dated is None else s.dated)),
                          float(d), cover, lift))
    # a sentence two passages hold: the one that sees its antecedent
    return sorted(out, key=lambda x: (-x.score, -x.lift))


def unearned(ask: Asked, marks: np.ndarray | None) -> np.ndarray | float:
    """For each sentence of these stored marks (`app.text.marks`), the bonuses `most` allows that it cannot earn: the
    date's when it names none, the figure's when it can count nothing (0.0: no marks stored). One lookup per row in
    a table by mark (the bit tests as array operations cost 5 us a call, several calls a question)."""
    if marks is None or not (ask.date or ask.figure):
        return 0.0
    return _unearned_by_mark(bool(ask.date), bool(ask.figure))[marks]


@cache
def _unearned_by_mark(date: bool, figure: bool) -> np.ndarray:
    """`unearned` of each possible mark (a byte) for a question that asks for a date and / or a figure."""
    return np.array([W_DATE * (date and not m & DATED) + W_FIGURE * (figure and not m & COUNTS) for m in range(256)],
                    dtype=np.float32)


def most(ask: Asked, dense: float, cover: float) -> float:
    """The highest score a sentence of this similarity and coverage (at most `cover`) can get for
    the question: every bonus it allows, no penalty (a hair above, against rounding)."""
    return score(dense, cover, SHORT, ask.figure, ask.said, bool(ask.recipients), bool(ask.element),
                 date=ask.date) + 1e-9
