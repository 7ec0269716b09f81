"""Does an answering quote hold the KIND of thing the question asks for at all?

A partly-answered question is answered by the sentences about its event, which may hold nothing of the kind asked
for: "When did Bauer interview Sestak's brother?" by "Bauer also interviewed representatives for Sestak" (no time),
"What did the House Ethics Committee decide about Duncan Hunter?" by "Mr. Hunter was already being investigated by
the House Ethics Committee" (no decision). News writing gives each kind in a few forms, and a quote that answers
holds one:
  - a time: a date, a weekday, a month, a year or a time relative to the report ("last summer", `dates.TIME`);
  - a decision: a word of deciding, ruling or finding ("concluded", "ruled", "found", "rejected", "said the case
    could …": a court or a board says what it decides).
Read in the quotes that answer (within CLOSE of the best); Pure functions over their text.

No reason rule ("Why did X …" answered by no causal word): a why-question is the usual form of a false premise
("Why did the administration also drop the ban …?"), and the quote that corrects it ("… would remain in place")
holds no reason word; abstaining there hides the correction (measured on session 9's all-set run).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import asks_date
from app.answer.dates import names_time
from app.answer.gaps import DECISION_ASKED
from app.answer.select import Quote
from app.text.terms import terms

_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|"
                    r"\b(?:noon|midnight|morning|mornings|afternoon|evening|evenings|night|nights|dawn|dusk|"
                    r"overnight)\b|\b(?:hours?|days?|weeks?|months?|"
                    # a decade: "the mid-1970s", "the '90s"
                    r"years?)\s+(?:after|before|later|earlier|ago)\b|(?:19|20)\d0s\b|['’]\d0s\b", re.I)
_DECISION_WORD = re.compile(r"\b(?:decid\w*|decision\w*|rul(?:ed|es|ing|ings)|conclu\w+|found|finding\w*|"
                            r"determin\w+|held|approv\w+|reject\w*|den(?:y|ied|ies)|uph\w+|struck|dismiss\w*|"
                            r"order(?:ed|s)?|recommend\w*|vot(?:ed|es)|agreed|said|says|cleared|verdict|judgment)\b",
                            re.I)


def time_missing(question: str, answering: Sequence[Quote]) -> list[str]:
    """A when-question ("When did …", "On what day …") whose answering quotes name no time at all (nor a time of
    day: "at 6 a.m.", "every morning", nor a decade: "in the mid-1970s")."""
    if not answering or not asks_date(question) or any(names_time(q.text) or _CLOCK.search(q.text) for q in answering):
        return []
    return ["when"]


def decision_missing(question: str, answering: Sequence[Quote]) -> list[str]:
    """A "What did <Name> decide / conclude / rule …" question whose answering quotes hold no word of a decision; a
    speech verb counts only with the decider's head word just before it ("Two lower courts said", not "His lawyer
    said"). A named body decides ("the House Ethics Committee"); a possessive names whose the decider is, not it."""
    m = DECISION_ASKED.match(question)
    if not answering or m is None or re.search(r"['’]s?\s*$", m.group("name")):
        return []  # "Hillary Clinton's doctor": a person's finding, which news words many ways ("declaring …")
    head = terms(m.group("name"))[-1:]
    for q in answering:
        for d in _DECISION_WORD.finditer(q.text):
            subject = terms(re.split(r"[.;:!?,—]\s", q.text[:d.start()])[-1])[-4:]  # its clause's last words
            if d.group().casefold() not in ("said", "says") or set(head) & set(subject):
                return []
    return ["decision"]


def element_missing(question: str, answering: Sequence[Quote]) -> list[str]:
    """The kinds of thing the question asks for that no answering quote holds (each rule above)."""
    return time_missing(question, answering) + decision_missing(question, answering)
