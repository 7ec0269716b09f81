"""Sentence-level selection: the quote that answers comes first, and only quotes that add something.

The passages' sentences are scored against the question (`app/answer/scoring.py`). The best sentence is
extended to its neighbour when the answer continues there ("Barr was asked if…" → "Under an obstruction
statute, yes.") or to the sentence that opens the quotation it closes. Further quotes are kept only when they
are nearly as good and come from another outlet. With a floor, passages no sentence of which can reach it are
not split (`spans_reach`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

import numpy as np

from app.answer.asked import Asked, asked  # noqa: F401  (asked: re-exported for sides and compose)
from app.answer.goes_on import goes_on
from app.answer.own_words import own_words
from app.answer.replied import replies
from app.answer.quote import Quote  # noqa: F401  (re-exported: most stages take quotes from here)
from app.answer.retrieve import Hit
from app.answer.said import LEAD_IN_ENDS, document_first, said_first  # noqa: F401  (said_first: re-exported)
from app.answer.scoring import (Coverage, Embed, Scored, Sentence, most, passage_sentences, score_sentences,
                                sentence_vectors, tell, unearned)
from app.answer.signals import name_keys, speaker_match, spelled_terms  # noqa: F401  (re-exported)
from app.answer.verb_forms import other_forms, with_forms
from app.attribution.links import Link
from app.attribution.quotemarks import open_after
from app.store.sentences import Sentences
from app.text.terms import term_set

MAX_QUOTE_WORDS = 70
INTRODUCED_WORDS = 30  # a block a colon introduces is quoted whole up to this many words (a tweet, a short statement)


# The next sentence goes on from this one: a pronoun, a demonstrative, "however" or a word of time
# sequence in its first words ("Rouhani asked France to extradite MEK members." → "France, however,
# turned down this request."; "… after the revolution." → "In the following years, tensions developed …"), or a
# conjunction before "that" / "so" ("… a blank slate … | If that were so, it would never have been ratified"); a
# reported clause's "that" is no word between (" … | Officials have estimated that this will save …")
REFERS_BACK = re.compile(r"\W*(?:(?:[\w’'.-]+,?\s+){0,3}?(?:that\s+)?(?:he|she|they|it|this|these|those|such|however|"
                         r"following|then|later|afterwards?|eventually|subsequently)|"
                         r"(?:if|and|but|yet)\s+(?:that|so))\b", re.I)


def positions(scored: Sequence[Scored]) -> dict[tuple[int, int], Scored]:
    """Each scored sentence by its passage (the Hit, by identity) and its position there."""
    return {(id(x.sentence.hit), x.sentence.index): x for x in scored}


def extend(best: Scored, siblings: Sequence[Scored], margin: float,
           at: dict[tuple[int, int], Scored] | None = None, asked: frozenset[str] = frozenset(),
           future: bool = False) -> tuple[int, int, tuple[Link, ...]]:
    """Document span and chain of the quote around `best`: the next sentence joins when the answer
    continues there (the best one ends with ':' or '?', or is short, or the next one refers back to
    it, or it is a short quotation going on with the one the best one attributes: `goes_on`) or it scores within
    `margin`, in the same paragraph, with the same or a longer chain (`at`: `positions(siblings)`). A lead-in
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
        replied = j == s.index + 1 and replies(s.text, links, o.text)  # "Governor Pence? “Solid as a rock.”"
        if introduced and not o.links:  # the introduced words are the lead-in's source's, quotation marks or not
            shorter, longer = o.links, links
        elif not replied and (longer[: len(shorter)] != shorter or (not shorter and longer)):  # own voice never
            continue  # joins a relayed one, but a quick question its reply
        continues = introduced or replied or j == s.index + 1 and (s.text.rstrip().endswith(("?", "?”"))
                                                        or REFERS_BACK.match(o.text) is not None
                                                        or goes_on(s.text, s.links, o.text, o.links, asked, future))
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
DENSE_MOST = 1.0 + 1e-5  # a row's cosine to the unit question vector is at most 1 (and float noise)
REACH_SLACK = 1e-3  # float noise between a document's stored rows and the same vectors found by their text
# Passages of one document that `reachable` tests together: a test costs ~20 array operations and a read of the
# rows' vectors, about what scoring a lone passage's few sentences to their bound costs (the other stance groups'
# look at 1k bench chunks: 5-10 passages, each of its own document; testing them cost 0.35 ms of selection a
# question for 0.8 passages dropped). An article's passages (`_article_quotes`: dozens of one document) still are.
SHARED_TEST = 2


def rank_quotes(ask: Asked, hits: Sequence[Hit], qvec: np.ndarray, embed: Embed, coverage: Coverage,
                floor: float | None = None, reached: bool = False) -> list[Quote]:
    """Candidate quotes from every sentence of the passages, best first, none overlapping another;
    with a `floor`, only those scoring at least that (the same quotes, in the same order, as the
    whole ranking filtered: lower sentences are not scored in full and make no quote). `reached`: the passages were
    cut by `floor_reach` for this floor already (an article's, `_article_quotes`): not tested again."""
    # a said-question (or one about a document) reorders by its lower quotes too
    cut = floor if floor is not None and not (ask.said or ask.document) else None
    if cut is not None and not reached:  # the rest: no quote
        hits = reachable(ask, hits, qvec, coverage, cut - EXTEND_MARGIN)
    sentences = [s for h in hits for s in passage_sentences(h)]
    scored = score_sentences(ask, sentences, sentence_vectors([s.text for s in sentences], embed), qvec, coverage,
                             cut - EXTEND_MARGIN if cut is not None else None)
    quotes: list[Quote] = []
    topic = ask.terms - term_set(" ".join(sorted(ask.speakers)))  # what is asked about the source (`goes_on`)
    taken: dict[str, list[int]] = {}  # the quotes kept so far (positions in `quotes`), by document
    at = positions(scored)
    for sc in scored:
        if cut is not None and sc.score < cut:
            break  # every later one scores lower
        start, end, links = extend(sc, scored, EXTEND_MARGIN, at, topic, ask.future)
        c = sc.sentence.hit.chunk
        kept = taken.setdefault(c.doc_id, [])
        over = [i for i in kept if start < quotes[i].end and quotes[i].start < end]
        if over:  # its span reaches into a better quote: no quote of its own; that quote may grow to hold it
            s = sc.sentence
            if len(over) == 1 and not any(s.start < quotes[i].end and quotes[i].start < s.end for i in kept):
                quotes[over[0]] = _grown(quotes[over[0]], sc.sentence.hit, start, end, links)
            continue
        text = c.text[start - c.start : end - c.start]
        if start == sc.sentence.start and end == sc.sentence.end:  # one stored sentence: its terms, figures as stored
            tell(sc.sentence)
        quotes.append(Quote(sc.sentence.hit, start, end, text, 0, links, sc.score, sc.dense, sc.cover, sc.lift))
        kept.append(len(quotes) - 1)
    quotes = document_first(ask, said_first(ask, own_words(ask, quotes)))  # X's paraphrase with X's words after it
    return quotes if floor is None else [q for q in quotes if q.score >= floor]


def _grown(q: Quote, hit: Hit, start: int, end: int, links: tuple[Link, ...]) -> Quote:
    """`q` with `grown` set to it joined with the span `start`-`end` of a lower sentence (`hit`'s, under `links`) whose
    extension reaches into it: one passage holding both, at most MAX_QUOTE_WORDS, the chains as `extend` joins them
    (one goes on from the other); the first such sentence only (the best of them). Else `q` as it was."""
    lo, hi = min(q.start, start), max(q.end, end)
    c = next((h.chunk for h in (q.hit, hit) if h.chunk.start <= lo and hi <= h.chunk.end), None)
    shorter, longer = sorted((q.links, links), key=len)
    if q.grown is not None or c is None or longer[: len(shorter)] != shorter or (not shorter and longer):
        return q
    text = c.text[lo - c.start : hi - c.start]
    if len(text.split()) > MAX_QUOTE_WORDS:
        return q
    hit = q.hit if c is q.hit.chunk else hit
    return replace(q, grown=replace(q, hit=hit, start=lo, end=hi, text=text, links=longer))


def reachable(ask: Asked, hits: Sequence[Hit], qvec: np.ndarray, coverage: Coverage, below: float) -> list[Hit]:
    """The passages that may make a quote scoring `below` or more (`spans_reach`): the others are not split. Only a
    document with SHARED_TEST passages or more is tested (all at once); a lone passage is scored instead, where its
    low sentences stop at the same bound (`score_sentences`) and make no quote: the same quotes either way."""
    docs: dict[int, list[Hit]] = {}
    for h in (h for h in hits if h.sentences is not None):  # else split and tokenised when ranked: no bound
        docs.setdefault(id(h.sentences), []).append(h)
    dropped = {id(h) for same in docs.values() if len(same) >= SHARED_TEST for h, ok in zip(same, spans_reach(
        ask, same[0].sentences, [(h.chunk.start, h.chunk.end) for h in same], qvec, coverage, below)) if not ok}
    return [h for h in hits if id(h) not in dropped]


def spans_reach(ask: Asked, stored: Sentences, spans: Sequence[tuple[int, int]], qvec: np.ndarray, coverage: Coverage,
                below: float) -> list[bool]:
    """For each span of one document, whether a stored sentence in it may score `below` or more (`most`, the bound
    `score_sentences` gives one it does not score in full): its coverage at most the document's (the asked terms
    its bytes hold, and the terms of the question's acronyms it may spell out: `spelled_terms`), then its own, less
    the date and figure bonuses its stored mark says it cannot earn (`unearned`);
    True for a span of no stored sentence or a document with no stored terms (each row tested once, the spans' rows
    found at once: an article's 50 overlapping chunks cost 0.1 ms span by span)."""
    if stored.bounds is None or not spans:
        return [True] * len(spans)
    asked_terms, forms, below = set(ask.terms), other_forms(ask.terms), below - REACH_SLACK
    starts, ends = np.array(spans, dtype=np.int64).reshape(-1, 2).T  # `Sentences.rows` of every span:
    his = np.maximum(los := np.searchsorted(stored.starts, starts, "left"), np.searchsorted(stored.ends, ends, "right"))
    spelled = spelled_terms(ask)  # what a sentence spelling out the question's acronyms may add to its own terms
    held = frozenset(t for t in asked_terms if stored.holds(t) or t in forms and stored.holds(forms[t])) | spelled
    most_cover = coverage(asked_terms, held)  # no sentence holds more than its document (and the acronyms spelled out)
    if most(ask, DENSE_MOST, most_cover) < below:  # not even a row as close as the question itself: no vector read
        return (los == his).tolist()
    vectors = np.asarray(stored.vectors[(lo := int(los.min())) : int(his.max())], dtype=np.float32)
    norms = np.sqrt(np.add.reduce(vectors * vectors, 1))  # np.linalg.norm's sum, without its checks
    dense = (vectors @ np.asarray(qvec, dtype=np.float32)) / np.maximum(norms, 1e-12)
    if stored.marks is not None and (ask.date or ask.figure):  # a bonus a row's mark says it cannot earn: off its bound
        dense -= unearned(ask, stored.marks[lo : int(his.max())])
    near = (np.flatnonzero(most(ask, dense, most_cover) >= below) + lo).tolist()  # rows that may reach it
    reach = np.array([i for i in near if most(ask, float(dense[i - lo]), coverage(
        asked_terms, (with_forms(stored.terms(i), forms) if forms else stored.terms(i)) | spelled)) >= below],
        dtype=np.int64)
    return ((los == his) | (np.searchsorted(reach, los) < np.searchsorted(reach, his))).tolist()


def floor_reach(ask: Asked, qvec: np.ndarray, coverage: Coverage, floor: float | None
                ) -> Callable[[Sentences, Sequence[tuple[int, int]]], list[bool]] | None:
    """`spans_reach` for the passages `rank_quotes(..., floor=floor)` can quote from; None when it reads them all."""
    return None if floor is None or ask.said else (  # the same cut as rank_quotes
        lambda stored, spans: spans_reach(ask, stored, spans, qvec, coverage, floor - EXTEND_MARGIN))
