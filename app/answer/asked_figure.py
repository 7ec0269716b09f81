"""The figure a question asks for: the unit it counts in and a sentence's figure of that unit.

"How many stores …" counts stores, "How much … spend" dollars; a sentence answers with its figure of that unit
when it holds one ("They have reserved $500,000", not "two longtime strategists" before it). One definition for
every rule that reads an answer figure: the disagreement rules (`agree`, `sides`), the line naming each side's
value (`about`) and the figure's look (`figure_look`). Takes the parsed question; gives a unit or a Figure.
"""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.answer.verb_forms import PASTS
from app.text.plurals import plural
from app.attribution.figures import Figure, answer_figure, figures
from app.text.terms import term_set


def paid_unit(ask: Asked) -> str:
    """The unit a money question's answer figure has ("dollar"; not "two longtime strategists" before "They have
    reserved $500,000"), a how-long or how-far question's (`Asked.measured`: "two-year", not "48-page"), "" for any
    other question."""
    return "dollar" if ask.money else ask.measured


def asked_figure(ask: Asked, text: str, unit: str | None = None) -> Figure | None:
    """The figure `text` answers the question with (`figures.answer_figure`): of `unit` when it holds one (by
    default dollars for a money question, `paid_unit`), else the one the question's words stand around."""
    return answer_figure(text, ask.terms, ask.predicate, paid_unit(ask) if unit is None else unit)


def answering_figure(ask: Asked, question: str, text: str) -> Figure | None:
    """The figure `text` answers the question with, of the unit the question counts (`counted_unit`): "How many
    soldiers died?" is answered by "Three soldiers were killed and five were wounded in the fighting" with three, the
    soldiers' figure, though "five" stands nearer "fighting"."""
    return asked_figure(ask, text, counted_unit(ask, question))


# "How many women store managers are …", "How many troops died?", "How many people live in …": the counted noun is
# the plural that heads the words after "how many": the last plural before an auxiliary, a preposition or a past verb,
# or before a word that no plural follows (a present verb: "live", "support", "think"; an adjective: "pages long").
# Without a plural, the last word before such an end, or a lone word at the clause's end ("how many stores?"). None
# when the first word ends the run or is a past verb alone ("How many were killed", "How many died?", "How many of
# them …": the count's noun is not said)
_HOW_MANY = re.compile(r"\bhow\s+many\b(?:\s+of\s+(?:the|its|their|his|her|these|those)\b)?(?P<rest>[^?.!;,:]*)",
                       re.IGNORECASE)  # "How many of the named plaintiffs …" counts plaintiffs (a partitive)
_NOUNS_END = frozenset("are is were was did do does have has had will would can could of in at for on from to".split())
NOUN_WORDS = 4  # words of a counted noun phrase ("women store managers")


FIGURE_POOL = 0.5  # how far below the best quote another figure of the noun the question counts may stand


def figure_pool(ask: Asked, scores: list[float], texts: list[str], pool: float, question: str = "") -> list[int]:
    """Positions of the quotes scoring within `pool` of the best (`scores` best first), and, for a figure question,
    those within FIGURE_POOL whose answer figure counts the noun the question counts ("How large is the class of
    women …": "a lawsuit that covers 1.5 million women", in a sentence about a justice's concerns, ranks low). With a
    "how many <noun>" in `question` that noun decides ("In how many stores did the women …": stores, not women); else
    a noun the question names."""
    counted = term_set(counted_noun(question)) if question else frozenset()

    def counts_it(text: str) -> bool:
        f = asked_figure(ask, text)
        if f is None or not counted:
            return f is not None and f.unit in ask.predicate
        return bool(f.unit) and any(t.startswith(f.unit) or f.unit.startswith(t) for t in counted)  # 'stor', 'store'
    return [i for i, (s, t) in enumerate(zip(scores, texts)) if s >= scores[0] - pool or ask.figure and
            s >= scores[0] - FIGURE_POOL and counts_it(t)]


def counted_noun(question: str) -> str:
    """The noun "how many" counts, lower case ("" for none, see `_HOW_MANY`)."""
    run = counted_run(question)
    return run[-1] if run else ""


def counted_run(question: str) -> tuple[str, ...]:
    """The words of the noun phrase "how many" counts up to its head, which is last, lower case ("How many women store
    managers are …": women, store, managers; () for none, see `_HOW_MANY`)."""
    m = _HOW_MANY.search(question)
    words = [w.strip("'’\"“”()") for w in m.group("rest").casefold().split()] if m is not None else []
    run: list[str] = []
    for k, w in enumerate(words[: NOUN_WORDS + 1]):
        if w in _NOUNS_END or (run and (w in PASTS or w.endswith("ed"))):  # "paid speeches": a first word qualifies
            break
        if any(map(plural, run)) and not plural(w) and not plural(words[k + 1] if k + 1 < len(words) else ""):
            break  # "people live in", "Americans support the bill": the plural's phrase has ended
        run.append(w)
    else:
        if len(run) == len(words) == 1:  # a lone word at the clause's end
            return () if run[0] in PASTS or run[0].endswith("ed") else (run[0],)
        if len(words) > NOUN_WORDS + 1 or not any(map(plural, run)):
            return ()
    if not 0 < len(run) <= NOUN_WORDS:
        return ()
    head = max((k for k, w in enumerate(run) if plural(w)), default=len(run) - 1)
    return tuple(run[: head + 1])


def counted_unit(ask: Asked, question: str) -> str:
    """The unit a figure answering the question has: the noun "how many" counts ("stores" → its unit as
    `figures` writes it), dollars for a money question ("how much … spend"); "" for any other figure question."""
    noun = counted_noun(question)
    if noun:
        found = figures(f"2 {noun}")
        return found[0].unit if found else ""
    return paid_unit(ask)
