"""The act of a yes/no question whose subject is no name (`asked_events.DID_CASE` reads named ones): an indefinite
subject ("Did anyone sue Colorado …?", "Did any Republicans vote …?", "Did a court rule …?") and a perfect, passive
or active ("Has any state law been struck down …?", "Have the charges been dropped?", "Has Netanyahu objected …?").
Read into `asked.Asked.verb` when no other form gives one: a denial must negate that act, and only a verdict the
question names disputes it. Pure functions over the question's words, no model."""

from __future__ import annotations

import re

from app.answer.asked_events import DID_COMMON, INDEFINITE
from app.answer.verb_forms import participle
from app.text.terms import terms

# "Did anyone / a court / any Republicans / some states <verb>": an indefinite subject, a pronoun or a noun phrase
# that opens with an indefinite determiner (not a bare plural: "Did prosecutors announce …" names its doers)
_INDEFINITE_OPEN = re.compile(r"(?i)(?:a|an|any|some)\s")
# … and a capitalised plural after "any / some" ("Did any Republicans vote …"), which `DID_COMMON` (lower case) misses
_DID_ANY_NAMED = re.compile(r"^\W*(?i:did)\s+(?P<subj>(?i:any|some)\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*s\s+)"
                            r"(?:[a-z]+ly\s+|ever\s+|even\s+|also\s+)?(?P<verb>[a-z]+)")
# "Has / Have / Had <subject> [ever] been <participle> [particle]": the subject is whatever stands before "been"
# (up to eight words, no clause break); the act is the participle ("struck down", "dropped", "read out")
_PERFECT_PASSIVE = re.compile(r"^\W*(?i:has|have|had)\s+(?P<subj>(?:(?!(?:been|not|that|which|who)\b)[\w.'’-]+\s+)"
                              r"{1,8}?)(?:[a-z]+ly\s+|ever\s+|already\s+|also\s+)?been\s+(?P<verb>[a-z]+)"
                              r"(?P<particle>\s+(?:down|up|out|off|back|away|over)\b)?")
# "Has / Have <subject> <participle>": a perfect active ("Has Netanyahu objected to …", "Have any courts ruled on
# …"); the subject is a name (capitalised words), a determiner and at most three lower-case words, or a bare plural
# ("Have justices recused themselves …", "Have earlier administrations discussed …")
_PERFECT_ACTIVE = re.compile(r"^\W*(?i:has|have|had)\s+(?P<subj>(?:(?:the|a|an|any|some|his|her|their|its)\s+)?"
                             r"(?:[A-Z0-9][\w.'’-]*\s+){1,4}|(?:the|a|an|any|some|his|her|their|its)\s+"
                             r"(?:[a-z]+\s+){1,3}?|(?:[a-z]+\s+)?[a-z]*[a-hj-rtv-z]s\s+|police\s+|people\s+)"
                             r"(?:[a-z]+ly\s+|ever\s+|already\s+|also\s+)?(?P<verb>[a-z]+)\b")


def indefinite_act(question: str) -> str:
    """The verb of "Did <indefinite subject> <verb> …" ("Did anyone sue …" → "sue"), or ''."""
    m = DID_COMMON.match(question) or _DID_ANY_NAMED.match(question)
    if m is None:
        return ""
    subj = m.group("subj")
    return m.group("verb") if subj.strip().casefold() in INDEFINITE or _INDEFINITE_OPEN.match(subj) else ""


def perfect_act(question: str) -> str:
    """The participle of a "Has / Have / Had <subject> [been] <participle> …" question, or ''. In the passive a word
    with a particle after it is one too ("been struck down"); "been able / clear" asks for no act."""
    m = _PERFECT_PASSIVE.match(question)
    if m and (participle(m.group("verb")) or m.group("particle")):
        return m.group("verb")
    m = _PERFECT_ACTIVE.match(question) if m is None else None
    return m.group("verb") if m and m.group("verb") != "been" and participle(m.group("verb")) else ""


def yes_no_act(question: str) -> frozenset[str]:
    """The act term of a yes/no question whose subject `DID_CASE` does not read (`indefinite_act`, `perfect_act`)."""
    verb = indefinite_act(question) or perfect_act(question)
    return frozenset(terms(verb, query=True)[:1]) if verb else frozenset()
