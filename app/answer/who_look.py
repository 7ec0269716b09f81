"""A second look for a "Who <verb>ed …?" question whose answering quotes do not give the doer (`gaps.act_unnamed`).

News often tells an act in one sentence and its doer in another: "Israeli Prime Minister Benjamin Netanyahu … stars
in a new ad set to air in … Florida" opens the story, and "The ad, paid for by nonprofit conservative advocacy group
Secure America Now, could have …" comes later, in a passage the first retrieval did not return. When the answering
quotes hold the act without its doer or not at all, the answering articles' sentences (the ranking's and the passages
it left out) are read for one that holds the asked verb with a doer (`doerless`: a subject, an owner, an agent after
"by") and the head noun of its object in the question ("ad", not "federal" of "a federal holiday"); the best opens
the ranking (the best quote's score, as `named_look`'s). None found, the ranking and the abstention stay. Pure over
the ranking and an article reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.doerless import act_doerless
from app.answer.gaps import act_unnamed, who_act
from app.answer.named_look import QuotesOf, open_with_best
from app.answer.select import Quote
from app.text.terms import term_set


# the object of the asked verb: after a preposition and determiners, up to a participle, a preposition or a relative
_OBJECT = re.compile(r"^(?:\s*(?:for|to|on|of|in|about|with|against|the|a|an|his|her|its|their)\b)*\s*"
                     r"(?P<np>(?:(?!(?:that|which|who|for|to|on|of|in|at|by|with|about|against)\b)[\w’'-]+\s*){1,4}?)"
                     r"(?:\b[a-z]+ing\b|\b(?:that|which|who|for|to|on|of|in|at|by|with|about|against)\b|[?,.]|$)")


def head_noun(question: str, verb: str) -> frozenset[str]:
    """The stem of the head noun of the asked verb's object ("ad" in "paid for the Netanyahu ad airing in Florida",
    "provision" in "sponsored the provision making …"); empty when none is read."""
    rest = question.split(verb, 1)[1] if verb in question else ""
    m = _OBJECT.match(rest)
    words = m.group("np").split() if m else []
    return term_set(words[-1]) if words else frozenset()


def _with_doer(verb: str, wanted: frozenset[str], thing: frozenset[str], q: Quote) -> bool:
    """`q` holds the asked verb with a doer, and the head noun of what the question asks it of."""
    return bool(wanted & term_set(q.text)) and bool(thing & term_set(q.text)) and not act_doerless(verb, wanted, [q])


def who_look(question: str, ranked: Sequence[Quote], close: float, quotes_of: QuotesOf | None) -> list[Quote]:
    """`ranked`, opened by the best sentence of the answering articles telling the asked act with a doer, when the
    answering quotes (within `close` of the best) do not give one (module docstring)."""
    act = who_act(question)
    if not ranked or quotes_of is None or act is None:
        return list(ranked)
    answering = [q for q in ranked if q.score >= ranked[0].score - close]
    if not act_unnamed(question, answering):
        return list(ranked)
    verb, wanted = act
    thing = head_noun(question, verb)
    if not thing:
        return list(ranked)
    return open_with_best(ranked, [q for q in ranked if _with_doer(verb, wanted, thing, q)],
                          list(dict.fromkeys(q.hit.chunk.doc_id for q in answering)), quotes_of,
                          lambda text: bool(wanted & term_set(text)), lambda q: _with_doer(verb, wanted, thing, q))
