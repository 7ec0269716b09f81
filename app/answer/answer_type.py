"""Does a quote carry an answer of the type the question asks for, about the event it asks about?

Near-topic questions are often answered by a quote of the right topic but the wrong type: a date
of another event, a past event for a future question, another prize than the one asked about.
By the form of the question (pure functions, no model):
- "How many / how much …": a figure of what it counts, in a quote that reports the act (`figure_given`);
  for "how much did <subject> spend / pay / cost …", a sum of money in a sentence that names the subject:
  "$250,000 in campaign funds" is no cost of "the public financing system", "Colorado has raised $60
  million" no spending of Nebraska's. "How many … each year" asks a rate: a yearly figure ("a year", "annual",
  "in 2013") answers, a total or a change over years does not (`rate_given`).
- "How old is <subject>?": an age (`signals.AGE`); a quote about the person without one is related.
- "How long did <subject> <verb> …": a duration ("two-year", "monthslong", "for hours"): `durations.duration_given`.
- "When will <subject> <verb>…?": a quote names the event of that subject (any frame: it has not
  happened; a light verb, "make … public", is worded otherwise and not checked) and a time ("expected
  by June", "on Thursday").
- "Will <subject> <verb> … again / next …?": a repetition after the articles. A quote that reports
  the event as done tells of the last one; only a quote naming another occurrence answers.
- "Did <subject> <verb> <bare noun>…?" ("win re-election", "misuse campaign funds"): a bare object
  names the kind of thing, so when the quotes name it ("running for re-election") but only quotes
  without it report the verb ("won the primary"), the event asked about is not reported. An object with a determiner or
  a name ("approve H.R. 1", "suspend the decision") may be referred to in other words and is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.changed import changed_in_words
from app.answer.dates import TIME, years_named
from app.answer.asked_events import DID_CASE, LIGHT, events
from app.answer.asked_thing import asked_thing, head_phrase, thing_sentences
from app.answer.joint_sum import joint_sum
from app.answer.outcome import names_subject, mentions, reported
from app.answer.pinned import pins_missed
from app.answer.referring import PRONOUN_LED, THING_LED
from app.answer.signals import AGE, counts_asked, figure_answers
from app.attribution.figures import figures
from app.answer.word_counts import counted_in_words
from app.attribution.units import DISTANCE
from app.text.terms import STOPWORDS, stem, term_set, terms

_LOOSE_SUBJECT = r"(?P<subj>(?:[\w.'’-]+\s+){1,6}?)"
# The verb is no function word ("construction of the stadium begin": not "of") and follows no determiner ("the ban on
# imports end": "ban" is the subject's noun)
_NOT_VERB = r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\bits )(?<!\btheir )(?<!\bthis )(?<!\bthat )"
_CLAUSE_VERB = (_NOT_VERB + r"(?!(?:of|in|on|at|to|for|from|with|about|by|and|or|the|a|an)\b)"
                r"(?P<verb>[a-z]+)(?=\s+(?:in|on|at|to|for|from|with|about|after|before|again|the|a|an|his|her|their|"
                r"its|up|down|out|off|back)\b|\s*[?,.;]|\s*$)")
WHEN_WILL = re.compile(rf"^\W*when\s+will\s+{_LOOSE_SUBJECT}{_CLAUSE_VERB}", re.I)
WILL = re.compile(rf"^\W*will\s+{_LOOSE_SUBJECT}{_CLAUSE_VERB}", re.I)
_REPEAT_ASKED = re.compile(r"\b(?:again|next|another)\b", re.I)
_REPEAT_TOLD = re.compile(r"\b(?:again|next|another|annual(?:ly)?|future|tradition|second time|once more)\b", re.I)
# The word after the verb, not itself followed by a determiner: "the NAACP resolution brand the whole
# movement" takes the subject's noun for the verb, and "brand" (the verb) is no object. Nor is a noun before an
# infinitive: "urge lawmakers to vote", "ask members to leave" name whom the act addresses, which a report may word
# otherwise ("urged members to vote against the bill"); "to" before a name or a determiner is a preposition
_BARE_OBJECT = re.compile(r"\s+(?P<obj>[a-z][\w’'-]*)\b(?!\s+(?:the|a|an|his|her|their|its|this|that|these|those)\b)"
                          r"(?!\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)[a-z]+\b)")
PARTICLES = frozenset("back down over away around forward along apart aside".split())  # "pay back": no object


def off_type(question: str, texts: Sequence[str]) -> list[str]:
    """The question's events that `texts` (the quotes that answer) do not answer in the type asked
    (empty: nothing to check, or answered)."""
    missing = []
    m = WHEN_WILL.match(question)
    light = m is not None and m.group("verb").casefold() in LIGHT  # "When will X make … public": worded otherwise
    if m and not any((light or mentions(m.group("verb"), t)) and TIME.search(t) and names_subject(_subject(m), t)
                     for t in texts):
        missing.append(m.group("verb"))
    m = WILL.match(question)
    if m and _REPEAT_ASKED.search(question[m.end():]) and not any(
            mentions(m.group("verb"), t) and _REPEAT_TOLD.search(t) for t in texts):
        missing.append(m.group("verb"))
    m = DID_CASE.match(question)
    obj = _bare_object(question[m.end():]) if m else None
    if obj:  # named in the quotes, but never beside the reported verb: the object's own event is not reported
        reporting = [t for t in texts if reported(m.group("verb"), t)]
        if reporting and any(obj in _stems(t) for t in texts) and not any(obj in _stems(t) for t in reporting):
            missing.append(m.group("verb"))
    return missing


def _stems(text: str) -> set[str]:
    return {stem(w.casefold()) for w in re.findall(r"[\w’'-]+", text)}


def _subject(m: re.Match) -> frozenset[str]:
    """Stems of the subject's words ("the Senate" → {senat})."""
    return frozenset(stem(w.casefold()) for w in re.findall(r"[\w’'-]+", m.group("subj"))
                     if w.casefold() not in STOPWORDS)


def _bare_object(rest: str) -> str | None:
    """The stem of a determinerless common noun right after the verb ("re-election"), else None."""
    m = _BARE_OBJECT.match(rest)
    word = m.group("obj").casefold() if m else ""
    return stem(word) if word and word not in STOPWORDS and word not in PARTICLES and not word.endswith("ly") else None


_COUNT_ASKED = re.compile(r"\bhow (?:many|much)\b", re.I)  # not "will tickets cost more": no figure asked


def figure_given(ask: Asked, question: str, texts: Sequence[str]) -> bool:
    """A "how many / how much" question is answered only by a figure of what it counts ("votes", a dollar sum
    for "pay", a count in words opening the noun phrase counted: `word_counts`, a change in words for "how much":
    `changed.changed_in_words`) in a quote that also reports the event
    asked about ("paid", not "earned") and names the year the question names ("for 2015"): a figure for other years,
    or of another act, is related, not the answer. When a word narrows the thing a sum is asked of ("property
    taxes"), the sum stands in a sentence naming that thing (`asked_thing`), not "federal taxes"; one sum for a list of
    places is no sum of the one asked (`joint_sum`: "trips to Hawaii and Italy"); a figure that only restates the
    question's own ("the 5 percent trim") or counts in a unit far from the one asked ("223 years" for hours) is
    related, not the answer (`pinned`)."""
    if ask.measured == DISTANCE and not ask.said:  # "How far is X from Y": a distance ("55 miles"), not any figure
        return any(counts_asked(ask, f) for t in texts for f in figures(t))
    if not (ask.figure and _COUNT_ASKED.search(question)) or ask.said:  # "What did X say about how long…"
        return True
    acts = events(question)
    payer = money_subject(question)
    thing = asked_thing(question) if ask.money else None
    return any((_figure_of(ask, payer, u) and not pins_missed(ask, question, u) or counted_in_words(question, u)
                or changed_in_words(ask, question, u))
               and years_named(question, t) and all(reported(e, t) for e in acts) and rate_given(ask, t)
               and not joint_sum(question, u)
               for t in texts if (u := t if thing is None else " ".join(thing_sentences(thing, t))))


def figureless(ask: Asked, question: str, texts: Sequence[str]) -> bool:
    """A "how many" question whose `texts` (the picked quotes) hold no figure at all, nor a count in words
    (`word_counts`): the quotes that passed `figure_given` were not picked, and what is left tells no count ("How many
    foreign companies have pulled out …" answered by "the foreign minister called the sanctions illegal")."""
    if not (ask.figure and ask.many and _COUNT_ASKED.search(question)) or ask.said:
        return False
    return not any(figures(t) or counted_in_words(question, t) for t in texts)


# "each year", "a month", "per day": a question asking a count per unit of time asks a rate
_TIMES = {"year": "annual|annually|yearly", "month": "monthly", "week": "weekly", "day": "daily", "hour": "hourly"}


_ONE_YEAR = re.compile(r"\b(?:(?:in|for|during)\s+(?:19|20)\d\d\b(?!\s*(?:-|–|to|through|and)\s*\d)|last\s+year)\b",
                       re.I)


def rate_given(ask: Asked, text: str) -> bool:
    """A "how many … each year" question is answered only by a rate of that unit of time ("a year", "annual",
    "per day") or, for a year, a count of one year ("in 2013", "last year"): a total ("shrunk … to about 400,000
    remaining") or a change over years ("from 2007 to 2014") is no yearly count."""
    if ask.per not in _TIMES:
        return True
    if ask.per == "year" and _ONE_YEAR.search(text):
        return True
    return any(f.per == ask.per for f in figures(text)) or re.search(
        rf"\b(?:(?:each|every|per|a|an)\s+{ask.per}|{_TIMES[ask.per]})\b", text, re.I) is not None


# "How much (money) did / has / would <subject> spend / pay / cost / earn / raise …": whose money is asked about
_MONEY_SUBJECT = re.compile(
    r"^\W*how\s+much\s+(?:[a-z]+\s+)?(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|might|should)\s+"
    r"(?P<subj>.+?)\s+(?:cost|costs|costing|spen[dt]|spends|spending|pay|pays|paid|paying|earn|earns|earned|earning|"
    r"raise|raises|raised|raising)\b", re.I)


def money_subject(question: str) -> frozenset[str]:
    """The terms of the head of the subject whose money a "how much" question asks about (empty: none parsed)."""
    m = _MONEY_SUBJECT.match(question)
    return frozenset(terms(head_phrase(m.group("subj")))) if m else frozenset()


def _figure_of(ask: Asked, payer: frozenset[str], text: str) -> bool:
    """`figure_answers`, except that a sum of money answers only in a sentence naming whose money is asked
    about (half of its head's terms at least: "campaign finance records" do not name "the public financing
    system"), opening on a pronoun for a person just named, or with the subject as its pronoun's referent."""
    if not payer or PRONOUN_LED.match(text) or THING_LED.match(text) or 2 * len(payer & term_set(text)) >= len(payer):
        return figure_answers(ask, text)
    return any(counts_asked(ask, f) and (f.unit != "dollar" or payer & f.referent) for f in figures(text))


def age_given(ask: Asked, texts: Sequence[str]) -> bool:
    """A "How old is …" question is answered only by a quote that gives an age: "Margaret Hunter
    … were indicted Tuesday" tells of her, not how old she is."""
    return not ask.age or any(AGE.search(t) for t in texts)
