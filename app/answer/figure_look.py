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
counts too many things. Takes the candidates, best first, and a reader of one article's quotes; gives the pick.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.answer.agree import paid_unit
from app.answer.article_read import ArticleQuotes, StoredTest
from app.answer.rebuttal import articles_quotes
from app.answer.scoring import sentence_vectors
from app.answer.select import Asked, Quote
from app.answer.verb_forms import IRREGULAR
from app.answer.sides import CONTEST_POOL, MAX_CANDIDATES, WIDE_POOL, Picked, contradiction
from app.attribution.figures import Figure, answer_figure, figures, figures_about_question
from app.attribution.units import figure_units
from app.store.sentences import Sentences

Embed = Callable[[Sequence[str]], np.ndarray]
OTHER_MAX = 4  # sentences of the other articles checked against the anchor


def figure_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes,
                embed: Embed) -> Picked:
    """`picked` unless another outlet's article gives another figure of what the anchor counts (see above): then
    the anchor and that figure, contested (a better-ranked quote gives no figure of what is asked)."""
    if picked.contested or not picked.quotes or not ranked or not ask.figure or ask.said or ask.role:
        return picked
    found = _anchor(ask, question, ranked)
    if found is None:
        return picked
    anchor, unit = found

    keep = CountsUnit(unit)
    docs = dict.fromkeys(q.hit.chunk.doc_id for q in ranked[:MAX_CANDIDATES] if q.outlet != anchor.outlet)
    cands = articles_quotes(docs, article, keep, floor=ranked[0].score - WIDE_POOL, most=OTHER_MAX)
    if not cands:
        return picked
    vectors = sentence_vectors([anchor.text, *(q.text for q in cands)], embed)
    for q, v in zip(cands, vectors[1:]):
        if figures_about_question(anchor.text, q.text, ask.terms, counted=ask.predicate) \
                and contradiction(ask, question, anchor, q, float(v @ vectors[0])) == "figures":
            return Picked([anchor, q], True, "figures", (0, 1), (0, 1))
    return picked


@dataclass(frozen=True)
class CountsUnit(StoredTest):
    """A text test: it gives a figure of `unit` (its figures' units only). `stored` answers first from the figures
    ingest stored for a document's sentences (False: none counts it, the text is not read; None: none stored)."""
    unit: str

    def __call__(self, text: str) -> bool:
        return self.unit in figure_units(text)

    def stored(self, sentences: Sentences | None, start: int = 0, end: int | None = None) -> bool | None:
        return None if sentences is None else sentences.figures_hold(f'"{self.unit}"'.encode(), start, end)


# "How many women store managers are …", "How many troops died?", "How many people live in …": the counted noun is
# the plural that heads the words after "how many": the last plural before an auxiliary, a preposition or a past verb,
# or before a word that no plural follows (a present verb: "live", "support", "think"; an adjective: "pages long").
# Without a plural, the last word before such an end, or a lone word at the clause's end ("how many stores?"). None
# when the first word ends the run or is a past verb alone ("How many were killed", "How many died?", "How many of
# them …": the count's noun is not said)
_HOW_MANY = re.compile(r"\bhow\s+many\b(?P<rest>[^?.!;,:]*)", re.IGNORECASE)
_NOUNS_END = frozenset("are is were was did do does have has had will would can could of in at for on from to".split())
_PAST = frozenset(IRREGULAR.values())
_PLURALS = frozenset("people men women children police feet teeth mice geese cattle".split())
NOUN_WORDS = 4  # words of a counted noun phrase ("women store managers")


def _plural(word: str) -> bool:
    """A plural noun's look: an irregular plural, or a word in -s (not -ss, -us, -is, a possessive, nor 'has')."""
    return word in _PLURALS or (len(word) > 3 and word.endswith("s")
                                and not word.endswith(("ss", "us", "is", "'s", "’s")))


def counted_noun(question: str) -> str:
    """The noun "how many" counts, lower case ("" for none, see `_HOW_MANY`)."""
    m = _HOW_MANY.search(question)
    words = [w.strip("'’\"“”()") for w in m.group("rest").casefold().split()] if m is not None else []
    run: list[str] = []
    for k, w in enumerate(words[: NOUN_WORDS + 1]):
        if w in _NOUNS_END or (run and (w in _PAST or w.endswith("ed"))):  # "paid speeches": a first word qualifies
            break
        if any(map(_plural, run)) and not _plural(w) and not _plural(words[k + 1] if k + 1 < len(words) else ""):
            break  # "people live in", "Americans support the bill": the plural's phrase has ended
        run.append(w)
    else:
        if len(run) == len(words) == 1:  # a lone word at the clause's end
            return "" if run[0] in _PAST or run[0].endswith("ed") else run[0]
        if len(words) > NOUN_WORDS + 1 or not any(map(_plural, run)):
            return ""
    plurals = [w for w in run if _plural(w)]
    return (plurals or run)[-1] if 0 < len(run) <= NOUN_WORDS else ""


def counted_unit(ask: Asked, question: str) -> str:
    """The unit a figure answering the question has: the noun "how many" counts ("stores" → its unit as
    `figures` writes it), dollars for a money question ("how much … spend"); "" for any other figure question."""
    noun = counted_noun(question)
    if noun:
        found = figures(f"2 {noun}")
        return found[0].unit if found else ""
    return paid_unit(ask)


def _anchor(ask: Asked, question: str, ranked: Sequence[Quote]) -> tuple[Quote, str] | None:
    """The best-ranked candidate within CONTEST_POOL whose answer figure is of the unit the question counts."""
    unit, top = counted_unit(ask, question), ranked[0].score
    for q in ranked[:MAX_CANDIDATES] if unit else ():
        if q.score < top - CONTEST_POOL:
            break
        f: Figure | None = answer_figure(q.text, ask.terms, ask.predicate)
        if f is not None and f.unit == unit:
            return q, unit
    return None
