"""Keeping or breaking a norm: "Brightwell had broken the law" against "the company had complied with the law".

Two sentences that take opposite sides on whether a party kept a norm (a law, a rule, a ceasefire, a contract) deny
each other without a negation word: the verbs of violating a norm ("broke", "violated", "breached", "flouted", "ran
afoul of") and of conforming to one ("complied with", "obeyed", "abided by", "adhered to", "acted within") are two
closed classes of English, each the other's opposite, when their object is the same norm noun. A negation just before
the verb turns a side into the other ("did not break the law" keeps it). Pure functions over the sentences, no model.
"""

from __future__ import annotations

import re

from app.text.terms import stem

_VIOLATE = (r"br(?:oke|eak|eaks|eaking|oken)|violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|flout(?:s|ed|ing)?|"
            r"contraven(?:e|es|ed|ing)|infring(?:e|es|ed|ing)|"
            r"(?:ran|runs?|running|fell|falls?|falling)\s+(?:a)?foul\s+of")
_CONFORM = (r"compl(?:y|ies|ied|ying)\s+with|obe(?:y|ys|yed|ying)|ab(?:ide|ides|ided|iding|ode)\s+by|"
            r"adher(?:e|es|ed|ing)\s+to|conform(?:s|ed|ing)?\s+(?:to|with)|"
            r"(?:acted|acts|act|acting|stayed|stays|remained|was|were|is|are)\s+(?:well\s+|fully\s+)?within")
# the norms a party keeps or breaks: laws and rules, agreements between parties, orders given to it
_NORM = (r"laws?|rules?|regulations?|statutes?|codes?|constitution|treat(?:y|ies)|ceasefire|truce|agreements?|"
         r"contracts?|terms|requirements?|guidelines?|protocols?|standards?|orders?|bans?|sanctions|embargo")
_KEPT_OR_BROKEN = re.compile(rf"\b(?:(?P<broke>{_VIOLATE})|(?P<kept>{_CONFORM}))\s+(?:[\w'’-]+\s+){{0,4}}?"
                             rf"(?P<norm>{_NORM})\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|neither|nor)\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def sides_taken(text: str) -> frozenset[tuple[str, bool]]:
    """Per norm (its stem) the sentence speaks of: True when it says the norm was kept, False when broken."""
    found = set()
    for m in _KEPT_OR_BROKEN.finditer(text):
        kept = m.group("kept") is not None
        if _NEGATED.search(text[max(0, m.start() - 40): m.start()]):
            kept = not kept
        found.add((stem(m.group("norm").casefold()), kept))
    return frozenset(found)


def opposite_conformity(a: str, b: str, asked: frozenset[str]) -> str | None:
    """The norm (a stem of `asked`, the question's terms) one sentence says was kept and the other broken, or None;
    a sentence that says both of one norm takes no side on it."""
    sa, sb = sides_taken(a), sides_taken(b)
    for norm, kept in sa:
        if norm in asked and (norm, not kept) in sb and (norm, not kept) not in sa and (norm, kept) not in sb:
            return norm
    return None
