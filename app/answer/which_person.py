"""Does the answer name the person a "Which <role> …?" question asks for?

"Which white lawmaker said he also heard the epithets?", "Which officials led the Park Service review?", "Which
Republican offered the resolution?" ask for a name. Near the topic the articles report the act and leave the doer
unnamed ("A white lawmaker said …", "an attempt by Republicans", "Ms. Sanders cited a recently completed Park Service
review"): relevance answers with that sentence, which names nobody the question does not. The rule asks that an
answering quote (within CLOSE of the best) or one of its neighbouring sentences name a person the question does not
(`persons.names_person`: a run of capitalised words or a courtesy title and a name; a body's name, "the United States
Supreme Court", "the Park Service", is no person), or that a quote's speaker (its chain) be one the question does not
name. Pure functions over the quotes' text and chains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.persons import BODY_HEADS, names_person
from app.answer.select import Quote
from app.attribution.links import RELAYS
from app.text.terms import per_text, term_set
from app.text.titles import ROLES

# Nouns for a person by what they do or belong to (the titles' roles, and those news writes without a title)
PERSON_NOUNS = ROLES | frozenset("lawmaker member republican democrat congressman congresswoman staffer employee "
                                 "worker protester demonstrator juror witness voter resident victim suspect soldier "
                                 "agent deputy trooper anchor journalist scientist expert donor".split())
# "Which white lawmaker said …", "Which Justice Department official wrote …", "Which law-enforcement officers said …":
# up to MODIFIERS words before the role noun, then a lower-case word (its verb); not "Which court …", "Which states …"
_WHICH = re.compile(r"^\W*which\s+(?P<rest>[^?]*)", re.I)
MODIFIERS = 5
# words that end the "which" phrase before a role noun: an auxiliary, a preposition
_NOT_MODIFIERS = frozenset("did does do was were is are has have had will would can could of on in at to for from with "
                           "by about".split())


@per_text(maxsize=1 << 8)
def asks_which_person(question: str) -> bool:
    """The question asks which person (or persons) of a role did something."""
    m = _WHICH.match(question)
    words = re.findall(r"[\w’'-]+", m.group("rest")) if m else []
    for i, word in enumerate(words[:MODIFIERS + 1]):
        noun = word.casefold()
        if noun in _NOT_MODIFIERS or noun.endswith("ed"):
            return False  # "Which court did Colorado sheriffs ask …", "Which group urged lawmakers …": another noun's
        if i + 1 < len(words) and words[i + 1].islower() \
                and (noun in PERSON_NOUNS or noun.endswith("s") and noun[:-1] in PERSON_NOUNS):
            return True
    return False


def _speaker(name: str) -> bool:
    """A chain's link names a person, not a body ("White House", "Fish and Wildlife Service")."""
    words = name.casefold().split()
    return bool(words) and words[-1] not in BODY_HEADS


def person_unnamed(question: str, answering: Sequence[Quote]) -> list[str]:
    """["who"] when a "Which <role> …" question's answering quotes name no person the question does not, in their
    text, their neighbouring sentences or their chains (module docstring); else []."""
    if not answering or not asks_which_person(question):
        return []
    asked = term_set(question)
    for q in answering:
        if any(_speaker(link.name) and not term_set(link.name) <= asked for link in q.links if link.role != RELAYS):
            return []
        if names_person(question, q.text, bodies=False):
            return []
    return ["who"]
