"""Sentence-level selection: the quote that answers comes first, and only quotes that add something.

Every sentence of the retrieved passages is scored against the question (pure `score`): its MiniLM similarity
to the question, the share of the question's idf-weighted terms it holds (an irregular past as its verb,
`verb_forms`), a figure when the question asks "how many / how much", a date when it asks "when / on what day",
and the speaker when the question asks what a named source said; a sentence opening with an anaphor also
carries, for the opening quote only, the terms the sentence before it names (`anaphora`). The best sentence is
extended to its neighbour when the answer continues there ("Barr was asked if…" → "Under an obstruction
statute, yes.") or to the sentence that opens the quotation it closes. Further quotes are kept only when they
are nearly as good and come from another outlet. Sentence vectors come through one seam, `sentence_vectors`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
from typing import NamedTuple

import numpy as np

from app.answer.anaphora import antecedents, sentence_terms
from app.answer.asked import Asked, asked  # noqa: F401  (asked: re-exported for sides and compose)
from app.answer.dates import names_date
from app.answer.quote import Quote  # noqa: F401  (re-exported: most stages take quotes from here)
from app.answer.retrieve import Hit
from app.answer.said import LEAD_IN_ENDS, said_first  # noqa: F401  (said_first: re-exported)
from app.answer.signals import (figure_answers, is_headline, name_keys, names_element, names_recipient,  # noqa: F401
                                 speaker_match, spelled_out)  # name_keys, speaker_match: re-exported
from app.answer.verb_forms import other_forms, with_forms
from app.attribution.links import Link, links_from_meta, sentence_chains
from app.attribution.quotemarks import open_after
from app.store.sentences import Sentences
from app.text.sentences import split_sentences
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
MAX_QUOTE_WORDS = 70
INTRODUCED_WORDS = 30  # a block a colon introduces is quoted whole up to this many words (a tweet, a short statement)


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


def passage_sentences(hit: Hit) -> list[Sentence]:
    """The passage's sentences with their chains: the spans, terms and signals ingest stored for its
    document (split and tokenised here only for an index that has none)."""
    c, stored, out = hit.chunk, hit.sentences, []
    rows = stored.rows(c.start, c.end) if stored is not None else range(0)
    if rows:  # document offsets
        spans = stored.spans_of(rows)
        words: Iterable[frozenset[str] | None] = stored.terms_of(rows)
        signals: Iterable[tuple] = zip(stored.initials_of(rows), stored.figures_of(rows), stored.refs_of(rows))
    else:
        spans, words = ((c.start + s.start, c.start + s.end) for s in split_sentences(c.text)), repeat(None)
        signals = repeat((None, None, None))
    chains, own, text, at = sentence_chains(c.meta), links_from_meta(c.meta), c.text, c.start
    for i, ((start, end), w, (k, f, r)) in enumerate(zip(spans, words, signals)):
        links = own  # the chain of the first stored sentence chain overlapping it, else the chunk's
        for a, b, found in chains:
            if a < end and start < b:
                links = found
                break
        out.append(Sentence(hit, i, start, end, text[start - at : end - at], links, text.count("\n\n", 0, start - at),
                            w, k, f, r))
    return out


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
    for s, d, before in zip(sentences, dense, antecedents(sentences)):
        stored = None  # the coverage of the stored terms, when the bound needed it
        held = with_forms(s.terms, forms) if forms and s.terms is not None else s.terms
        if below is not None and held is not None:
            stored = None if ask.acronyms else coverage(asked_terms, held)
            bound = most(ask, float(d), 1.0 if stored is None else stored)
            if bound < below:
                out.append(Scored(s, bound, float(d), 0.0))
                continue
        extra = spelled_out(ask, s.text, s.initials)
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
                                   ask.said and speaker_match(s.links, ask.speakers), names_recipient(ask, s.text),
                                   names_element(ask, s.text), is_headline(s.text), ask.date and names_date(s.text)),
                          float(d), cover, lift))
    # a sentence two passages hold: the one that sees its antecedent
    return sorted(out, key=lambda x: (-x.score, -x.lift))


def most(ask: Asked, dense: float, cover: float) -> float:
    """The highest score a sentence of this similarity and coverage (at most `cover`) can get for
    the question: every bonus it allows, no penalty (a hair above, against rounding)."""
    return score(dense, cover, SHORT, ask.figure, ask.said, bool(ask.recipients), bool(ask.element),
                 date=ask.date) + 1e-9


# The next sentence goes on from this one: a pronoun, a demonstrative, "however" or a word of time
# sequence in its first words ("Rouhani asked France to extradite MEK members." → "France, however,
# turned down this request."; "… after the revolution." → "In the following years, tensions developed …").
REFERS_BACK = re.compile(r"\W*(?:[\w’'.-]+,?\s+){0,3}?(?:he|she|they|it|this|these|those|such|however|"
                         r"following|then|later|afterwards?|eventually|subsequently)\b", re.I)


def positions(scored: Sequence[Scored]) -> dict[tuple[int, int], Scored]:
    """Each scored sentence by its passage (the Hit, by identity) and its position there."""
    return {(id(x.sentence.hit), x.sentence.index): x for x in scored}


def extend(best: Scored, siblings: Sequence[Scored], margin: float,
           at: dict[tuple[int, int], Scored] | None = None) -> tuple[int, int, tuple[Link, ...]]:
    """Document span and chain of the quote around `best`: the next sentence joins when the answer
    continues there (the best one ends with ':' or '?', or is short, or the next one refers back to
    it) or it scores within `margin`,
    in the same paragraph, with the same or a longer chain (`at`: `positions(siblings)`). A lead-in
    ending with ':' at a paragraph's end is quoted as the words it introduces, the next paragraph's
    (`_paragraph_from`), under its own chain when they carry none."""
    s = best.sentence
    start, end, links, words = s.start, s.end, s.links, len(s.text.split())
    at = positions(siblings) if at is None else at
    opened = _quotation_opened_before(best, at)
    if opened is not None and words + len(opened.text.split()) <= MAX_QUOTE_WORDS:
        return opened.start, end, links
    leads_in = s.text.rstrip().endswith(LEAD_IN_ENDS)
    for j in (s.index + 1, s.index - 1):
        other = at.get((id(s.hit), j))
        # "X lashed out on Twitter, saying:" | the words, in the next paragraph
        introduced = leads_in and j == s.index + 1
        if other is None or (other.sentence.para != s.para and not introduced):
            continue
        o = other.sentence
        shorter, longer = sorted((links, o.links), key=len)
        if introduced and not o.links:  # the introduced words are the lead-in's source's, quotation marks or not
            shorter, longer = o.links, links
        elif longer[: len(shorter)] != shorter or (not shorter and longer):  # own voice never joins a relayed one
            continue
        continues = introduced or j == s.index + 1 and (s.text.rstrip().endswith(("?", "?”"))
                                                        or REFERS_BACK.match(o.text) is not None)
        # a quote stays in its paragraph: the words introduced, under the lead-in's chain
        if introduced and o.para != s.para:
            if len(o.text.split()) <= MAX_QUOTE_WORDS:  # (a longer one leaves the lead-in alone)
                return *_paragraph_from(o, at), longer
            continue
        if (continues or words < 12 or other.score >= best.score - margin) \
                and words + len(o.text.split()) <= MAX_QUOTE_WORDS:
            return min(start, o.start), max(end, o.end), longer
    return start, end, links


def _paragraph_from(o: Sentence, at: dict[tuple[int, int], Scored]) -> tuple[int, int]:
    """Span of `o` and the sentences after it in its paragraph, up to `INTRODUCED_WORDS` (the words a colon introduced:
    a short block such as a tweet whole, a long one's first sentence, as a plain question's quote would be)."""
    end, words, j = o.end, len(o.text.split()), o.index + 1
    while (nxt := at.get((id(o.hit), j))) is not None and nxt.sentence.para == o.para:
        words += len(nxt.sentence.text.split())
        if words > INTRODUCED_WORDS:
            break
        end, j = nxt.sentence.end, j + 1
    return o.start, end


def _quotation_opened_before(best: Scored, at: dict[tuple[int, int], Scored]) -> Sentence | None:
    """The sentence before `best` when it opens a quotation that `best` goes on with, by the same
    speaker in the same paragraph ("“She may have got out over her skis …. | It’s very unusual,” Dick
    Durbin told the outlet."): the words asked about start there, the attribution only ends them."""
    s = best.sentence
    before = at.get((id(s.hit), s.index - 1))
    o = before.sentence if before is not None else None
    if o is None or o.para != s.para or o.links != s.links or not s.links or not open_after(o.text, False):
        return None
    return o


EXTEND_MARGIN = 0.05  # a neighbour sentence joins the quote when it scores within this of the best
REACH_SLACK = 1e-3  # float noise between a document's stored rows and the same vectors found by their text


def rank_quotes(ask: Asked, hits: Sequence[Hit], qvec: np.ndarray, embed: Embed, coverage: Coverage,
                floor: float | None = None) -> list[Quote]:
    """Candidate quotes from every sentence of the passages, best first, none overlapping another;
    with a `floor`, only those scoring at least that (the same quotes, in the same order, as the
    whole ranking filtered: lower sentences are not scored in full and make no quote)."""
    cut = floor if floor is not None and not ask.said else None  # a said-question reorders by its lower quotes too
    hits = reachable(ask, hits, qvec, coverage, cut - EXTEND_MARGIN) if cut is not None else hits  # the rest: no quote
    sentences = [s for h in hits for s in passage_sentences(h)]
    scored = score_sentences(ask, sentences, sentence_vectors([s.text for s in sentences], embed), qvec, coverage,
                             cut - EXTEND_MARGIN if cut is not None else None)
    quotes: list[Quote] = []
    taken: dict[str, list[Quote]] = {}  # the quotes kept so far, by document
    at = positions(scored)
    for sc in scored:
        if cut is not None and sc.score < cut:
            break  # every later one scores lower
        start, end, links = extend(sc, scored, EXTEND_MARGIN, at)
        c = sc.sentence.hit.chunk
        if any(start < q.end and q.start < end for q in taken.get(c.doc_id, ())):
            continue
        text = c.text[start - c.start : end - c.start]
        quotes.append(Quote(sc.sentence.hit, start, end, text, 0, links, sc.score, sc.dense, sc.cover, sc.lift))
        taken.setdefault(c.doc_id, []).append(quotes[-1])
    quotes = said_first(ask, quotes)
    return quotes if floor is None else [q for q in quotes if q.score >= floor]


def reachable(ask: Asked, hits: Sequence[Hit], qvec: np.ndarray, coverage: Coverage, below: float) -> list[Hit]:
    """The passages that may make a quote scoring `below` or more (`spans_reach`): the others are not split."""
    docs: dict[int, list[Hit]] = {}
    for h in (h for h in hits if h.sentences is not None):  # else split and tokenised when ranked: no bound
        docs.setdefault(id(h.sentences), []).append(h)
    dropped = {id(h) for same in docs.values() for h, ok in zip(same, spans_reach(
        ask, same[0].sentences, [(h.chunk.start, h.chunk.end) for h in same], qvec, coverage, below)) if not ok}
    return [h for h in hits if id(h) not in dropped]


def spans_reach(ask: Asked, stored: Sentences, spans: Sequence[tuple[int, int]], qvec: np.ndarray, coverage: Coverage,
                below: float) -> list[bool]:
    """For each span of one document, whether a stored sentence in it may score `below` or more (`most`, the bound
    `score_sentences` gives one it does not score in full): its coverage at most the document's (the asked terms
    its bytes hold), then its own; True for a span of no stored sentence or a document with no stored terms (each
    row tested once, the spans' rows found at once: an article's 50 overlapping chunks cost 0.1 ms span by span)."""
    if stored.bounds is None or not spans:
        return [True] * len(spans)
    asked_terms, forms, below = set(ask.terms), other_forms(ask.terms), below - REACH_SLACK
    starts, ends = np.array(spans, dtype=np.int64).reshape(-1, 2).T  # `Sentences.rows` of every span:
    his = np.maximum(los := np.searchsorted(stored.starts, starts, "left"), np.searchsorted(stored.ends, ends, "right"))
    vectors = np.asarray(stored.vectors[(lo := int(los.min())) : int(his.max())], dtype=np.float32)
    norms = np.sqrt(np.add.reduce(vectors * vectors, 1))  # np.linalg.norm's sum, without its checks
    dense = (vectors @ np.asarray(qvec, dtype=np.float32)) / np.maximum(norms, 1e-12)
    held = frozenset(t for t in asked_terms if stored.holds(t) or t in forms and stored.holds(forms[t]))
    most_cover = 1.0 if ask.acronyms else coverage(asked_terms, held)  # no sentence holds more than its document
    near = (np.flatnonzero(most(ask, dense, most_cover) >= below) + lo).tolist()  # rows that may reach it
    reach = np.array([i for i in near if most(ask, float(dense[i - lo]), 1.0 if ask.acronyms else coverage(
        asked_terms, with_forms(stored.terms(i), forms) if forms else stored.terms(i))) >= below], dtype=np.int64)
    return ((los == his) | (np.searchsorted(reach, los) < np.searchsorted(reach, his))).tolist()


def floor_reach(ask: Asked, qvec: np.ndarray, coverage: Coverage, floor: float | None
                ) -> Callable[[Sentences, Sequence[tuple[int, int]]], list[bool]] | None:
    """`spans_reach` for the passages `rank_quotes(..., floor=floor)` can quote from; None when it reads them all."""
    return None if floor is None or ask.said else (  # the same cut as rank_quotes
        lambda stored, spans: spans_reach(ask, stored, spans, qvec, coverage, floor - EXTEND_MARGIN))
