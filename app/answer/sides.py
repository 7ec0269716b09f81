"""Which quotes an answer keeps, and whether the sources really disagree about the question.

`disagreements` finds pairs of quotes from different sources that contradict each other on what was
asked (rules of `app/attribution/contradict.py`, `stated.py`): conflicting figures (or another figure
than one the question states) or days, a denial of the same claim, a rebuttal, opposite verdicts. Two
stance groups in one answer, or two quotes on one topic, are not a disagreement. A question about what
a named source said is contested only when another quote rebuts that statement or gives another figure.

`pick` keeps the best quote (for a plain question, a close one naming the act asked about, `acts.py`),
then: for a plain question at most one more, from another outlet and nearly as good (corroboration);
for a contested one the best one or two quotes of each side.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.answer.accounts import one_account
from app.answer.agent_role import role_speaks  # "Why did the judge …": the judge's own words
from app.answer.figure_agreed import figure_agreed
from app.answer.opening import asks_speaker_of, grown, plain_order
from app.answer import agree  # pairs that look opposed but agree on what was asked
from app.answer import event_days, years  # different days / years for the asked event
from app.answer.roles import of_asked_source, own_words
from app.answer.scope import scope_pair  # the whole done against a part left out
from app.answer.none_counted import none_counted_pair  # "no civilian casualties" / "Four civilians … killed"
from app.answer.siding import rebuttal_elsewhere  # a rebuttal cue aimed at no other quote
from app.answer.asked import Asked, asks_verdict
from app.answer.asked_figure import counted_unit, figure_pool, paid_unit
from app.answer.rejected_claim import rebuts_asked, spells_asked, states_rejected_claim
from app.answer.select import Quote
from app.answer.signals import AMOUNT_UNITS
from app.answer.source_asked import asks_response, reports_response
from app.answer.untold import told_order  # a quote saying the detail was not told opens no answer
from app.answer.which_person import named_next
from app.answer.wh_denied import denies_ahead, rebuttal_words, wh_act  # what / why / how: a denial negates its act
from app.answer.voices import voices_deny  # two named voices in one outlet's account
from app.attribution import contradict as cx, figures as fg, stated, verdicts
from app.attribution.links import fold, written_name
from app.attribution.unnamed import is_description
from app.text.terms import term_set

SAME_CLAIM = 0.55  # cosine similarity for two quotes to speak to the same claim
ON_POINT = 0.4  # the lower bar for two quotes that both answer the question closely
CLOSE = 0.12  # a quote answers the question when it scores within this of the best quote
CONTEST_POOL = 0.25  # a quote that contradicts the best one may score this much lower…
WIDE_POOL = 0.4  # …or this much, when a precise rule finds it (figures of what is asked, a named rebuttal)
PLAIN_MAX = 2  # quotes in a plain answer
SIDE_MAX = 2  # quotes per side in a contested answer
MAX_CANDIDATES = 12  # best-ranked quotes considered for an answer
SHARED_ASKED = 3  # a denial of a less similar quote must share this many of the question's terms with it

WHAT = {  # what the disagreement is about, in neutral words
    "figures": "The sources give different figures.",
    "days": "The sources give different days.",
    "dates": "The sources give different dates.",
    "denial": "One source denies or contradicts what another asserts.",
    "rebuttal": "One source disputes what another says.",
    "verdicts": "The sources reach opposite verdicts.",
    "scope": "The sources differ on whether all of it or only part of it was done.",
    "voices": "One sentence reports two sources giving different figures.",
}


@dataclass(frozen=True)
class Picked:
    quotes: list[Quote]  # in answer order (best first; when contested, the best quote's side first)
    contested: bool
    about: str = ""  # which rule found the disagreement (a key of WHAT)
    sides: tuple[int, ...] = ()  # per quote: 0 the best quote's side, 1 the other side, 2 a third group (`every_side`)
    pair: tuple[int, ...] = ()  # positions in `quotes` of the two that disagree (the best quote's side first)


def different_sources(a: Quote, b: Quote) -> bool:
    """Different voices: two speakers, or two outlets in their own voice. One person's words
    carried by two outlets are one source."""
    speaker_a, speaker_b = a.source[1].split()[-1:], b.source[1].split()[-1:]  # surnames
    if speaker_a or speaker_b:
        return speaker_a != speaker_b
    return a.outlet != b.outlet


def _other_side(a: Quote, b: Quote) -> bool:
    """A denial comes from the other side: another stance group (or a stance not recorded)."""
    return a.stance is None or b.stance is None or a.stance != b.stance


def names_source(a: Quote, b: Quote) -> bool:
    """Quote a names b's outlet (whole name: "Denver Post", not "Post") or speaker (surname): a rebuttal aimed at it.
    Not by the title of a's own speaker: "Judge Irene Vasquez-Holt … wrote" does not name b's "a judge"."""
    folded = fold(a.text)
    own = [fold(link.name) for link in a.voiced]
    return any(len(n) >= 4 and fold(n) in folded and not _titles_own(fold(n), own, folded)
               for n in (b.outlet, *map(written_name, b.voiced)))


def _titles_own(name: str, own: Sequence[str], folded: str) -> bool:
    """Every mention of `name` in the folded text stands right before a name of the quote's own speakers (`own`):
    it is their title ("judge irene vasquez holt"), not another source named."""
    return all(any(folded.startswith(f"{name} {o}", i) for o in own) for i in _mentions(name, folded))


def _mentions(name: str, folded: str) -> list[int]:
    found, i = [], folded.find(name)
    while i >= 0:
        found.append(i)
        i = folded.find(name, i + 1)
    return found


def figures_disagree(ask: Asked, question: str, a: Quote, b: Quote, sim: float) -> bool:
    """A figure question's quotes a and b (`sim`: their cosine) give figures of the same quantity asked that really
    differ (not rounding, not another period or part): on point, or each with the question's terms around it."""
    paid, told = counted_unit(ask, question), AMOUNT_UNITS if sim >= SAME_CLAIM else frozenset()  # `counted_unit`
    return bool(ask.figure) and (sim >= ON_POINT or fg.figures_about_question(a.text, b.text, ask.terms,
                                                                        counted=ask.predicate, unit=paid)) \
        and fg.conflicting_figures(a.text, b.text, ask.terms, ask.predicate, paid, told) \
        and not agree.other_quantities(ask, question, a, b, told)


def contradiction(ask: Asked, question: str, a: Quote, b: Quote, sim: float, wide: bool = False) -> str | None:
    """The rule by which quotes a and b disagree on the question, or None. `wide`: b scores well
    below a, so only the precise rules apply (figures of what is asked, a rebuttal naming b's source).
    Sources disagree across outlets: one outlet's quotes (its own voice and the people it quotes)
    are one account, and a denial, rebuttal or verdict comes from the other side."""
    if not different_sources(a, b) or a.outlet == b.outlet:  # in one account, only two named voices (`voices.py`)
        return "denial" if a.outlet == b.outlet and sim >= ON_POINT and voices_deny(ask, question, a, b) else None
    if figures_disagree(ask, question, a, b, sim) \
            or stated.disputes_stated(question, a.text, b.text, ask.terms):  # "Did they pay a 30 percent rate …?"
        return "figures"
    if not _other_side(a, b):
        return None
    if wide:
        named = any(rebuts_asked(ask, r) and names_source(r, t) and states_rejected_claim(ask, r, t)
                    and not rebuttal_elsewhere(ask, r, t) and not own_words(ask, r) for r, t in ((a, b), (b, a)))
        return "rebuttal" if named else None
    if event_days.days_of_asked_event(question, a, b):
        return "days"
    if years.conflicting_years(question, a, b):
        return "dates"
    if ask.said and not (of_asked_source(ask, a) or of_asked_source(ask, b)) or event_days.when_only(question, a, b):
        return None  # what X said is disputed only with X's words (a "when" only over the day or the act's happening)
    if any(_rebuttal(ask, question, r, t, sim) for r, t in ((a, b), (b, a))):
        return "rebuttal"
    if ask.said or ask.document or ask.figure or asks_response(question):
        return None  # what X (or a document) said, how X responded, or a figure: disputed only by a rebuttal or figure
    if cx.only_asks(a.text) or cx.only_asks(b.text):
        return None  # a question ("Is it true that …?", Roberts asked) asserts nothing: it denies nothing either
    if (sim >= SAME_CLAIM or (sim >= ON_POINT and _shared_question_terms(ask, a, b) >= SHARED_ASKED)) \
            and cx.opposite_polarity(a.text, b.text, denied := wh_act(ask, question) or agree.denied_words(ask),
                                     ask.terms) and denies_ahead(ask, question, a.text, b.text, denied) \
            and not agree.polarity_agrees(ask, question, a, b):
        return "denial"
    if sim >= ON_POINT and asks_verdict(ask, w := verdicts.verdict_words(a.text, b.text)) \
            and not agree.other_verdict(ask, question, w):
        return "verdicts"
    # a dimension the question names, in other words ("not secret" / "secret"); not whether X said it ("Did X say …?")
    return "verdicts" if sim >= ON_POINT and not (ask.identity or agree.statement_asked(question)) \
        and verdicts.opposite_sides(question, a.text, b.text) else None


def _shared_question_terms(ask: Asked, a: Quote, b: Quote) -> int:
    """The question's terms both quotes hold: "We do not provide … direct access to Facebook servers" and
    "reports that the government had direct access to the … servers at Google, … Facebook" share four."""
    return len(ask.terms & term_set(a.text) & term_set(b.text))


def _rebuttal(ask: Asked, question: str, r: Quote, target: Quote, sim: float) -> bool:
    """Quote r rebuts target's claim: a rebuttal cue, and r speaks to target (same claim, names its
    source, or answers the question closely too; for a who / where / when question, only a rebuttal
    naming its source or speaking of a claim or report). X's own rejection ("without merit") answers what
    X said or did, and a rebuttal of what "How did X respond to …" names is X's response. Whether a statement was
    made ("Does the lawsuit say …?") is disputed only by a rebuttal of a claim it spells out: "this suit is without
    merit" rejects the suit, not that it says what is asked. A rebuttal aimed only by speaking of a claim or campaign
    (neither the same claim nor naming target's source) holds a word of the question, or it rejects another claim."""
    if not rebuts_asked(ask, r) or own_words(ask, r) or role_speaks(question, r) \
            or not states_rejected_claim(ask, r, target) \
            or rebuttal_elsewhere(ask, r, target) or reports_response(question, r.text) \
            or (agree.statement_asked(question) and cx.rebutted_claim(r.text) is None) or figure_agreed(ask, r, target):
        return False
    aimed = names_source(r, target) or (sim >= ON_POINT and cx.points_at_claim(r.text))
    if ask.identity or ask.existential:  # who / where / when / did anyone: rejecting the act's merits ("this suit is
        # without merit") leaves who did it, and that someone did, undisputed; only a rebuttal of a report or claim, or
        # of its source, disputes the answer; one of claims it neither spells out nor tells by a word of what is asked
        # ("These anti-MEK claims were merely designed to divert attention …" for "Where is the MEK based?") rejects
        # other claims about the subject
        return aimed and (names_source(r, target) or cx.spells_claim(r.text)
                          or bool(term_set(r.text) & (ask.predicate or ask.terms)))
    # aimed only by speaking of a claim ("held hostage by a smear campaign"), it names no claim of the question's:
    # it disputes what is asked only when it holds a word of what the question asks, not only the story's topic, the
    # name it asks about ("These anti-MEK claims …" for "Is the MEK backed by the United States?", `rebuttal_words`)
    return sim >= SAME_CLAIM or names_source(r, target) or aimed and not term_set(r.text).isdisjoint(
        rebuttal_words(ask, question))


def pick(ask: Asked, question: str, ranked: Sequence[Quote], vectors: np.ndarray) -> Picked:
    """`ranked` best first; `vectors[i]` is the unit vector of ranked[i]'s text."""
    if not ranked:
        return Picked([], False)
    best = ranked[0]
    close = [i for i, q in enumerate(ranked) if q.score >= best.score - CLOSE]
    pool = figure_pool(ask, [q.score for q in ranked], [q.text for q in ranked], WIDE_POOL, question)  # its figures
    wide = {i for i in pool if ranked[i].score < best.score - CONTEST_POOL}
    sims = vectors @ vectors.T if vectors.size else np.zeros((len(ranked), len(ranked)))
    found: dict[tuple[int, int, bool], str | None] = {}

    def against(i: int, j: int, below: bool = False) -> str | None:  # each pair's rule once: `_claim_pair` asks
        if (i, j, below) not in found:  # again of the close quotes' pairs with the middle ones
            found[i, j, below] = contradiction(ask, question, ranked[i], ranked[j], float(sims[i, j]), below)
        return found[i, j, below]
    pair = next(((i, j, why) for i in close for j in pool if j > i and (why := against(i, j, j in wide))
                 and not one_account(ask, ranked, pool, sims, i, j, why)), None)
    if pair is None:  # two quotes below the best ones that deny each other's claim
        pair = _claim_pair(ranked, [i for i in pool if i not in wide and i not in close], against)
        if pair is not None and one_account(ask, ranked, pool, sims, *pair):
            pair = None
    if pair is None:  # a rebuttal of claims below the best ones, aimed at a quote on the same question terms
        pair = _shared_rebuttal(ask, question, ranked,
                                [i for i in pool if i not in wide or spells_asked(ask, ranked[i])], pool, sims)
    pair = pair or scope_pair(ask, question, ranked, pool)  # the whole of the act asked, or a part left out
    pair = pair or none_counted_pair(question, ask.terms, ranked, close, lambda i, j: sims[i, j] >= ON_POINT and (
        a := ranked[i]).outlet != (b := ranked[j]).outlet and different_sources(a, b) and _other_side(a, b))
    if pair is not None:
        return two_sides(ranked, *pair)
    ranked = named_next(question, grown(ask, question, ranked), CLOSE)  # a quote holds the neighbour that answers
    kept = told_order(question, ranked, plain_order(ask, question, ranked, close, PLAIN_MAX), CLOSE, PLAIN_MAX)
    if len(kept) < PLAIN_MAX and (kept[0] == 0 or ranked[kept[0]].links):  # not after an own-voice opening
        kept += [j for j in range(1, len(ranked)) if _relays_the_same_source(best, ranked[j]) and (  # "Who said": same
            not asks_speaker_of(question) or float(vectors[0] @ vectors[j]) >= SAME_CLAIM)][:PLAIN_MAX - len(kept)]
    return Picked([ranked[i] for i in kept], False)


def _claim_pair(ranked: Sequence[Quote], middle: list[int], against: Callable[[int, int], str | None]
                ) -> tuple[int, int, str] | None:
    """A disagreement between two quotes that both answer within CONTEST_POOL of the best one but
    not closely (one of them below CLOSE), by a rule that compares the two claims with each other
    (a denial of the same claim, other figures or days, opposite verdicts): "the amendments would
    not be read" / "volunteers gave voice to the 27 amendments". A rebuttal needs a close quote to
    aim at (its target test, "speaks of claims", is loose)."""
    near = sorted({*middle, *(i for i in range(len(ranked)) if ranked[i].score >= ranked[0].score - CLOSE)})
    return next(((i, j, why) for i in near for j in near if j > i and (i in middle or j in middle)
                 and (why := against(i, j)) and why != "rebuttal"), None)


def _shared_rebuttal(ask: Asked, question: str, ranked: Sequence[Quote], near: list[int], pool: list[int],
                     sims: np.ndarray) -> tuple[int, int, str] | None:
    """A rebuttal that speaks of claims ("These anti-MEK claims were merely designed to divert
    attention …", within CONTEST_POOL of the best) and a quote of the other side within WIDE_POOL
    that it is close to (ON_POINT) and that holds SHARED_ASKED of the question's terms with it: the
    rebuttal aims at that claim even with no close quote to aim at."""
    for i in near:
        r = ranked[i]
        if not (rebuts_asked(ask, r) and cx.points_at_claim(r.text)) or own_words(ask, r) \
                or reports_response(question, r.text) or event_days.when_only(question, r, r):
            continue
        for j in pool:
            t = ranked[j]
            if j != i and different_sources(r, t) and r.outlet != t.outlet and _other_side(r, t) \
                    and sims[i, j] >= ON_POINT and _shared_question_terms(ask, r, t) >= SHARED_ASKED \
                    and states_rejected_claim(ask, r, t) and not rebuttal_elsewhere(ask, r, t) \
                    and not figure_agreed(ask, r, t):
                return (min(i, j), max(i, j), "rebuttal")
    return None


def two_sides(ranked: Sequence[Quote], i: int, j: int, about: str) -> Picked:
    """Quotes i and j disagree. The best quote opens the answer on the side it shares (same stance
    group, not j's outlet) with i or with j; otherwise i's side comes first. Two figures disagreeing: an outlet's side
    is its figure, so the best quote from i's own article does not open before it (the figure a passage past the k
    picks brought, `figure_reach`, beside a better-ranked lead of the same article that gives none)."""
    best, a, b = ranked[0], ranked[i], ranked[j]
    if i == 0 or (about == "figures" and best.hit.chunk.doc_id in (a.hit.chunk.doc_id, b.hit.chunk.doc_id)):
        first, second = [i], [j]
    elif best.stance == b.stance and best.outlet != a.outlet:
        first, second = [0, j], [i]
    else:
        first, second = [0, i] if best.stance == a.stance and best.outlet != b.outlet else [i], [j]
    first = first[:SIDE_MAX]
    order = [*first, *second]
    pair = (order.index(i), order.index(j)) if i in first else (order.index(j), order.index(i))
    return Picked([ranked[k] for k in order], True, about, tuple([0] * len(first) + [1] * len(second)), pair)


def verdict_pair(best: Quote, a: Quote, b: Quote) -> Picked:
    """Quotes a and b give opposite verdicts on what was asked (`verdict_look`, `dimension_look`): the two, contested,
    the best quote first when it is one of them, else after the best quote (`two_sides`)."""
    if best in (a, b):
        return Picked([best, b if a is best else a], True, "verdicts", (0, 1), (0, 1))
    return two_sides([best, a, b], 1, 2, "verdicts")


def _relays_the_same_source(a: Quote, b: Quote) -> bool:
    """b is another outlet relaying the same chain of sources as a (Rasa and Nejat both relaying Al Jazeera quoting
    Hassan Shahbaz), none an unnamed speaker (two papers' 'a senior official' may be two people)."""
    whole = a.voiced == a.links and b.voiced == b.links and not any(is_description(l.name) for l in a.links)
    return bool(a.links) and whole and a.outlet != b.outlet and [l.name for l in a.links] == [l.name for l in b.links]
