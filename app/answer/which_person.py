"""Does the answer name the person a "Which <role> …?" question asks for?

"Which white lawmaker said he also heard the epithets?", "Which officials led the Park Service review?", "Which
Republican offered the resolution?" ask for a name. Near the topic the articles report the act and leave the doer
unnamed ("A white lawmaker said …", "an attempt by Republicans", "Ms. Sanders cited a recently completed Park Service
review"): relevance answers with that sentence, which names nobody the question does not. The rule asks that an
answering quote (within CLOSE of the best) or the sentence after it name a person the question does not
(`persons.names_person`: a run of capitalised words or a courtesy title and a name; a body's name, "the United States
Supreme Court", "the Park Service", is no person), or that a quote's speaker (its chain) be one the question does not
name. The sentence after counts only when it holds the question's verb (not a verb of saying): "… becomes the second
Republican congressman to be indicted this month. Representative Chris Collins … was indicted" names whom the quote
counts; a neighbour naming a speaker of other words does not. Pure functions over the quotes' text and chains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.answer.asked_events import SPEECH
from app.answer.persons import BODY_HEADS, names_person
from app.answer.presumed import forms
from app.answer.select import Quote
from app.answer.windows import after_span, after_text
from app.attribution.unnamed import is_description
from app.attribution.links import RELAYS
from app.text.terms import per_text, stem, term_set
from app.text.titles import ROLES

# Nouns for a person by what they do or belong to (the titles' roles, and those news writes without a title)
PERSON_NOUNS = ROLES | frozenset("lawmaker member republican democrat congressman congresswoman staffer employee "
                                 "worker protester demonstrator juror witness voter resident victim suspect soldier "
                                 "agent deputy trooper anchor journalist scientist expert donor".split())
# "Which white lawmaker said …", "Which Justice Department official wrote …", "Which law-enforcement officers said …":
# up to MODIFIERS words before the role noun, then a lower-case word (its verb); not "Which court …", "Which states …"
# "What was the name of the protester who …" asks the same as "Which protester …"
_WHICH = re.compile(r"^\W*(?:which|what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(?:the|an?)\s+)\s*(?P<rest>[^?]*)",
                    re.I)
MODIFIERS = 5
# words that end the "which" phrase before a role noun: an auxiliary, a preposition
_NOT_MODIFIERS = frozenset("did does do was were is are has have had will would can could of on in at to for from with "
                           "by about".split())
_AUXILIARIES = frozenset("was were is are has have had also who that".split())  # "official who said": said
# a verb of saying tells nothing of who did what was asked: a neighbour names speakers of other words
SAYING = frozenset().union(*(forms(v) for v in SPEECH), (stem(w) for w in ("said", "told")))


@per_text(maxsize=1 << 8)
def asked_verb(question: str) -> str | None:
    """The verb of a "Which <role> …" question (its first lower-case word after the role noun, auxiliaries aside:
    "indicted" in "Which other Republican congressman was indicted …"); "" when it has none; None when the question
    asks no person."""
    m = _WHICH.match(question)
    words = re.findall(r"[\w’'-]+", m.group("rest")) if m else []
    for i, word in enumerate(words[:MODIFIERS + 1]):
        noun = word.casefold()
        if noun in _NOT_MODIFIERS or noun.endswith("ed"):
            return None  # "Which court did Colorado sheriffs ask …", "Which group urged lawmakers …": another noun's
        if i + 1 < len(words) and words[i + 1].islower() \
                and _person_noun(noun):
            rest = words[i + 1:]  # "Which other Republican congressman was indicted": past the last role noun
            while rest and _person_noun(rest[0].casefold()):
                rest = rest[1:]
            return next((w for w in rest if w not in _AUXILIARIES), "")
    return None


def _person_noun(word: str) -> bool:
    return word in PERSON_NOUNS or word.endswith("s") and word[:-1] in PERSON_NOUNS


def asks_which_person(question: str) -> bool:
    """The question asks which person (or persons) of a role did something."""
    return asked_verb(question) is not None


def _speaker(name: str) -> bool:
    """A chain's link names a person, not a body ("White House", "Fish and Wildlife Service") nor an unnamed speaker's
    description ("a white lawmaker": which lawmaker is what was asked)."""
    words = name.casefold().split()
    return bool(words) and words[-1] not in BODY_HEADS and not is_description(name)


def person_unnamed(question: str, answering: Sequence[Quote]) -> list[str]:
    """["who"] when a "Which <role> …" question's answering quotes name no person the question does not, in their
    text, their neighbouring sentences or their chains (module docstring); else []."""
    if not answering or not asks_which_person(question):
        return []
    asked = term_set(question)
    for q in answering:
        if any(_speaker(link.name) and not term_set(link.name) <= asked for link in q.links if link.role != RELAYS):
            return []
        if names_person(question, q.text, bodies=False) or _named_after(question, q):
            return []
    return ["who"]


def _named_after(question: str, quote: Quote) -> bool:
    """The sentence just after the quote names a person the question does not, doing the asked verb: "Mr. Hunter …
    becomes the second Republican congressman to be indicted this month. Representative Chris Collins, Republican of
    New York, was indicted …" (a neighbour that only names someone, "Cleaver, D-Mo., also said he was spit on", does
    not tell who did what was asked)."""
    verb, after = asked_verb(question), after_text(quote)
    return bool(verb and after) and stem(verb) not in SAYING and stem(verb) in term_set(after) \
        and names_person(question, f"{quote.text} {after}", bodies=False)


def named_next(question: str, ranked: Sequence[Quote], close: float) -> list[Quote]:
    """`ranked` with each quote within `close` of the best that names nobody the question does not, but whose
    sentence after names the person doing the asked verb (`_named_after`), joined with that sentence: the answer to
    "Which other Republican congressman was indicted …" quotes "… becomes the second Republican congressman to be
    indicted this month. Representative Chris Collins … was indicted …". Scores stay: only the quote's words."""
    if not ranked or not asks_which_person(question):
        return list(ranked)
    floor = ranked[0].score - close
    return [_joined(q) if q.score >= floor and not names_person(question, q.text, bodies=False)
            and _named_after(question, q) else q for q in ranked]


def _joined(quote: Quote) -> Quote:
    span, chunk = after_span(quote), quote.hit.chunk
    if span is None:
        return quote
    return replace(quote, end=span[1], text=chunk.text[quote.start - chunk.start:span[1] - chunk.start], grown=None)
