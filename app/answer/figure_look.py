"""The figure's look: a how-many / how-much question whose first window holds no disagreement.

One outlet may count what is asked in a sentence the question does not retrieve: "the plaintiffs — who worked
in 3,400 stores —" ranks for "How many stores did the women suing Wal-Mart work in?", but another outlet's
"decisions at the more than 4,300 Wal-Mart and Sam's Club stores" sits in a passage about pay. The best-ranked
candidate within CONTEST_POOL of the best whose answer figure is of the unit asked (the noun "how many" counts,
dollars for a money question) is the anchor; the other outlets' articles among the candidates
are read (the passages the first retrieval did not return) for sentences giving a figure of the anchor's unit,
and the figures rule (`sides.contradiction`: the same quantity, figures that really differ, not another
period or part) decides, for two figures each with two of the question's terms around it (an outlet's sentence is
read here because it does not answer the question: "Jeb Bush released 33 years of returns" and "in the 15 years
since they left the White House" count years of other things). A figure with no unit is not looked for: a bare number
counts too many things. Failing that, the anchor's counterpart (`counterpart`: another voice's figure of the same
quantity, among the candidates, those read, and the anchor's own article's sentences of its unit) is its other side.
A money question's anchor may be in another currency ("1.8 billion crowns", `units.unit_kind`): its unit is then the
one looked for. Takes the candidates, best first, and a reader of one article's quotes; gives the pick.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from app.answer.article_read import ArticleQuotes, StoredTest
from app.answer.rebuttal import articles_quotes
from app.answer.scoring import sentence_vectors
from app.answer.select import Asked, Quote
from app.answer.asked_figure import asked_figure, counted_unit
from app.answer.elided_figure import elided, elided_span
from app.answer.figure_counterpart import counterpart
from app.answer.sides import CONTEST_POOL, MAX_CANDIDATES, WIDE_POOL, Picked, contradiction
from app.attribution.figures import figures_about_question
from app.attribution.units import figure_units, unit_kind
from app.store.sentences import Sentences
from app.text.terms import STOPWORDS, stem

Embed = Callable[[Sequence[str]], np.ndarray]
OTHER_MAX = 4  # sentences of the other articles checked against the anchor


def figure_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes,
                embed: Embed, rest: Sequence[Quote] = ()) -> Picked:
    """`picked` unless another outlet's article gives another figure of what the anchor counts (see above): then
    the anchor and that figure, contested (a better-ranked quote gives no figure of what is asked). `rest`: the whole
    ranking, whose sentences giving a figure by reference ("the real number was …", `elided_figure`) are read too."""
    if picked.contested or not picked.quotes or not ranked or not ask.figure or ask.said or ask.role:
        return picked
    found = _anchor(ask, question, ranked)
    if found is None:
        return picked
    anchor, unit = found

    keep = CountsUnit(unit)
    docs = dict.fromkeys(q.hit.chunk.doc_id for q in ranked[:MAX_CANDIDATES] if q.outlet != anchor.outlet)
    cands = articles_quotes(docs, article, keep, floor=ranked[0].score - WIDE_POOL, most=OTHER_MAX)
    if cands:
        vectors = sentence_vectors([anchor.text, *(q.text for q in cands)], embed)
        for q, v in zip(cands, vectors[1:]):
            if figures_about_question(anchor.text, q.text, ask.terms, counted=ask.predicate) \
                    and contradiction(ask, question, anchor, q, float(v @ vectors[0])) == "figures":
                return Picked([anchor, q], True, "figures", (0, 1), (0, 1))
    told = [*docs, anchor.hit.chunk.doc_id]  # and a figure that leaves its noun to "the number" (`elided_figure`)
    by_reference = [q for q in [*ranked, *rest] if _elided(q.text)][:OTHER_MAX]
    other = _counterpart(ask, question, anchor, unit, [*ranked[:MAX_CANDIDATES], *cands, *articles_quotes(
        [anchor.hit.chunk.doc_id], article, keep, most=OTHER_MAX), *by_reference,
        *articles_quotes(told, article, _elided, most=OTHER_MAX)], embed)
    return Picked([anchor, other], True, "figures", (0, 1), (0, 1)) if other is not None else picked


def _counterpart(ask: Asked, question: str, anchor: Quote, unit: str, found: Sequence[Quote], embed: Embed
                 ) -> Quote | None:
    """The first of `found` (the candidates, the other outlets' quotes of the unit, the anchor's article's) that is
    the anchor's counterpart (`counterpart`: another voice's figure of the same quantity), or None."""
    cands = [q for q in found if (unit in figure_units(q.text) or _elided(q.text)) and q.text != anchor.text]
    if not cands:
        return None
    vectors = sentence_vectors([anchor.text, *(q.text for q in cands)], embed)
    found = next((q for q, v in zip(cands, vectors[1:])
                  if counterpart(ask, question, unit, anchor, q, float(v @ vectors[0]))), None)
    return _own_sentence(found) if found is not None and unit not in figure_units(found.text) else found


def _own_sentence(q: Quote) -> Quote:
    """A quote giving its figure by reference ("the number is below 50,000"), cut to that sentence: a sentence before
    it in the quote ("Most are over 75") gives no figure of the dispute."""
    span = elided_span(q.text)
    if span is None or span == (0, len(q.text)):
        return q
    start, end = span
    return replace(q, start=q.start + start, end=q.start + end, text=q.text[start:end], grown=None)


def _elided(text: str) -> bool:
    return elided(text) is not None


@dataclass(frozen=True)
class CountsUnit(StoredTest):
    """A text test: it gives a figure of `unit` (its figures' units only). `stored` answers first from the figures
    ingest stored for a document's sentences (False: none counts it, the text is not read; None: none stored)."""
    unit: str

    def __call__(self, text: str) -> bool:
        return self.unit in figure_units(text)

    def stored(self, sentences: Sentences | None, start: int = 0, end: int | None = None) -> bool | None:
        return None if sentences is None else sentences.figures_hold(f'"{self.unit}"'.encode(), start, end)

    def stored_spans(self, sentences: Sentences | None, starts: Sequence[int], ends: Sequence[int]
                     ) -> list[bool | None]:
        found = None if sentences is None else sentences.figures_hold_spans(
            f'"{self.unit}"'.encode(), np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64))
        return [None] * len(starts) if found is None else found

    def told(self, sentences: Sentences, start: int, end: int) -> bool | None:
        """Whether one of the sentences spanning [start, end) counts `unit`, by their stored figures' units (None:
        none stored)."""
        units = sentences.figure_units(start, end)
        return None if units is None else self.unit in units


def _anchor(ask: Asked, question: str, ranked: Sequence[Quote]) -> tuple[Quote, str] | None:
    """The best-ranked candidate within CONTEST_POOL whose answer figure is of the unit the question counts; for "how
    much <noun>" of a thing measured, not counted ("How much solvent leaked …?"), the unit of the first answer figure
    with that noun beside it ("about 2,000 gallons of a solvent mixture": gallons)."""
    unit, top = counted_unit(ask, question), ranked[0].score
    noun = None if unit else _measured_noun(question)
    for q in ranked[:MAX_CANDIDATES] if unit or noun else ():
        if q.score < top - CONTEST_POOL:
            break
        f = asked_figure(ask, q.text, unit)  # "two strategists … reserved $500,000": the sum
        if f is not None and f.unit and (unit_kind(f.unit) == unit if unit else noun in f.context
                                         and f.unit not in _SHARES):  # "1.8 billion crowns": its own currency
            return q, f.unit
    return None


_HOW_MUCH = re.compile(r"^\s*how\s+much\s+(?P<noun>[a-z]{3,})\s+(?:\w+\s+)?(?:was|were|is|are|has|have|had|did|does|do|"
                       r"will|would|could|can|[a-z]+ed)\b", re.IGNORECASE)
_SHARES = frozenset({"percent", "dollar", ""})


def _measured_noun(question: str) -> str | None:
    """The stem of the noun "how much" asks a measure of ("How much solvent leaked …": solvent), or None."""
    m = _HOW_MUCH.match(question)
    return stem(m.group("noun").casefold()) if m and m.group("noun").casefold() not in STOPWORDS else None
