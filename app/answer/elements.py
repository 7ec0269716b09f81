"""Does an answering quote hold the KIND of thing the question asks for at all?

A partly-answered question is answered by the sentences about its event, which may hold nothing of the kind asked
for: "When did Bauer interview Sestak's brother?" by "Bauer also interviewed representatives for Sestak" (no time),
"What did the House Ethics Committee decide about Duncan Hunter?" by "Mr. Hunter was already being investigated by
the House Ethics Committee" (no decision). News writing gives each kind in a few forms, and a quote that answers
holds one:
  - a time: a date, a weekday, a month, a year or a time relative to the report ("last summer", `dates.TIME`);
  - a decision: a word of deciding, ruling or finding ("concluded", "ruled", "found", "rejected", "said the case
    could …": a court or a board says what it decides);
  - a reason: a word of cause or purpose ("because", "after", "citing", "in an effort", the subject's own "said"),
    when every answering quote restates the premise of a "Why did X <verb> …" question (reports its event). A
    why-question is the usual form of a false premise ("Why did the administration also drop the ban …?"), and the
    quote that corrects it ("… would remain in place") holds no reason word: it does not report the presumed event
    either, so the rule does not read it (session 9's rule, which abstained on any why-answer without a reason word,
    hid such corrections); nor does a quote that restates the premise in other words ("Fifteen of his speeches were
    abroad" for "Why did Bill Clinton give fifteen of his speeches abroad?"), naming its subject (`restates`).
Read in the quotes that answer (within CLOSE of the best); Pure functions over their text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import asks_date
from app.answer.asked_events import SPEECH
from app.answer.dates import SAME_DAY, names_time
from app.answer.gaps import DECISION_ASKED
from app.answer.named import designations, name_held, question_names
from app.answer.outcome import mentions
from app.answer.own_said import others_said
from app.answer.presumed import presumed_events
from app.answer.purpose import purpose_reason
from app.answer.select import Quote
from app.answer.which_person import person_unnamed
from app.answer.windows import before_text, named_window
from app.text.terms import term_set, terms

_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o['’]clock)|"
                    r"\b(?:noon|midnight|morning|mornings|afternoon|evening|evenings|night|nights|dawn|dusk|"
                    r"overnight)\b|\b(?:hours?|days?|weeks?|months?|"
                    # a decade: "the mid-1970s", "the '90s"
                    r"years?)\s+(?:after|before|later|earlier|ago)\b|(?:19|20)\d0s\b|['’]\d0s\b", re.I)
_DECISION_WORD = re.compile(r"\b(?:decid\w*|decision\w*|rul(?:ed|es|ing|ings)|conclu\w+|found|finding\w*|"
                            r"determin\w+|held|approv\w+|reject\w*|den(?:y|ied|ies)|uph\w+|struck|dismiss\w*|"
                            r"order(?:ed|s)?|recommend\w*|vot(?:ed|es)|agreed|said|says|cleared|verdict|judgment)\b",
                            re.I)

# "Why did / was / could …": a why-question (its premise is read for a restatement by `restates`)
_WHY = re.compile(r"^\W*why\s+(?:did|does|do|was|were|is|are|has|have|had|could|would|will)\b", re.I)
RESTATED = 0.6  # share of a why-question's terms that a quote restating its premise holds


def time_missing(question: str, answering: Sequence[Quote]) -> list[str]:
    """A when-question ("When did …", "On what day …") whose answering quotes name no time at all (nor a time of
    day: "at 6 a.m.", "every morning", nor a decade: "in the mid-1970s", nor the day of another event: "on the same
    day the State Department released …"), or only in quotes that leave out a name the question holds, in their
    sentences and the ones around or as their speaker (`windows.named_window`): the time of another event ("in a
    telephone interview with The Times two days after …" for "When did Ginsburg give her interview to The Associated
    Press?"). Not a bill's designation ("H.R. 1", `named.designations`): news refers back to it as "the bill", "a
    Senate companion bill"."""
    if not answering or not asks_date(question):
        return []
    labels = {t for d in designations(question) for t in d}
    names = [n for n in question_names(question) if not n <= labels]
    if any((names_time(q.text) or _CLOCK.search(q.text) or SAME_DAY.search(q.text))
           and all(name_held(n, named_window(q).__contains__) for n in names) for q in answering):
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


# Words that give a cause or a purpose in news writing; not a bare "to" or "over", which a restated event holds as often
STATED_REASON = re.compile(r"\b(?:because|due\s+to|owing\s+to|since|so\s+that|in\s+order|reasons?|why|after|amid|"
                           r"cit(?:e|es|ed|ing)|in\s+(?:response|an\s+effort|protest)|as\s+a\s+result|prompt\w*|"
                           r"led\s+to|concerns?|fears?|worried|motiv\w*|said|says|saying)\b", re.I)


def reason_missing(question: str, answering: Sequence[Quote]) -> list[str]:
    """A "Why did X <verb> …" question whose answering quotes each report its presumed event (`presumed_events`: they
    restate the premise: "the FBI began investigating additional charges dating back as far as 2009" for "Why did the
    FBI begin investigating charges dating back to 2009?"), or one of which restates the question in its own words
    (`restates`), while none holds a word of cause or purpose (`STATED_REASON`; a "said" of another speaker is none:
    `own_said`)."""
    verbs = presumed_events(question)
    if not answering or not (verbs and all(any(mentions(v, q.text) == "reported" for v in verbs) for q in answering)
                             or any(restates(question, q.text) for q in answering)):
        return []
    names = question_names(question)
    return [] if any(_reasoned(q, names) or purpose_reason(question, q.text) for q in answering) else ["why"]


def _reasoned(q: Quote, names: Sequence[frozenset[str]]) -> bool:
    """`q` holds a word of cause or purpose, a "said" only when the speaker is not another (`own_said`)."""
    return any(m.group().casefold() not in ("said", "says", "saying")
               or not others_said(m.start(), q.text, before_text(q), names) for m in STATED_REASON.finditer(q.text))


def restates(question: str, text: str) -> bool:
    """`text` restates a why-question's premise: it holds RESTATED of the question's terms, one of its names among
    them ("Mr. Clinton … Fifteen of his speeches were abroad" for "Why did Bill Clinton give fifteen of his 2013
    speeches abroad?": a light verb, a reworded one, "minus the amendments" for "leave the amendments out", or a
    negated one, "did not keep", which the event parse does not read). A correction of a false premise ("A near-total
    ban … would remain in place" for "Why did the administration drop the ban …") names neither its doer nor its
    act. A question about a statement ("Why did Sellers say … was unfair?") is answered by the speaker's words, which
    need no reason word: not read (a speech verb as an infinitive, "took three months to explain", is no statement)."""
    words = re.findall(r"[a-z]+", question.casefold())
    if _WHY.match(question) is None or any(w in SPEECH and words[i - 1] != "to" for i, w in enumerate(words) if i):
        return False
    asked, held = term_set(question), term_set(text)
    names = question_names(question)
    return bool(asked) and len(asked & held) >= RESTATED * len(asked) and any(n & held for n in names)


def element_missing(question: str, answering: Sequence[Quote]) -> list[str]:
    """The kinds of thing the question asks for that no answering quote holds (each rule above)."""
    return time_missing(question, answering) + decision_missing(question, answering) \
        + reason_missing(question, answering) + person_unnamed(question, answering)
