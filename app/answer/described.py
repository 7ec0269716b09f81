"""Two groups one article describes, on opposite sides of the asked claim: sources disagree across outlets
(`sides.py`) and two named speakers of one account may (`voices.py`), but an article may also report parts of groups
it describes rather than names, one telling the claim and the other denying it: "For months, some sheriffs and
police officers in rural counties bordering Colorado have complained that they have seen more marijuana entering
their towns …" / "In earlier interviews, some local law-enforcement officers along Colorado's borders said that they
had not seen an increase in marijuana coming from Colorado." Each reports what its subject said (`speech.leading`),
the subject names a part of a group ("some", "many", "other" officers: one body, "the administration" or "the Obama
administration", is one voice however it is worded), the two subjects differ, the two sentences tell one claim
(SAME_CLAIM) and one denies what the other asserts (the denial rule's polarity test). A last look: any other rule's
pair comes first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from app.answer import agree
from app.answer.asked import Asked
from app.answer.select import Quote
from app.answer.sides import CONTEST_POOL, SAME_CLAIM, Picked, two_sides
from app.attribution import contradict as cx
from app.attribution.speech import leading
from app.text.terms import term_set

# a quantifier that names part of a group: "some officers", "many residents", "other sheriffs"
_PART = re.compile(r"\b(?:some|many|several|few|other|others|most)\b", re.IGNORECASE)


def described_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], vectors: np.ndarray) -> Picked:
    """`picked` unless it holds no disagreement and two quotes of one outlet among the candidates within CONTEST_POOL
    of the best (`ranked`, best first; `vectors[i]` ranked[i]'s unit vector) tell one claim (SAME_CLAIM) as two
    described groups on its opposite sides (`described_deny`): then those two, contested."""
    if picked.contested or not ranked or ask.said or ask.figure or ask.identity:
        return picked
    pool = [i for i, q in enumerate(ranked) if q.score >= ranked[0].score - CONTEST_POOL]
    pair = next(((i, j) for i in pool for j in pool if j > i and ranked[i].outlet == ranked[j].outlet
                 and float(vectors[i] @ vectors[j]) >= SAME_CLAIM
                 and described_deny(ask, question, ranked[i], ranked[j])), None)
    return picked if pair is None else two_sides(ranked, *pair, "denial")


def described_deny(ask: Asked, question: str, a: Quote, b: Quote) -> bool:
    """a and b are two described groups (`described_voices`), one denying what the other asserts: the asked act or
    predicate negated near a question term in one, no denial near one in the other (`contradict.opposite_polarity`),
    unless the pair agrees after all (`agree.polarity_agrees`)."""
    if cx.question_quote(a.text) or cx.question_quote(b.text) or not described_voices(a, b):
        return False
    return cx.opposite_polarity(a.text, b.text, agree.denied_words(ask), ask.terms) \
        and not agree.polarity_agrees(ask, question, a, b)


def described_voices(a: Quote, b: Quote) -> bool:
    """Neither quote is a named speaker's, each reports what a part of a group it describes said, and the two
    subjects are worded otherwise: two groups the article tells apart. A pronoun ("they said") describes no one."""
    if a.source[1] or b.source[1]:
        return False
    subjects = [_part_of_group(q.text) for q in (a, b)]
    return all(subjects) and subjects[0] != subjects[1]


def _part_of_group(text: str) -> frozenset[str]:
    """The terms of the subject a speech verb opens `text` with when it names part of a group ("some sheriffs and
    police officers … complained"); empty when there is none or it names no part."""
    mention = leading(text)
    if mention is None or mention.kind != "subject" or _PART.search(mention.phrase) is None:
        return frozenset()
    return term_set(mention.phrase)
