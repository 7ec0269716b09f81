"""Whether all of a thing or only a part of it was done: opposite answers to a question about an act's scope.

"Did House members read the whole Constitution aloud?" / "Was the amendment that imposed Prohibition read?": one
outlet tells the act over the whole ("volunteers gave voice to the seven articles and 27 amendments that make up the
nation's governing document", "reading the founding document in full"), another that a part was left out ("didn't
recite every verse and article", "any portion … superseded … would not be read", "lawmakers did not read the 18th
Amendment", "skipped", "left out"). Both speak of the act asked (a word of the question's predicate each), and the
question asks about the scope: a whole ("whole", "every", "all"), a part ("parts", "clause", "amendment") or its
omission ("skip"). Two outlets that both tell a part skipped agree; a whole told by one outlet alone is no dispute;
a whole that is negated ("not an attempt to label the entire movement") is no whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.answer.asked import Asked
from app.answer.exception import tells_exception
from app.answer.select import Quote
from app.attribution import contradict as cx
from app.text.terms import per_text, term_set

# a yes/no question about the act's scope: a whole, a part of it, or leaving one out
_POLAR = re.compile(r"^\s*(?:did|do|does|was|were|is|are|has|have|had|will|would)\b", re.I)
_SCOPE_ASKED = re.compile(
    r"\b(?:whole|entire|entirety|every|all|each|full|complete|parts?|portions?|sections?|clauses?|articles?|"
    r"amendments?|verses?|chapters?|paragraphs?|provisions?|passages?|pages?|skip(?:s|ped|ping)?|omit(?:s|ted)?|"
    r"left\s+out|leave\s+out|exclud(?:e|es|ed))\b", re.I)
# the act over the whole: a totality in so many words
_WHOLE = re.compile(
    r"\b(?:(?:that|which)\s+makes?\s+up|in\s+full|in\s+(?:its|their)\s+entirety|the\s+(?:entire|whole)|"
    r"every\s+(?:single|word|line)|all\s+of\s+(?:it|them|the)|from\s+(?:start|beginning)\s+to\s+(?:finish|end)|"
    r"cover\s+to\s+cover|word\s+for\s+word)\b", re.I)
# a part left out: an omission verb, or a negated whole ("didn't recite every verse")
_LEFT_OUT = re.compile(
    r"\b(?:skip(?:s|ped|ping)?|left\s+out|leav(?:e|es|ing)\s+out|omit(?:s|ted|ting)?|omission|"
    r"exclud(?:e|es|ed|ing)|exempt(?:s|ed|ing)?)\b|"
    r"(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+){0,3}?(?:every|all|each|the\s+whole|the\s+entire|in\s+full)\b", re.I)
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno)\s+(?:\w+\s+){0,4}$", re.I)
# whether it was ever done before: a question about earlier occasions, not about how much of this one was done
_EARLIER = re.compile(r"\b(?:ever|previously|before\s+(?:this|that|then|now)|first\s+time)\b", re.I)


def asks_scope(question: str) -> bool:
    """A yes/no question that names a whole, a part or an omission ("Did they read the whole Constitution?"), not
    whether it had ever been done before ("Had the whole Constitution ever been read aloud … before this?")."""
    return _POLAR.match(question) is not None and _SCOPE_ASKED.search(question) is not None \
        and _EARLIER.search(question) is None


@per_text(maxsize=1 << 10)
def _wholes_denied(text: str) -> tuple[bool, ...]:
    """For each totality the text names (`_WHOLE`), whether a negation just before it denies it."""
    return tuple(_NEGATED_BEFORE.search(text[max(0, m.start() - 40):m.start()]) is not None
                 for m in _WHOLE.finditer(text))


def tells_whole(text: str) -> bool:
    """The text tells a totality that no negation just before it denies ("gave voice to the seven articles and 27
    amendments that make up …"; not "not an attempt to label the entire movement")."""
    return not all(_wholes_denied(text))


# a question asking about a whole: "Did the resolution brand the whole movement as racist?"
_WHOLE_ASKED = re.compile(r"\b(?:whole|entire|entirety|every|all|each|full|complete)\b", re.I)


def whole_only_denied(question: str, a: str, b: str) -> bool:
    """One text denies a whole ("the resolution was not an attempt to label the entire Tea Party movement as racist")
    and the other tells no whole, for a question asking of no whole ("Did the resolution condemn racism in the Tea
    Party movement?"): the denial is of the whole, which leaves a part ("condemning 'racist elements' in the Tea Party
    movement") undenied, so the two do not disagree on what was asked."""
    if _WHOLE_ASKED.search(question) is not None:
        return False
    return any(denies_whole(n) and not tells_whole(o) and not denies_whole(o) for n, o in ((a, b), (b, a)))


def denies_whole(text: str) -> bool:
    """The text negates a totality: a negation just before "the entire", "in full", "every …" (`_WHOLE`)."""
    return any(_wholes_denied(text))


def tells_part_left_out(text: str, act: frozenset[str]) -> bool:
    """The text tells a part left out: an omission or a negated whole, or the act asked (`act`) negated
    ("lawmakers did not read the 18th Amendment", "would not be read")."""
    return _LEFT_OUT.search(text) is not None or (bool(act) and cx.negated(text, act))


def conflicting_scope(ask: Asked, question: str, a: str, b: str) -> bool:
    """One of the two texts tells the act asked over the whole, the other a part of it left out, and both hold a
    word of what the question asks (its predicate); the question asks about the act's scope (`asks_scope`)."""
    asked = ask.predicate or ask.terms
    if not asks_scope(question) or not (term_set(a) & asked and term_set(b) & asked):
        return False
    act = ask.verb or asked
    return any(tells_whole(w) and not tells_part_left_out(w, act) and tells_part_left_out(p, act)
               for w, p in ((a, b), (b, a)))


def scope_pair(ask: Asked, question: str, ranked: Sequence[Quote], pool: Sequence[int]) -> tuple[int, int, str] | None:
    """Two candidates of different outlets and stance groups, one telling the act asked over the whole and one a part
    of it left out (`conflicting_scope`), when no other rule found a disagreement: a quote among the answering ones
    (`pool`) against any candidate telling the whole (a precise pattern, so it may stand as far below the best quote
    as any candidate: "gave voice to the seven articles and 27 amendments that make up …" shares few of the question's
    words), as (i, j, "scope") with i < j; or None. None too when the best quote tells an exception to a part its own
    outlet tells left out ("However, they did read the 21st Amendment", `exception.tells_exception`): it answers of
    the part asked, which was done."""
    if not asks_scope(question) or (ranked and tells_exception(ranked[0])):
        return None
    asked = ask.predicate or ask.terms
    wholes = [j for j, q in enumerate(ranked) if tells_whole(q.text) and term_set(q.text) & asked]
    return next(((min(i, j), max(i, j), "scope") for i in pool for j in wholes if i != j
                 and _other_account(ranked[i], ranked[j]) and conflicting_scope(ask, question, ranked[i].text,
                                                                               ranked[j].text)), None)


def _other_account(a: Quote, b: Quote) -> bool:
    """Another outlet, of another stance group (or one not recorded)."""
    return a.outlet != b.outlet and (a.stance is None or b.stance is None or a.stance != b.stance)


def scope_side(ask: Asked) -> Callable[[Quote], bool]:
    """A test of a quote: it tells the act asked over the whole or a part of it left out, holding a word the question
    asks: a stance group's side of a scope dispute ("any portion … superseded … would not be read"), as a figure
    dispute's side is its figure, whatever its score (`every_side`)."""
    asked_terms = ask.predicate or ask.terms
    act = ask.verb | asked_terms  # "Did they skip the superseded parts … when they read it?": "would not be read"
    return lambda q: bool(term_set(q.text) & asked_terms) and (tells_whole(q.text) or tells_part_left_out(q.text, act))
