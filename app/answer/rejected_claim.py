"""Which claim a rebuttal rejects, and whether it is the one asked about: "claimed that the MEK had no support in
Iran, which is not true" rebuts a claim it spells out, and disputes a quote only when that claim holds what the
question asks and the quote states it. Read by `sides` and `disputed` when they pair a rebuttal with its target.
Pure functions over quotes, no model."""

from __future__ import annotations

import re

from app.answer import agree
from app.answer.asked import Asked
from app.answer.asked_act import REBUTTING
from app.answer.select import Quote
from app.attribution import contradict as cx
from app.attribution.withheld import asserted
from app.text.terms import term_set

# A denial that something exists: "there is no racism within the movement", "there was no proof"
_NONE_THERE = re.compile(r"(?=[tn])(?:\bthere\s+(?:is|was|are|were|has\s+been|have\s+been)\s+no\b|"
                         r"\bno\s+(?:evidence|proof|basis)\b)", re.I)  # (first letters tested first: sooner)
CLAIM_SPECIFICS = 2  # lower-case terms a spelled-out claim adds to the question: its target must hold one of them
SPELLED = 2  # question predicate terms in the claim a rebuttal spells out, for it to count from the wide pool


def states_rejected_claim(ask: Asked, r: Quote, target: Quote) -> bool:
    """When r spells out the claim it rejects, target states it: it holds a word the claim and the question's
    predicate share, and denies nothing near the question's terms ("allegations that the White House dangled
    the secretary of Navy position" is not aimed at "speculated that …, Mr. Bauer said that was never the
    case"), and r does not state target's answer itself outside the claim (`agree.rebutter_agrees`: it is
    not aimed at "used Clinton … if given a prominent, but unpaid, advisory position" either). A claim that adds
    CLAIM_SPECIFICS lower-case terms to the question ("dangled the secretary of Navy position in front of") is aimed
    only at a quote that tells one of them."""
    claim = cx.rebutted_claim(r.text)
    if claim is None:  # a target that denies it exists, of what r's words name too, is on r's side ("there is no
        return not (_NONE_THERE.search(target.text) and cx.negated(target.text, term_set(r.text)))  # racism …")
    key = term_set(claim) & (ask.predicate or ask.terms)
    told = term_set(asserted(target.text))  # not what it says is untold ("refused to say … what post was dangled")
    # what the claim adds to the question
    own = term_set(" ".join(w for w in claim.split() if w[:1].islower())) - ask.terms
    if len(own) >= CLAIM_SPECIFICS and not own & told:
        # "allegations that the White House dangled the secretary of Navy position" aims at a quote of that post
        return False
    return bool(told & key) and not cx.negated(target.text, ask.predicate or ask.terms) \
        and not agree.rebutter_agrees(ask, r, target)  # r restates target's answer outside the claim it rejects


def spells_asked(ask: Asked, r: Quote) -> bool:
    """r rebuts a claim it spells out, and that claim holds SPELLED of what the question asks ("challenged
    claims that their activists accosted black lawmakers" for "Did protesters hurl epithets at black
    lawmakers?"): a precise rule, so it counts even when r scores well below the best quote."""
    claim = cx.rebutted_claim(r.text)
    return claim is not None and len(term_set(claim) & (ask.predicate or ask.terms)) >= SPELLED


def rebuts_asked(ask: Asked, r: Quote) -> bool:
    """The question does not ask whether someone rebutted (`REBUTTING`), r holds a rebuttal cue that does
    not take the act asked about for granted (`agree.act_granted`), and when it spells out the claim it
    rejects ("claimed that the MEK had no support in Iran, which is not true"), that claim holds a word of
    what the question asks (its predicate): a rebuttal of another claim by the same source does not dispute this one."""
    if not r.rebuts or ask.verb & REBUTTING or agree.act_granted(ask, r):
        return False
    claim = cx.rebutted_claim(r.text)
    return claim is None or bool(term_set(claim) & (ask.predicate or ask.terms))
