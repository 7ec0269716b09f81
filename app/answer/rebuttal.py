"""A second look for the other side: when the first window of quotes holds no disagreement, the
best quotes of the other stance groups (a retrieval restricted to them) are checked against the
best quote. A rebuttal or denial that ranks below the first window is found this way, but it must
speak to the best quote's claim (its similarity to that quote, not only to the question) and
answer the question nearly as well as the best quote: as in the first window, a quote far below
it (CONTEST_POOL) counts only by a precise rule (figures of what is asked, a rebuttal naming its source).

The other side's look: when a quote of another stance group answers nearly as well as the best
one (within CLOSE), the passages of the stance groups other than *its* own (the best quote's group
among them) that the first retrieval missed are checked against it the same way: a rebuttal from
the best quote's side of what the other side says ("These anti-MEK claims were merely designed …")
is found even when its passage ranked below the first window.

The claim's look: the other side may tell the best quote's claim in words the question does not use
("no pay disparity" for "paid less"), so its quotes rank far below a best quote that repeats the question.
For a yes/no question (it asks whether a claim holds; not whether X said it, not a figure), the passages at
hand (the first retrieval's and the other stance groups') are ranked again against the best quote's own text
(no new pass over the index); a quote telling the same claim (SAME_CLAIM
to the best quote) and sharing CLAIM_TERMS of the question's terms with it that denies what the best
quote asserts (or the reverse), by the same rules as in the first window, is the other side. A day question
("On what day was … published?") gets a look at the other outlets' articles for another weekday of the asked
event (`day_look`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from itertools import islice

import numpy as np

from app.answer.accounts import RESTATES
from app.answer.agree import statement_asked
from app.answer.article_read import ArticleQuotes, Keep, passes
from app.answer.asked import asks_day
from app.answer.dated import asks_dated, days
from app.answer.opening import YES_NO
from app.answer.scoring import sentence_vectors
from app.answer.select import Asked, Quote
from app.answer.sides import CLOSE, CONTEST_POOL, SAME_CLAIM, WIDE_POOL, Picked, two_sides, contradiction
from app.answer.years import day_of_other_event
from app.text.terms import term_set

Embed = Callable[[Sequence[str]], np.ndarray]
OTHER_MAX = 4  # the other side's best-ranked quotes checked against the best quote


def second_look(ask: Asked, question: str, picked: Picked, others: Sequence[Quote], embed: Embed) -> Picked:
    """`others`: quotes from the other stance groups' passages, best first."""
    if picked.contested or not picked.quotes:
        return picked
    best = picked.quotes[0]
    found = _contradicting(ask, question, best, best.score, others, embed)
    return Picked([best, found[0]], True, found[1], (0, 1), (0, 1)) if found else picked


def _contradicting(ask: Asked, question: str, anchor: Quote, top: float, others: Sequence[Quote], embed: Embed
                   ) -> tuple[Quote, str] | None:
    """The first of the other side's best quotes (within WIDE_POOL of the best score `top`) that
    contradicts `anchor`, with the rule's name; below CONTEST_POOL only a precise rule counts."""
    cands = [q for q in others if q.outlet != anchor.outlet and q.score >= top - WIDE_POOL][:OTHER_MAX]
    return _first_against(anchor, cands, embed, lambda q, sim: contradiction(ask, question, anchor, q, sim,
                                                                             q.score < top - CONTEST_POOL))


Rule = Callable[[Quote, float], str | None]  # a candidate and its cosine to the anchor -> the rule it disagrees by


def _first_against(anchor: Quote, cands: Sequence[Quote], embed: Embed, rule: Rule) -> tuple[Quote, str] | None:
    """The first of `cands` that disagrees with `anchor` by `rule` (given its sentence cosine to the anchor's), with
    the rule's name; `cands` are embedded only when there are any."""
    if not cands:
        return None
    vectors = sentence_vectors([anchor.text, *(q.text for q in cands)], embed)
    for q, v in zip(cands, vectors[1:]):
        why = rule(q, float(v @ vectors[0]))
        if why:
            return q, why
    return None


OthersOf = Callable[[str], Sequence[Quote]]  # a stance group -> quotes of the other groups' passages, best first


def other_sides_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], others_of: OthersOf,
                     embed: Embed) -> Picked:
    """`ranked`: the first window's quotes, best first. The best-ranked quote of another stance group
    within CLOSE of the best is the anchor; the best quote still opens the answer."""
    if picked.contested or not ranked or ranked[0].stance is None:
        return picked
    best = ranked[0]
    anchor = next((q for q in ranked[1:] if q.score >= best.score - CLOSE and q.stance is not None
                   and q.stance != best.stance), None)
    found = _contradicting(ask, question, anchor, best.score, others_of(anchor.stance), embed) if anchor else None
    return two_sides([best, anchor, found[0]], 1, 2, found[1]) if anchor and found else picked


ClaimQuotes = Callable[[str, str | None], Sequence[Quote]]  # a quote's text, its stance -> quotes at hand ranked on it
CLAIM_TERMS = 2  # question terms a quote of the other side shares with the best quote: the same claim asked


def claim_look(ask: Asked, question: str, picked: Picked, claim_quotes: ClaimQuotes, embed: Embed) -> Picked:
    """`picked` unless a quote of another outlet tells the best quote's claim (ranked against its text) and
    contradicts it: then the two, contested, the best quote first."""
    if picked.contested or not picked.quotes or YES_NO.match(question) is None or statement_asked(question) \
            or ask.said or ask.role or ask.figure or ask.identity or ask.date:
        return picked
    best = picked.quotes[0]
    found = _telling_otherwise(ask, question, best, claim_quotes(best.text, best.stance), embed)
    return Picked([best, found[0]], True, found[1], (0, 1), (0, 1)) if found is not None else picked


def _telling_otherwise(ask: Asked, question: str, anchor: Quote, found: Sequence[Quote], embed: Embed
                       ) -> tuple[Quote, str] | None:
    """The first of the other side's quotes on `anchor`'s claim (SAME_CLAIM, CLAIM_TERMS) that contradicts it; not a
    quote without the anchor's negation from an outlet that restates the anchor (RESTATES) and agrees with it."""
    asked = ask.predicate or ask.terms
    cands = [q for q in found if q.outlet != anchor.outlet
             and len(term_set(q.text) & term_set(anchor.text) & asked) >= CLAIM_TERMS][:OTHER_MAX]
    if not cands:
        return None
    vectors = sentence_vectors([anchor.text, *(q.text for q in cands)], embed)
    sims = [float(v @ vectors[0]) for v in vectors[1:]]
    whys = [contradiction(ask, question, anchor, q, sim) if sim >= SAME_CLAIM else None for q, sim in zip(cands, sims)]
    # an outlet one of whose quotes restates the anchor's claim, agreeing, is on its side: its other quote's missing
    # negation denies nothing (`accounts.one_account`, the other way round)
    agreeing = {q.outlet for q, sim, why in zip(cands, sims, whys) if sim >= RESTATES and why is None}
    return next(((q, why) for q, why in zip(cands, whys) if why and not (why == "denial" and q.outlet in agreeing)),
                None)



def articles_quotes(docs: Iterable[str], article: ArticleQuotes, keep: Keep, floor: float = -math.inf,
                    most: int = OTHER_MAX) -> list[Quote]:
    """The first `most` quotes of the `docs`' articles, in order, that `keep` passes and score at least `floor`,
    read one article at a time: an article past them is never read (a read ranks and embeds its sentences)."""
    found = (q for doc in docs for q in article(doc, keep)
             if passes(keep, q.text, q.hit.sentences, q.start, q.end) and q.score >= floor)
    return list(islice(found, most))


def day_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes,
             embed: Embed) -> Picked:
    """A day question whose best quote dates the asked event (a weekday in a sentence naming it): another outlet's
    article among the candidates' (`ranked`) may give another weekday for it in a sentence the question does not
    retrieve ("comments to The New York Times published Saturday" for "On what day was Ginsburg's interview …
    published?"; "Was … published on Saturday?" too, `dated.asks_dated`); its sentences that give a day (a weekday or
    a date) and name the event are checked by the days rule."""
    if picked.contested or not picked.quotes or not (asks_day(question) or asks_dated(question)) or ask.said \
            or ask.role or not ask.acts:
        return picked  # no act parsed ("put … on hold": a light verb): no sentence can be told to name the event
    best = picked.quotes[0]
    if not days(best.text) or day_of_other_event(ask.acts, best.text, exact=True):
        return picked

    def keep(text: str) -> bool:
        return bool(days(text)) and not day_of_other_event(ask.acts, text, exact=True)
    docs = dict.fromkeys(q.hit.chunk.doc_id for q in ranked if q.outlet != best.outlet)
    found = _first_against(best, articles_quotes(docs, article, keep), embed,
                           lambda q, sim: "days" if contradiction(ask, question, best, q, sim) == "days" else None)
    return Picked([best, found[0]], True, "days", (0, 1), (0, 1)) if found else picked
