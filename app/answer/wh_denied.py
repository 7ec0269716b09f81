"""What a denial or a rebuttal must bear on to dispute the answer, not only the story's topic.

A denial of a what / why / how question must negate the act the question asks about (`wh_act`).

"What caused the leak at the Hollin plant?" is answered by a cause; "it was not the plant's first problem" negates
something about the story's topic (the plant), not the causing, so it does not dispute the cause another quote
gives. "Why did the Fish and Wildlife Service say allowing elephant trophies would help?": "this horror show in any
way helps conservation" negates the act asked (help), and does. A yes/no question asks whether its predicate holds,
so a denial of any of its words still disputes it (`agree.denied_words`); who / where / when questions keep their
own act (`Asked.verb`); a figure question is disputed by figures only. A rebuttal aimed only by speaking of claims
("These anti-MEK claims were merely designed …") disputes a yes/no question only when it holds a word of its predicate,
not just the name the story is about (`rebuttal_words`). A denial of a yes/no question must negate a word of what it
asks that follows the negation, in its clause (`denies_ahead`): "the mine would not take water from any farmer's well"
denies the taking, not the mine that "Will opponents appeal the approval of the mine?" names. Pure functions over the
question's words.
"""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.attribution import contradict as cx
from app.text.terms import term_set

# A question that opens with what / why / how asks for an element of the act (its cause, reason, manner or
# content); "how many / much / long / far / old / often" ask for a figure, read elsewhere
_WH_OPEN = re.compile(r"^\W*(?:what|why|how)\b(?!\s+(?:many|much|long|far|old|often|big|large)\b)", re.IGNORECASE)


def asks_element(question: str) -> bool:
    """A what / why / how question (not one of a figure): its answer, a cause, reason or content, is words the question
    does not hold."""
    return _WH_OPEN.match(question) is not None


def rebuttal_words(ask: Asked, question: str) -> frozenset[str]:
    """The words a rebuttal aimed only by speaking of claims must hold to dispute the answer: for a yes/no question,
    a word of what it asks about its names (`Asked.predicate`: "backed" in "Is the MEK backed by the United States?",
    not the MEK, the story's topic); for a what / why / how question, whose answer the question does not spell, any
    word of it."""
    return ask.terms if asks_element(question) else ask.predicate or ask.terms


def wh_act(ask: Asked, question: str) -> frozenset[str]:
    """The terms of the act a what / why / how question asks about ("What caused the leak …?" → caus), or an empty
    set: a yes/no, who / where / when or figure question, or no act read (`Asked.acts`)."""
    if ask.identity or ask.figure or not ask.acts or not asks_element(question):
        return frozenset()
    return term_set(" ".join(ask.acts))


def denies_ahead(ask: Asked, question: str, a: str, b: str, asked: frozenset[str]) -> bool:
    """Of a pair of opposite polarity (`contradict.opposite_polarity` over `asked`), the denying text negates a word of
    what is asked that follows the negation: a negation scopes forward, over its verb and object, so "the mine would
    not take water from any farmer's well" denies the taking of water, not the mine the question names ("Will opponents
    appeal the approval of the mine?"), while "not the dam, were behind the decline" denies the dam. A what / why / how
    question's act is read by `wh_act`, a who / where / when question's by `Asked.verb`: both keep the old test."""
    if asks_element(question) or ask.identity:
        return True
    deniers = [t for t, o in ((a, b), (b, a)) if cx.negated(t, asked) and not cx.negated(o, ask.terms | asked)]
    return any(_negates_forward(t, asked | ask.predicate) for t in deniers)


def _negates_forward(text: str, asked: frozenset[str]) -> bool:
    """A negation in `text` bears on a word of `asked` after it in its clause, or the text denies by a pronoun what it
    said before ("…, which is not true")."""
    return bool(cx.negated_ahead(text) & asked) or (cx.denies_before(text) and cx.negated(text, asked))
