"""Different years for the event a "when" question asks about: "The congressman's lawyers said in 2017 that Hunter
and his wife repaid the campaign about $60,000" / "He repaid his campaign more than $60,000 earlier this year"
(a report of 2018). The weekday rule (`event_days.days_of_asked_event`) at the grain of a year: each quote gives one
year near a word of the asked event's verb, named ("in 2017") or relative to its report's date ("earlier this
year", "last summer"), and the two differ. `day_of_other_event`: a weekday dates the asked event only in a sentence
that names it ("Donald J. Trump on Tuesday assailed Justice Ginsburg …" gives the day of the attack, not of the
interview's publication); a speech act asked ("announce") is named by a plain verb of saying too. Pure functions over
two quotes and the question."""

from __future__ import annotations

import re

from app.answer.asked import asks_date
from app.answer.asked_events import SPEECH, events
from app.answer.covered import dating_years
from app.answer.dated import days as days_in
from app.answer.outcome import same_event
from app.answer.select import Quote
from app.attribution.contradict import weekdays
from app.text.sentences import split_sentences
from app.text.terms import STOPWORDS, stem

# "this year", "earlier this year", "last summer": a year relative to the report's date
_RELATIVE = re.compile(r"\b(?P<which>this|last)\s+(?:year|spring|summer|fall|autumn|winter)\b", re.IGNORECASE)
_WORD = re.compile(r"[\w’'$,.-]+")
# An act of saying asked ("announce", "tell", a verb of `asked_events.SPEECH` itself, not of its family: "talk" is no
# statement) is told by the plain verbs of saying too ("Trump said he decided to put … on hold")
SAYING = ("say", "says", "said", "tell", "tells", "told")
_SPEECH_STEMS = frozenset(stem(v) for v in SPEECH)  # made once, not per quote pair
EVENT_WORDS = 8  # a year tells when the event happened only this many words from a word of its verb


def conflicting_years(question: str, a: Quote, b: Quote) -> bool:
    """A "when" question's event is given two different years by the quotes."""
    verbs = events(question) if asks_date(question) else []
    if not verbs:
        return False
    ya, yb = (event_year(q.text, verbs, q.hit.chunk.meta.get("date")) for q in (a, b))
    return ya is not None and yb is not None and ya != yb


def event_year(text: str, verbs: list[str], published: str | None) -> str | None:
    """The year `text` gives nearest to a word of one of the event's `verbs` (within EVENT_WORDS), or None; a year
    naming the period an object covers ("tax returns dating back to 1977", "from 2007 to 2014") dates no act."""
    words = [(m.start(), m.group(0).strip(",.").casefold()) for m in _WORD.finditer(text)]
    at = [i for i, (_, w) in enumerate(words) if any(same_event(v, w) for v in verbs)]
    found = []
    for start, year in dating_years(text):  # not a period an object covers ("returns dating back to 1977")
        found.append((_index(words, start), year))
    for m in _RELATIVE.finditer(text):
        if published and re.match(r"\d{4}", published):
            year = int(published[:4]) - (m.group("which").casefold() == "last")
            found.append((_index(words, m.start()), str(year)))
    near = [(min(abs(i - j) for j in at), year) for i, year in found if at]
    near = [(d, year) for d, year in near if d <= EVENT_WORDS]
    return min(near)[1] if near else None


def _index(words: list[tuple[int, str]], start: int) -> int:
    """The position of the word at or after character `start`."""
    return next((i for i, (s, _) in enumerate(words) if s >= start), len(words))


def day_of_other_event(acts: tuple[str, ...], text: str, exact: bool = False, saying: bool = True) -> bool:
    """`text` gives a weekday, and no word of the `acts` a day question asks about (a form of its verb, `same_event`)
    stands in its clause (the words between commas; a sentence's opening phrase belongs to the clause after it: "In
    a tweet on Friday night, Trump said …"): the day is another event's ("… handed him the gavel on Wednesday" for
    "On what day did the House pass H.R. 1?"; "While declining to discuss what happened, Mr. Obama on Thursday said"
    for "When did Clinton talk to Sestak?"). False when no act is known. Unless `exact`, a word opening with the act's
    first two letters may be a form `same_event` does not know ("drove" for "drive"): in doubt, no veto. `saying`:
    the quote's speaker may be the one whose statement is asked about, so a verb of saying tells a speech act asked;
    when not, a clause where that speaker says something names the act only in a known form of its verb. A first
    clause that is a clause of its own ("Donald J. Trump on Tuesday assailed Justice Ginsburg …, calling her remarks
    …") is no opening phrase (`_OPENING`): its day is its own verb's, not the next clause's."""
    if not acts:
        return False
    if saying and any(stem(a.casefold()) in _SPEECH_STEMS for a in acts):  # "announce …": "said he put it on hold"
        acts = (*acts, *SAYING)

    def names(clause: str) -> bool:
        # another speaker's clause of saying names the act only in a form `same_event` knows ("When did Trump tweet?":
        # "Laura Ingraham … said Thursday on Twitter" dates her statement; "Twitter" is no form of "tweet")
        guess = not exact and (saying or not any(w in SAYING for w in clause.casefold().split()))
        return any(same_event(v.casefold(), w.casefold()) or guess and _maybe_form(v.casefold(), w)
                   for w in _verbs(clause) for v in acts)
    dated = False
    for sentence in split_sentences(text):
        clauses = _CLAUSE.split(text[sentence.start:sentence.end])
        for k, clause in enumerate(clauses):
            if weekdays(clause) or days_in(clause):
                dated = True
                if names(clause) or (k == 0 and len(clauses) > 1 and _OPENING.match(clause) and names(clauses[1])):
                    return False
    return dated


_CLAUSE = re.compile(r"[,;]\s+|\s+[—–-]{1,2}\s+")  # commas, semicolons and dashes part a sentence's clauses
# A sentence's opening phrase (not a clause of its own): it opens with a preposition, a subordinator or a time word
# ("In a tweet on Friday night, Trump said", "While declining to discuss …, Mr. Obama said", "Late Friday, …")
_OPENING = re.compile(r"\s*(?:in|on|at|after|before|while|during|late|early|earlier|later|when|since|as|although|"
                      r"though|following|by|from|with|without|upon|last|this|speaking|asked|days?|hours?)\b",
                      re.IGNORECASE)


_MODIFIER = re.compile(r"\s+([a-z]+)\b")  # the word after an -ing form


def _verbs(clause: str) -> list[str]:
    """The clause's words that may tell an act: not an -ing form before a noun, which names a kind of thing ("the
    Democrats' showcase anti-corruption and voting rights legislation on Friday" tells no vote; "voting to approve",
    "after voting, ..." do)."""
    out = []
    for m in _WORD.finditer(clause):
        word, nxt = m.group(0).strip(",."), _MODIFIER.match(clause, m.end())
        if not (word.endswith("ing") and nxt is not None and nxt.group(1) not in STOPWORDS):
            out.append(word)
    return out


def _maybe_form(act: str, word: str) -> bool:
    """`word` may be an irregular form of `act` that `same_event` does not know (most keep its first letters: strode,
    strove); a capitalised word inside the clause is a name, no verb ("Ginsburg" for "give")."""
    folded = word.casefold()
    return len(word) >= 3 and not word[:1].isupper() and folded not in STOPWORDS and folded[:2] == act[:2]
