"""Which quote opens a plain answer, and which close ones follow it (pure functions of the ranking).

The best-scoring sentence often restates the question's topic: an article's lead names the story's
subject and so resembles every question about it. The sentence that answers names the act the
question asks about (`acts.py`): "Was anyone removed …" → "… the sergeant-at-arms was called to remove
a protester". So a plain answer opens with the best quote that names the act, with an answer of the
type asked (a date as precise as "when / on what day" asks, a figure of what "how many" counts),
when the best one does not and it scores within ACT_MARGIN of it. Further quotes corroborate from
other outlets and answer closely (within CLOSE of the best); after a quote the act chose, only those
that name the act too. Only the plain answer's quotes change, not the scores that decide abstention
and disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.answer.acts import around_act, asks_prospect, names_act
from app.answer.asked import Asked
from app.answer.dates import gives_time
from app.answer.select import Quote
from app.answer.signals import figure_answers

ACT_MARGIN = 0.3  # a quote naming the act opens a plain answer when it scores within this of the best
TYPE_WORDS = 12  # words between the act and the time that answers "when" about it


def act_first(ask: Asked, question: str, ranked: Sequence[Quote], kin: bool = False) -> int:
    """The position of the quote a plain answer opens with: 0 (the best), unless it does not name the
    act asked about with an answer of the type asked beside it, and one within ACT_MARGIN does."""
    prospect = asks_prospect(question)
    if not ask.acts or not ranked or _answers(ask, question, ranked[0].text, prospect, figure=False, kin=kin):
        return 0  # the best quote's figure is not second-guessed ("eight years" is a figure no rule reads)
    floor = ranked[0].score - ACT_MARGIN
    return next((i for i, q in enumerate(ranked) if q.score >= floor and _answers(ask, question, q.text, prospect, kin=kin)), 0)


def by_kin(ask: Asked, question: str, ranked: Sequence[Quote]) -> bool:
    """No quote within ACT_MARGIN of the best names the act by the question's own verb, so a verb of its
    family names it ("When did Clinton talk to Sestak?": "Clinton called him last summer", `verb_forms`);
    when one does ("adopted" for "adopt"), the question's word decides, as before."""
    floor = ranked[0].score - ACT_MARGIN if ranked else 0.0
    prospect = asks_prospect(question)
    return not any(names_act(ask.acts, q.text, prospect) for q in ranked if q.score >= floor)


def _answers(ask: Asked, question: str, text: str, prospect: bool, figure: bool = True, kin: bool = False) -> bool:
    """`text` names the act and, when the question asks "when / on what day", a time as precise as that
    within TYPE_WORDS of it ("passed … on Friday", not "which passed 234-193, was … in the 2018
    elections"); when it asks "how many / how much", a figure of what it counts."""
    near = around_act(ask.acts, text, prospect, TYPE_WORDS, kin=kin)
    return bool(near) and (not ask.date or any(gives_time(question, w) for w in near)) \
        and (not (figure and ask.figure) or figure_answers(ask, text))


def plain_order(ask: Asked, question: str, ranked: Sequence[Quote], close: Sequence[int], most: int) -> list[int]:
    """Positions of a plain answer's quotes: the opening one (`act_first`), then close ones from other
    outlets, up to `most`. When the act chose the opening quote, a further one must name the act too:
    a lead that only restates the topic adds no answer."""
    kin = by_kin(ask, question, ranked)
    first = act_first(ask, question, ranked, kin)
    kept, prospect = [first], asks_prospect(question)
    for j in close:
        if len(kept) >= most:
            break
        if first and not names_act(ask.acts, ranked[j].text, prospect, kin):
            continue
        if all(ranked[j].outlet != ranked[k].outlet for k in kept):
            kept.append(j)
    return kept
