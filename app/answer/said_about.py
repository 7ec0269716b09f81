"""Does X's answer speak of whose thing the question asks X about?

"What did Betty Dukes say about Justice Kennedy's questions at the argument?" asks for X's words on one person's act
or words. Near the topic the articles quote X on something else of the same story ("Betty Dukes said the
management at her Pittsburg, Calif., store was bypassing her for promotions"), and relevance answers with it. X's
words answer only when one of X's answering quotes holds the owner's name ("Kennedy") or the thing owned
("questions", or its verb's forms: "indicted" for "indictment"), in its sentence or the one before or after ("He called
them totally inappropriate" after "Ginsburg's comments"); any of
X's quotes holding either answers, and a question X's quotes do not speak in is left to the speaker checks
(`speaks`).
Pure functions over the question and the answering quotes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.other_doers import asked_event
from app.answer.presumed import forms
from app.answer.select import Quote
from app.answer.speaks import asks_speaker, speaking
from app.answer.windows import lead_terms, window_text
from app.text.terms import per_text, stem, terms

# "What did X say about Justice Kennedy's questions …": the about-phrase's owner (a name) and the noun it owns
_ABOUT_OWNED = re.compile(r"^\W*what\s+(?:did|does|do|has|have|had)\s+[^?]+?\s+(?:say|said|tell|told|think)\b[^?]*?"
                          r"\babout\s+(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*?)['’]s?\s+(?P<noun>[a-z]+)",
                          re.I)


@per_text(maxsize=1 << 8)
def owned_topic(question: str) -> frozenset[str]:
    """The stems that name what X is asked about: the owner's last name and the owned noun (with its verb's forms);
    empty when the question asks no said-about of a named owner."""
    m = _ABOUT_OWNED.match(question)
    if m is None or not m.group("owner")[:1].isupper():
        return frozenset()
    owner = [w for w in terms(m.group("owner"))][-1:]
    noun = m.group("noun").casefold()
    base = asked_event(noun)
    return frozenset(owner) | {stem(noun)} | (forms(base) if base else frozenset())


def silent_on(ask: Asked, question: str, answering: Sequence[Quote]) -> bool:
    """X speaks in the answering quotes, and none of X's holds the owner's name or the thing owned (docstring)."""
    topic = owned_topic(question)
    speakers = asks_speaker(ask, question) if topic else frozenset()
    own = speaking(speakers, answering) if speakers else []
    return bool(own) and not any(topic & (_stems(window_text(q)) | lead_terms(q)) for q in own)


def _stems(text: str) -> frozenset[str]:
    """The text's word stems, a possessive ending left out ("Ginsburg’s": ginsburg)."""
    return frozenset(stem(re.sub(r"['’]s?$", "", w.casefold())) for w in re.findall(r"[\w’'-]+", text))
