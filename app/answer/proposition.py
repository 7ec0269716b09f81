"""The proposition a question asks, which a contested answer's dispute and its quotes must bear on (pure).

A said-question asks X's words on the object of its verb of saying ("How did X describe the new House majority?": the
majority; "What did X say demonstrators yelled …": what they yelled): a rebuttal of another claim of X's, however
close to X's words, does not dispute it. A topic or occasion after the verb ("What did X say about the bill in his
speech?") narrows nothing: any statement of X's on it answers, and a rebuttal of one disputes the answer.

A hypothetical or conditional question grants its condition and asks its consequent ("Would every typical company be
violating the statute under the plaintiffs' theory?": whether every company would be violating it; "Could the rule
stand if …"): a statement of the condition and a rejection of it do not answer whether the consequent holds. The
proposition's terms are the lower-case content words of what is asked: its names are the story's participants, which
every quote on the story shares.

`flag_on_proposition`: the sources disagree on such a question only when the quotes of the disagreeing pair hold at
least half the terms of its proposition (a quote sharing only its subject, "the unions' theory is that a citywide rule
left the depot chiefs too much discretion" for "Would every depot be breaking the labor code …", states the condition,
not the consequent); else the answer is plain. `bearing_quotes`: a contested answer keeps its best quote, the pair that
disagrees and each side told by a precise test (a figure, a day, a scope), and drops any further quote that bears on
nothing asked (`bears_on`: it holds no term of the proposition and is not the words of the source a said-question asks
about): a filler added so every side or outlet shows, a second quote of a side on another point. `every_side` reads
`bears_on` too, to take a group's quote on the point asked in place of such a filler.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.answer.asked import Asked
from app.answer.roles import own_words
from app.answer.select import Quote
from app.answer.sides import PLAIN_MAX, Picked
from app.answer.source_asked import polar, source_match
from app.text.terms import per_text, term_set, terms

# "Would / Could / Might …", "… would be …": a modal of what is supposed, not told
_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\b", re.I)
# the condition it grants: "if / unless / under / provided (that) / assuming / in case …", to a comma or the end
_CONDITION = re.compile(r"\b(?:if|unless|under|provided(?:\s+that)?|assuming|in\s+case)\b[^,;?]*", re.I)
# "… say about the bill in his Friday speech", "… tell reporters on Tuesday": a topic, an occasion or a hearer, which
# X's statement and a rebuttal of it share; a said-question whose verb such a phrase follows asks all X said on it
_TOPIC = re.compile(r"\s*\b(?:about|on|in|at|to|during|regarding|concerning|after|before|when|while|of)\b", re.I)
CLAIM_DISPUTES = frozenset({"denial", "rebuttal", "verdicts"})  # `Picked.about` of a dispute over a claim
TOLD_SIDES = frozenset({"figures", "days", "dates", "scope"})  # sides found by a precise test, kept whole


@per_text(maxsize=1 << 8)
def narrowed(question: str) -> str:
    """The words of what `question` asks when it is narrower than the whole question: after a said-question's verb of
    saying, or a hypothetical question less its condition; '' otherwise."""
    m = source_match(question)
    if m is not None and not polar(m):  # what X said: the verb's object, unless a topic, occasion or hearer opens
        return "" if _TOPIC.match(question[m.end():]) else question[m.end():]
    if _HYPOTHETICAL.search(question) and _CONDITION.search(question):
        return _CONDITION.sub(" ", question.split(maxsplit=1)[-1])  # the modal or wh-word opening it is no content
    return ""


@per_text(maxsize=1 << 8)
def proposition(question: str, narrow_only: bool = False) -> frozenset[str]:
    """The terms of the lower-case content words of what `question` asks (`narrowed`; else the question less its
    first word, unless `narrow_only`)."""
    rest = narrowed(question)
    if not rest and not narrow_only:
        rest = question.split(maxsplit=1)[-1]
    return frozenset(terms(" ".join(w for w in rest.split() if w[:1].islower()), query=True))


def on_proposition(ask: Asked, question: str, picked: Picked) -> Picked:
    """`picked` flagged only on the question's own proposition, then less the quotes bearing on nothing it asks."""
    return bearing_quotes(ask, question, flag_on_proposition(question, picked))


def flag_on_proposition(question: str, picked: Picked) -> Picked:
    """`picked`, unless the question is narrowed (`narrowed`) and the quotes that disagree over a claim hold fewer than
    half the terms of its proposition: then a plain answer, its best quote and those outside the pair holding such a
    term (at most PLAIN_MAX)."""
    asked = proposition(question, narrow_only=True)
    if not picked.contested or picked.about not in CLAIM_DISPUTES or not asked:
        return picked
    pair = [picked.quotes[i] for i in picked.pair] if picked.pair else picked.quotes[:2]
    if 2 * len(asked & frozenset().union(*(term_set(q.text) for q in pair))) >= len(asked):
        return picked
    off = set(picked.pair or (0, 1))  # the pair disputes another point: only quotes outside it may follow the best
    kept = [picked.quotes[0],
            *(q for i, q in enumerate(picked.quotes) if i and i not in off and term_set(q.text) & asked)]
    return replace(picked, quotes=kept[:PLAIN_MAX], contested=False, about="", sides=(), pair=())


def bearing_quotes(ask: Asked, question: str, picked: Picked) -> Picked:
    """A contested `picked` less each quote beyond its best one and the disagreeing pair that bears on nothing the
    question asks (`bears_on`); one whose sides a precise test told (`TOLD_SIDES`) as it is."""
    asked = proposition(question)
    if not picked.contested or picked.about in TOLD_SIDES or not asked or len(picked.quotes) <= 2:
        return picked
    pair = set(picked.pair or (0, 1))
    at = [i for i, q in enumerate(picked.quotes) if i == 0 or i in pair or bears_on(ask, question, q)]
    if len(at) == len(picked.quotes):
        return picked
    sides = tuple(picked.sides[i] for i in at) if len(picked.sides) == len(picked.quotes) else picked.sides
    return replace(picked, quotes=[picked.quotes[i] for i in at], sides=sides,
                   pair=tuple(at.index(i) for i in picked.pair))


def bears_on(ask: Asked, question: str, q: Quote) -> float:
    """The share of the terms of the question's proposition q holds (0: it bears on nothing asked); 1 when it has
    none, or when q is the words of the source a said-question asks about (X's statement is what it asks for)."""
    asked = proposition(question)
    if not asked or (ask.said and own_words(ask, q)):
        return 1.0
    return len(term_set(q.text) & asked) / len(asked)
