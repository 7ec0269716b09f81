"""Every side of a dispute: when the answer says the sources disagree, each stance group that covers the story
stands in it under its own label with its best answering quote, not only the two whose quotes disagree.

The rules that flag a disagreement compare two quotes; a third outlet covering the same story (another stance
group) is then left out, although the reader asked a disputed question and is owed each side's words. For each
stance group with no quote in the answer, `every_side` adds its best quote: the best-ranked of its candidates
and of the sentences of its articles among the passages (`GroupQuotes`: their other passages, ranked on the
stored sentence vectors, as the best quote's own article is read for a rebuttal), when that quote answers the
question nearly as well as the best one (within SIDE_POOL). A plain answer is left as it is.

A group's sentence on the disputed claim itself may answer the question's wording less well: "Was the PRISM program
kept secret?" / "The programs are secret in the sense that they are classified. They are not secret, in that every
member of Congress has been briefed". When no quote of a group stands within SIDE_POOL, its best quote within
REACH_POOL stands for its side when it speaks to the claim the disagreeing pair disputes (`SameClaim`: as close to
one of the pair's quotes as two quotes on one claim are, `sides.SAME_CLAIM`, and no copy of one: a wire story's
sentence another outlet also ran is no side of its own). Only a dispute over a claim (a denial, a rebuttal, opposite
verdicts) reaches so far: a side of a dispute over figures, days or dates is its own figure, which `figure_look`
finds; a sentence far below the best one that holds some figure ("the Clintons have paid $43 million in federal
taxes", asked what they made) is no side of it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import partial

from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.event_days import published
from app.answer.asked import Asked
from app.answer.proposition import bears_on
from app.answer.dated import dates_act, one_day
from app.answer.asked_figure import FIGURE_POOL, asked_figure, paid_unit
from app.answer.scope import scope_side
from app.answer.scoring import Embed, sentence_vectors
from app.answer.years import day_of_other_event
from app.answer.sides import CONTEST_POOL, ON_POINT, SAME_CLAIM, WIDE_POOL, Picked

SIDE_POOL = CONTEST_POOL  # a stance group's quote may score this much below the best one to stand for its side
OTHER_SIDE = 2  # `Picked.sides` of a quote added for a group the disagreeing pair does not speak for
REACH_POOL = WIDE_POOL  # …or this much, when it speaks to the disputed claim itself (`SameClaim`)
CLAIM_DISPUTES = frozenset({"denial", "rebuttal", "verdicts", "scope"})  # `Picked.about` of a dispute over a claim
STATED_CLAIMS = frozenset({"denial", "rebuttal"})  # …over a claim stated in words, which each side's quote restates
SCOPE_FLOOR = float("-inf")  # a scope dispute's side is told in so many words: any sentence of the group's articles
BEARS_HALF = 0.5  # a quote standing for a group's side in place of one on nothing asked holds this share of it
SAME_WORDS = 0.95  # cosine of one sentence carried by two outlets (a wire story): a copy, not another side
STORY_DAYS = 3  # outlets covering one story publish within days of each other: an article further off is another story

GroupQuotes = Callable[[str, float, Callable[[Hit], bool]], Sequence[Quote]]  # a stance group, a floor, a story test
# -> its articles' other quotes above it
# a document id, a text test, cued=False, floor -> its other passages' quotes
ArticleQuotesAbove = Callable[..., Sequence[Quote]]
SameClaim = Callable[..., bool]  # a quote, the disagreeing pair (, a bar) -> it speaks to their claim


def every_side(picked: Picked, ranked: Sequence[Quote], group_quotes: GroupQuotes | None = None,
               same_claim: SameClaim | None = None, ask: Asked | None = None,
               question: str = "") -> Picked:
    """`picked` with, at its end, the best quote of each stance group among the candidates (`ranked`, best
    first) that it holds none of, when it is contested and that quote scores within SIDE_POOL of the best (or
    within REACH_POOL and on the disputed claim, `reached`). In a dispute over how much of an act was done, a group's
    side is its best candidate telling the whole or a part left out of the act `ask` asks (`scope_side`), however far
    below. A group's best quote that bears on nothing `question` asks (`proposition.bears_on`) gives way to the one
    within REACH_POOL holding the most of it (BEARS_HALF at least), if any: a sentence on the question's point, not
    the story's narration."""
    if not picked.contested or not picked.quotes or not ranked:
        return picked
    top = max(ranked[0].score, picked.quotes[0].score)
    floor = top - SIDE_POOL
    shown = {q.stance for q in picked.quotes}
    story = on_story([q.hit for q in picked.quotes])
    bears = partial(bears_on, ask, question) if ask is not None and question else None
    missing = list(dict.fromkeys(q.stance for q in ranked if q.stance is not None and q.stance not in shown))
    added = []
    for stance in missing:
        if (told := _told_side(picked, ask, stance, ranked, group_quotes, story, top)) is not None:
            added.append(told)
            continue
        best = next((q for q in ranked if q.stance == stance and story(q.hit)), None)
        above = max(floor, best.score) if best is not None else floor
        further = group_quotes(stance, above, story) if group_quotes is not None else ()
        best = max([*([best] if best is not None else []), *further[:1]], key=lambda q: q.score, default=None)
        if best is not None and best.score >= floor:
            best = best if bears is None or bears(best) else _bearing(stance, ranked, group_quotes, story,
                                                                      top - REACH_POOL, bears) or best
            if on := on_claim(picked, best, same_claim, bears):
                added.append(on)
        elif same_claim is not None and picked.about in CLAIM_DISPUTES and (
                far := reached(picked, stance, ranked, group_quotes, story, top - REACH_POOL, same_claim)) is not None:
            added.append(far)
    if not added:
        return picked
    sides = (*picked.sides, *[OTHER_SIDE] * len(added)) if len(picked.sides) == len(picked.quotes) else picked.sides
    return replace(picked, quotes=[*picked.quotes, *added], sides=sides)


def on_claim(picked: Picked, best: Quote, same_claim: SameClaim | None, bears: Callable[[Quote], float] | None
             ) -> Quote | None:
    """`best`, the quote that would stand for a group the disagreeing pair does not speak for, unless in a denial or a
    rebuttal it is off the pair's point (`same_claim` at the bar ON_POINT: less close to each of the pair's quotes
    than two quotes that both answer the question closely) and holds less than BEARS_HALF of what the question asks
    (`bears`): then None. A third outlet's sentence on another point of the story ("a court order to collect phone
    records from Verizon customers", beside a dispute over whether the government has direct access to the
    companies' servers) would stand under the flag as a side it is not. Other disputes, or no test: `best` (a verdict
    is told in words of its own, "beyond its symbolic power it is unclear what impact it will have"; `_told_side`
    picks a group's own figure, day or scope). A sentence of the group's further down on the point is no better a
    side: it reads as the outlet's answer no more than its best one (measured: swapping in the group's best quote on
    the point moved no answer's sides on point)."""
    if same_claim is None or bears is None or picked.about not in STATED_CLAIMS:
        return best
    pair = [picked.quotes[k] for k in picked.pair] or picked.quotes[:2]
    return best if bears(best) >= BEARS_HALF or same_claim(best, pair, ON_POINT) else None


def _group_found(stance: str, ranked: Sequence[Quote], group_quotes: GroupQuotes | None, story: Callable[[Hit], bool],
                 floor: float) -> list[Quote]:
    """The `stance` group's quotes on the story scoring `floor` or more: its candidates, then its articles' others."""
    found = [q for q in ranked if q.stance == stance and story(q.hit) and q.score >= floor]
    return [*found, *(group_quotes(stance, floor, story) if group_quotes is not None else ())]


def _bearing(stance: str, ranked: Sequence[Quote], group_quotes: GroupQuotes | None, story: Callable[[Hit], bool],
             floor: float, bears: Callable[[Quote], float]) -> Quote | None:
    """The `stance` group's quote scoring `floor` or more that bears most on what is asked (`bears`: the share of it
    the quote holds), when that is BEARS_HALF or more, the best-scoring of those; or None."""
    found = _group_found(stance, ranked, group_quotes, story, floor)
    return max((q for q in found if bears(q) >= BEARS_HALF), key=lambda q: (bears(q), q.score), default=None)


def reached(picked: Picked, stance: str, ranked: Sequence[Quote], group_quotes: GroupQuotes | None,
            story: Callable[[Hit], bool], floor: float, same_claim: SameClaim) -> Quote | None:
    """The `stance` group's best quote scoring `floor` or more (its candidates and its articles' other sentences) that
    speaks to the claim of the disagreeing pair (`same_claim`); or None."""
    pair = [picked.quotes[k] for k in picked.pair] or picked.quotes[:2]
    found = _group_found(stance, ranked, group_quotes, story, floor)
    return next((q for q in sorted(found, key=lambda q: -q.score) if same_claim(q, pair)), None)


def _told_side(picked: Picked, ask: Asked | None, stance: str, ranked: Sequence[Quote],
               group_quotes: GroupQuotes | None, story: Callable[[Hit], bool], top: float) -> Quote | None:
    """The `stance` group's side told in so many words, among its candidates and its articles' other sentences: in a
    dispute over how much of an act was done its best quote telling the whole or a part left out (`scope_side`) at any
    score; in a figure dispute its best quote whose answer figure counts what the disagreeing pair's figures count,
    within FIGURE_POOL of the best (as `figure_pool` lets a figure stand; one sentence that holds both sides,
    "voices", gives the units); in a dispute over the day of an event its
    best quote giving one day for the act asked (`_dates_act`) at any score; else, or with none, None."""
    if ask is None or picked.about not in ("scope", "figures", "days", "voices"):
        return None
    pair = [picked.quotes[k] for k in picked.pair] or picked.quotes[:1]  # "voices": one sentence holds both sides
    tells, floor = (scope_side(ask), SCOPE_FLOOR) if picked.about == "scope" else (_dates_act(ask), SCOPE_FLOOR) \
        if picked.about == "days" else (_same_quantity(ask, pair), top - FIGURE_POOL)
    found = _group_found(stance, ranked, group_quotes, story, floor)
    return next((q for q in sorted(found, key=lambda q: -q.score) if tells(q)), None)


def _dates_act(ask: Asked) -> Callable[[Quote], bool]:
    """A test of a quote: it gives one day, in a clause naming the act asked ("in an article published Sunday")."""
    def tells(q: Quote) -> bool:
        day = one_day(q.text, published(q)) if ask.acts else None
        return day is not None and not day_of_other_event(ask.acts, q.text, exact=True) \
            and (not day.month_day or dates_act(q.text, ask.acts, published(q)))
    return tells


def _same_quantity(ask: Asked, pair: Sequence[Quote]) -> Callable[[Quote], bool]:
    """A test of a quote: its answer figure counts the noun the disagreeing pair's figures count ("1.5 million women"
    beside "up to 1.6 million women"; not "1.5 million women" beside "3,400 stores"). Not a sum or a measure: "$43
    million in federal taxes" is in dollars as what the Clintons earned is."""
    if paid_unit(ask):  # dollars or a measure: a sum paid in taxes is no side of what was earned; only a count
        return lambda q: False
    units = {f.unit for q in pair if (f := asked_figure(ask, q.text)) is not None and f.unit}
    return lambda q: bool(units) and (f := asked_figure(ask, q.text)) is not None and f.unit in units


def claim_test(embed: Embed) -> SameClaim:
    """`SameClaim` by sentence vectors: the quote's cosine to one of the pair's quotes is `bar` or more (SAME_CLAIM
    unless told: one claim's two quotes; ON_POINT: on the pair's point), and to none SAME_WORDS or more."""
    def same_claim(q: Quote, pair: Sequence[Quote], bar: float = SAME_CLAIM) -> bool:
        if not pair:
            return False
        vectors = sentence_vectors([q.text, *(p.text for p in pair)], embed)
        return bar <= float((vectors[1:] @ vectors[0]).max()) < SAME_WORDS
    return same_claim


def on_story(shown: Sequence[Hit]) -> Callable[[Hit], bool]:
    """A test of a passage: its article was published within STORY_DAYS of one of the `shown` ones' (either
    undated: it may be)."""
    days = [published_day(h) for h in shown]
    if any(d is None for d in days):
        return lambda _hit: True

    def near(hit: Hit) -> bool:
        day = published_day(hit)
        return day is None or any(abs((day - d).days) <= STORY_DAYS for d in days)
    return near


def published_day(hit: Hit) -> date | None:
    try:
        return date.fromisoformat(str(hit.chunk.meta.get("date") or "")[:10])
    except ValueError:
        return None


def articles_of_group(hits: Sequence[Hit], quotes_of: ArticleQuotesAbove, stance: str, floor: float,
                      story: Callable[[Hit], bool]) -> list[Quote]:
    """The quotes scoring at least `floor` of the passages the first retrieval did not return of the `stance`
    group's documents among `hits` on the story (`story`), best first (a sentence below the floor is not scored
    in full)."""
    docs = dict.fromkeys(h.chunk.doc_id for h in hits if h.chunk.meta.get("stance") == stance and story(h))
    found = [q for doc in docs for q in quotes_of(doc, _any_text, cued=False, floor=floor)]
    return sorted(found, key=lambda q: -q.score)


def _any_text(_text: str) -> bool:
    return True
