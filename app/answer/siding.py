"""Whose side a rebuttal takes, and when it is aimed elsewhere than at another quote (`rebuttal_elsewhere`): one
that names another quote's speaker as one it agrees with ("MPP agrees with Suthers' opinion that the suit is “without
merit”", "Zinke echoed Trump's comment", "Elliott echoed Tvert's sentiments") rejects what both reject, so it is not
aimed at that speaker's words; nor is a rebuttal cue that reports the act asked about, one under a negation, or one
inside a charge the quote reports ("the programme, which claimed that the MEK was engaged in online propaganda")."""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.answer.select import Quote
from app.attribution import contradict as cx
from app.text.apostrophe import straight
from app.text.terms import term_set

# "agrees with Suthers' opinion", "echoed Tvert's sentiments", "sided with Wal-Mart": r takes the named one's side
_SIDING = re.compile(r"\b(?:agree[sd]?|agreeing|echo(?:es|ed|ing)?|sid(?:es|ed|ing)|lin(?:es|ed|ing) up)\s+(?:with\s+)?"
                     r"(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)")


def sides_with(r: Quote, target: Quote) -> bool:
    """r names target's speaker only as one it agrees with ("MPP agrees with Suthers' opinion that the suit is
    “without merit”" for Suthers' own words): it rejects what both reject, not what target says."""
    surname = target.source[1].split()[-1:]
    return bool(surname) and any(term_set(surname[0]) <= term_set(straight(m.group("name")))
                                 for m in _SIDING.finditer(r.text))


def rebuttal_elsewhere(ask: Asked, r: Quote, target: Quote) -> bool:
    """r's rebuttal cue does not reject target's claim: target tells r's own stand (or r sides with target's
    speaker), the cue is an act of the one the question asks about (reported, like X's own words), or it is
    negated and target does not make the charge it names. r's cue is searched for once."""
    if reports_rebutter(r, target) or sides_with(r, target):
        return True
    cue = cx.REBUTTAL_SEARCH.search(r.text)
    return cue is not None and (doer_acts(ask, r, cue) or uncharged(r, target, cue) or reported_charge(r.text, cue))


# words before a rebuttal cue where a negation turns it around ("I don't think … is propaganda")
CUE_NEGATION_WORDS = 6


def uncharged(r: Quote, target: Quote, cue: re.Match[str]) -> bool:
    """r's rebuttal cue (`cue`, found in r's text) stands under a negation ("I don't think the Constitution is
    propaganda"): r rejects the charge the cue names, so it disputes only a quote that makes that charge; target
    does not (it holds none of the cue's words)."""
    before = " ".join(r.text[: cue.start()].split()[-CUE_NEGATION_WORDS:])
    return cx.NEGATION.search(before) is not None and not term_set(cue.group(0)) & term_set(target.text)


AGENT_WORDS = 4  # words before a rebuttal cue where its agent stands ("Hunter and his wife “mischaracterized” …")
# a claim as the subject of a rebuttal cue: "the report that Hunter blamed his wife “mischaracterized” …"
_CLAIM_SUBJECT = re.compile(r"\b(?:the|a|an|this|that|these|those|his|her|their|its)\s+"
                            r"(?:claims?|allegations?|accusations?|reports?|story|stories|assertions?)\b",
                            re.IGNORECASE)


def doer_acts(ask: Asked, r: Quote, cue: re.Match[str]) -> bool:
    """The rebuttal cue's (`cue`, found in r's text) agent is the one a "Did X <verb>" question (or "Why / How did X
    <verb>", `Asked.agent`) asks about: "Prosecutors said Hunter and his wife “mischaracterized” the purchases"
    reports what Hunter did (an accusation of him), it rejects no other quote's claim, as X's own words answer what X
    did. Not when the cue rejects a claim it names ("But Tea Party members have challenged claims that …"), or a claim
    is its subject ("the report that Hunter blamed his wife “mischaracterized” the charges"): that is a dispute
    about what X did, not a report of the act."""
    if not (ask.doer or ask.agent) or cx.CLAIM_NOUN.search(cue.group(0)):
        return False
    words = re.findall(r"[\w’'-]+", r.text[: cue.start()])
    if _CLAIM_SUBJECT.search(" ".join(words[-2 * AGENT_WORDS:])):
        return False
    before = words[-AGENT_WORDS:]
    return any(w.casefold() in ask.doer for w in before) or bool(ask.agent & term_set(" ".join(before)))


def reports_rebutter(r: Quote, target: Quote) -> bool:
    """The target tells the rebutter's own stand ("But Colorado Attorney General John Suthers isn't
    backing down" for Suthers' "without merit"): both quotes are one side's account, there is no claim
    of the other side for the rebuttal to reject."""
    surname = r.source[1].split()[-1:]
    return bool(surname) and len(surname[0]) > 2 \
        and re.search(rf"(?<!\w){re.escape(surname[0])}(?!\w)", target.text, re.IGNORECASE) is not None


_SUBJECT_PRONOUN = re.compile(r"^\W*(?:but\s+|and\s+)?(?:he|she|they)\b", re.IGNORECASE)


def goes_on(r: Quote, target: Quote) -> bool:
    """r opens with a subject pronoun and target names r's speaker: the pronoun is the one target tells of, whose
    account goes on ("Tom Keegan … called the audit a hit piece." then "He denied that …"), not another voice that
    answers target back."""
    return _SUBJECT_PRONOUN.match(r.text) is not None and reports_rebutter(r, target)


# a past claiming verb and its that-clause, up to the clause's end: the words of a charge the sentence reports
_CLAIMED = re.compile(r"\b(?:claimed|alleged|charged)\s+that\b[^,;:.!?]*", re.IGNORECASE)


def reported_charge(text: str, cue: re.Match[str]) -> bool:
    """The rebuttal cue (`cue`, the first in `text`) is a word of a charge the sentence reports: it stands inside the
    that-clause of a past claiming verb ("which claimed that the MEK was engaged in online propaganda") and names no
    claim, and no cue follows the clause. The sentence tells the charge; it rejects no claim. Not a verb's subject
    clause ("the report that Hunter blamed his wife “mischaracterized” the charges": the report is rebutted), nor a
    cue after the clause ("claimed that the MEK had no support in Iran, which is not true"), nor a verdict on claims
    ("claimed that the reports were false")."""
    if cx.CLAIM_NOUN.search(cue.group(0)):
        return False
    clause = next((m for m in _CLAIMED.finditer(text) if m.start() < cue.start() and m.end() >= cue.end()), None)
    return clause is not None and cx.REBUTTAL.search(text, clause.end()) is None
