"""What a question asks for, as sentence selection uses it (`Asked`, pure `asked`).

Its terms; whether it asks for a figure ("how many", "what share", "what was the vote"), for money, for a date ("when",
"on what day"); the source it asks about ("What did X say / tell …", "According to X, …"), or the document ("What did
X's ad say"), and whom X told; the noun a "what/which <noun>" question asks for ("At what ceremony …" → "ceremony");
the acronyms it writes ("ACLU"). Pure functions, no model."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.answer.acts import question_acts
from app.answer.asked_act import agent, did_act, doer, identity_act, ongoing_act, owner, role_act
from app.answer.asked_events import DID_CASE
from app.answer.asked_shapes import indefinite_act, yes_no_act
from app.answer.document_said import Document, person_or_document
from app.answer.goes_on import asks_future
from app.answer.age_asked import asks_age
from app.answer.lasting import lasting_subject
from app.answer.indirect import asks_figure
from app.answer.measure import measured
from app.answer.venue import asked_venue
from app.answer.places import asks_place
from app.answer.time_qualifier import time_qualified
from app.answer.source_asked import (NAMED_ROLE, ROLE_OF, TITLED_ROLE, bare_role, group_words, name_words, polar,
                                     source_match)
from app.attribution.figures import asked_rate
from app.support.once import once
from app.text.acronyms import acronyms
from app.text.terms import STOPWORDS, per_text, stem, terms

# "What was the House vote on …", "by what margin / vote": a tally answers ("passed 234-193", "a 5-4 ruling").
# The result or outcome of a vote is its tally too ("What was the result of the union vote …").
_TALLY_ASKED = re.compile(r"\bwhat\s+(?:was|were|is)\s+the\s+(?:\w+\s+){0,2}(?:vote|tally|margin|score)\b|\bby what "
                          r"(?:margin|vote|tally)\b|\bwhat\s+(?:was|were|is)\s+the\s+(?:result|outcome)s?\s+of\s+"
                          r"(?:the\s+|a\s+|this\s+)?(?:\w+\s+){0,2}?(?:vote|ballot|referendum)\b", re.I)
# "How much … cost / spend / earn / fund / donate / contribute" asks money whatever is counted (the verbs: not "match
# small donations"); "make / raise / pay", and "take in / bring in" (of income: "How much did the Clintons take in"),
# only when nothing is counted ("How much did he make") or a sum is ("How much tax did they pay"), not in "How much
# progress did they make" (whole words: not "feel", "feet", "fundamental", "costume", "makeup", "Madeira"; "payments"
# is money as a noun)
_MONEY_ASKED = re.compile(r"\bhow much\b(?:.*\b(?:cost(?:s|ing|ly)?|spen[dt]|spending|earn(?:s|ed|ing|ings)?|money|"
                          r"donat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|"
                          r"payments?|fund(?:s|ed|ing|raising)?|fees?)\b|\s+(?:\w+\s+){0,2}?(?:cash|"
                          r"dollars|tax(?:es)?|pay|salary|income|revenue|profits?)\b|\s+(?:is|are|was|were|has|have|"
                          r"had|did|does|do|will|would|could|can|should|might|may)\b.*\b(?:pa(?:ys?|id|ying)|rais(?:e|"
                          r"es|ed|ing)|mak(?:e|es|ing)|made|"
                          r"(?:tak(?:e|es|en|ing)|took|bring(?:s|ing)?|brought)\s+in)\b)"
                          r"|^\W*what\s+(?:does|do|will|would)\b.*\bcost\b(?:\s+\w+){0,2}\W*$",  # "What does a V2
                          re.I)  # cost?": a price asked by its verb (not "What did X say it cost")
# "At what ceremony did…", "What duties are…", "what share of intelligence reports does…": the
# noun the question asks for (its head: the last word before "of" or the verb).
_WH_NOUN = re.compile(r"\b(?:what|which)\s+(?P<nouns>(?:[a-z]+\s+){0,3}?)(?P<head>[a-z]+)\s+(?:of\s|is\b|are\b|was\b|"
                      r"were\b|did\b|does\b|do\b|has\b|have\b|had\b|will\b|would\b|can\b|could\b)", re.I)
_VAGUE_HEADS = frozenset("kind type sort way thing things part role".split())  # "What role did X play": rarely "role"
# "On what day / in what year …": a date answers (`DATE_ASKED`), not the word ("two days after" is no answer)
_DATE_HEADS = frozenset("day date year month week time".split())
# "When did …", "On what day …", "In which year …": the answer is a date; not "… when she spoke"
_WHEN_ASKED = r"(?:^|[,;:]\s*)\W*(?:since\s+)?when\s+(?:did|does|do|was|were|is|are|will|would|had|has|have)\b"
DATE_ASKED = re.compile(rf"{_WHEN_ASKED}|\b(?:what|which)\s+(?:day|date|year|month|week)\b", re.I)
# "When did …", "On what day …": a weekday answers; a "when" clause inside another question ("What did Ginsburg call
# Trump when she spoke to CNN?", "Where was Obama speaking when he defended …") asks no day
DAY_ASKED = re.compile(rf"{_WHEN_ASKED}|\b(?:what|which)\s+day\b", re.I)
# "Who sued …", "Where was X indicted", "When did …", "Which court …", "Which states …" (one or several), and "Which
# <anything> …" ("Which part of the Constitution …", "Which group had sued …", "Which newspaper published …"): the
# answer names a participant, place, time or thing of an event, picked out of others, not a verdict on it (but "Which
# side is right?" asks a verdict)
IDENTITY_ASKED = re.compile(r"^\W*(?:who|whom|whose|where|when)\b|^\W*(?:(?:in|on|at|to|from|by)\s+)?(?:what|which)\s+"
                            r"(?:courts?|countr(?:y|ies)|states?|cit(?:y|ies)|days?|dates?|years?|months?|weeks?|"
                            r"times?|places?)\b|^\W*(?:(?:in|on|at|to|from|by|of|for)\s+)?which\s+(?!(?:is|are|was|"
                            r"were|do|does|did|of)\b)(?!\w+\s+(?:is|are|was|were)\s+(?:right|wrong|correct|true|false|"
                            r"accurate)\b)[a-z]", re.I)


@dataclass(frozen=True)
class Asked:
    """What the question asks for, as selection uses it."""

    terms: frozenset[str]
    figure: bool  # "how many / how much": an answer carries a number
    speakers: frozenset[str]  # name words of the source asked about ("What did Dana Loesch tell …")
    predicate: frozenset[str] = frozenset()  # terms of the question's lower-case words: what it asks about the names
    money: bool = False  # "how much … cost / spend / pay / earn": a dollar figure answers
    recipients: frozenset[str] = frozenset()  # name words of whom the source told ("tell The Denver Post")
    element: str = ""  # stem of the noun a "what/which <noun>" question asks for ("ceremony")
    acronyms: frozenset[str] = frozenset()  # acronyms the question writes ("aclu"), lower case
    tally: bool = False  # "What was the vote …": a tally ("234-193") answers
    role: frozenset[str] = frozenset()  # "What did Duncan Hunter's spokesman say": spokesman (stem) …
    owner: frozenset[str] = frozenset()  # … of hunter, duncan: the speaker is named in the passages, not the question
    date: bool = False  # "When did …", "On what day …": an answer names a date
    identity: bool = False  # "Who sued …", "Where …", "When …": an answer names who, where or when, not a merit
    # the act an identity or "Did X <verb>" question asks about ("sued"): what a denial must negate
    verb: frozenset[str] = frozenset()
    doer: frozenset[str] = frozenset()  # name words of whom a "Did X <verb>" question asks about ("John Suthers") …
    doer_role: frozenset[str] = frozenset()  # … or the role it names them by ("Colorado's attorney general") …
    doer_owner: frozenset[str] = frozenset()  # … of colorado: the passages name the holder
    acts: tuple[str, ...] = ()  # words of the act asked about ("removed"), not of a said-question (`question_acts`)
    place: bool = False  # "Where …", "In which city …": an answer names a place the question does not (`places.py`)
    agent: frozenset[str] = frozenset()  # stems of the name of whom "Why / How did X <verb> …" asks about (`_agent`)
    age: bool = False  # "How old is …": an age answers ("Mr. Hunter, 41,", "the 10-year-old lawsuit")
    measured: str = ""  # units.TIME: "How long did … last" (`DURATION_ASKED`); units.DISTANCE: "How far is …"
    lasting: frozenset[str] = frozenset()  # "How long did the NAACP convention last": whose length (`lasting.py`)
    described: bool = False  # the source asked about is described, not named: "What did a Tea Party activist say"
    labelled: bool = False  # "Did X call Y Z?": X's report of it answers as X's words do (`source_asked.polar`)
    per: str = ""  # "How many trophies … with each import": the noun a figure is asked per (`figures.asked_rate`)
    part: bool = False  # "How much of <a whole> …": a share of it answers too ("10 percent of their income")
    document: Document | None = None  # "What did Netanyahu's ad say": the document asked about (`document_said`)
    future: bool = False  # "What did X say the group would do next?": what will be done answers (`goes_on`)
    many: bool = False  # "How many arrests …": things are counted, not measured (`signals.counts_asked`)
    much: bool = False  # "How much solvent …": an amount is measured, no other thing counted (`signals.counts_asked`)
    existential: bool = False  # "Did anyone sue …": whether any doer did the act, "Who sued …" asked yes or no
    habitual: bool = False  # "How much does / is …": an amount in the present, a rate of time ("a year") answers
    timed: frozenset[str] = frozenset()  # "… last year": units of time that only place the question (`time_qualifier`)
    about: frozenset[str] = frozenset()  # "What did X say about the lawsuit": terms of the point asked (`said_about`)

    @once  # read per sentence scored and per bound (`scoring.most`): kept on first read (`speakers` is frozen)
    def said(self) -> bool:
        return bool(self.speakers)


def asked_element(question: str) -> str:
    """The stem of the noun a "what/which <noun> …" question asks for, or ''."""
    m = _WH_NOUN.search(question)
    head = m.group("head").casefold() if m else ""
    return "" if not head or head in STOPWORDS or head in _VAGUE_HEADS or head in _DATE_HEADS else stem(head)


@per_text(maxsize=1 << 8)  # the question's: asked of every pair of quotes an answer compares (`asked` reads it first)
def asks_date(question: str) -> bool:
    """A date answers the question (`DATE_ASKED`)."""
    return DATE_ASKED.search(question) is not None


@per_text(maxsize=1 << 8)  # the question's, as `asks_date`
def asks_day(question: str) -> bool:
    """A weekday answers the question (`DAY_ASKED`)."""
    return DAY_ASKED.search(question) is not None


# "How much (money) does the city give …", "How much are substitutes paid …": the present tense asks what is paid now,
# which news tells as a rate of time ("$2.6 million a year"); "How much did … give" asks a total
_HABITUAL = re.compile(r"\W*how\s+much(?:\s+[a-z]+)?\s+(?:does|do|is|are)\b", re.I)


# "What did X say / tell the radio / think about <the point>?": what X's words are asked on
_SAID_ABOUT = re.compile(r"\b(?:say|said|tell|told|think|thought)\b[^?]*?\babout\s+(?P<point>[^?]+)", re.I)


def said_about(question: str) -> frozenset[str]:
    """Terms of the point a said-question asks X's words about ("the lawsuit"), or none."""
    m = _SAID_ABOUT.search(question)
    return frozenset(terms(m.group("point"), query=True)) if m else frozenset()


@per_text(maxsize=1 << 8)  # parsed on the BM25 worker while the question embeds (`retrieve.start`), read here
def asked(question: str) -> Asked:
    """What `question` asks for (pure)."""
    m = source_match(question)
    who, document = person_or_document(m)  # "What did Netanyahu's ad say": a document, no person
    named = NAMED_ROLE.search(who)
    if named:  # "Wal-Mart's lawyer Theodore Boutrous": the role's holder is named, the question asks about him
        who = named.group("name")
    # "the Harvard economist": the owner's words stand in …; "the police chief": a title, whoever the passages name so
    role = ROLE_OF.search(who) or TITLED_ROLE.match(who) or bare_role(who)
    if role and role.re is ROLE_OF:  # "Hunter's spokesman": the speaker is whoever the passages name as his spokesman
        who = ""
    names = name_words(who) or group_words(who)  # "What did prosecutors say": a plural common noun names a source
    lower = " ".join(w for w in question.split()[1:] if w[:1].islower())
    told = asked_venue(question)  # "… tell CNN / say to The Denver Post …": whom the statement asked about was told
    tally = _TALLY_ASKED.search(question) is not None
    identity = IDENTITY_ASKED.search(question) is not None
    did = DID_CASE.match(question)  # "Did <subject> <verb> …": its verb and its subject, matched once
    age = asks_age(question)
    ask = Asked(frozenset(terms(question, query=True)), tally or age or asks_figure(question), names,
                 frozenset(terms(lower, query=True)), bool(_MONEY_ASKED.search(question)), told - names,
                 asked_element(question), acronyms(question), tally,
                 frozenset(terms(role.group("role"))) if role else frozenset(),
                 owner(role.group("owner")) if role else frozenset(), asks_date(question),
                 identity, identity_act(question) if identity else did_act(question, did) or ongoing_act(question)
                 or yes_no_act(question),
                 *doer(question, did))
    ask = replace(ask, acts=() if ask.said else question_acts(question), place=asks_place(question),
                  agent=agent(question), age=age, future=asks_future(question), lasting=lasting_subject(question),
                  measured=measured(question), part=re.search(r"(?i)\bhow\s+much\s+of\b", question) is not None,
                  described=bool(names) and re.match(r"(?i:an?\s)|[^A-Z]*$", who) is not None,
                  labelled=polar(m), per=asked_rate(question) if ask.figure else "", document=document,
                  existential=bool(indefinite_act(question)),
                  many=re.match(r"(?i)\W*how\s+many\b", question) is not None,
                  much=re.match(r"(?i)\W*how\s+much\b(?!\s+of\b)", question) is not None,
                  habitual=_HABITUAL.match(question) is not None, timed=time_qualified(question),
                  about=said_about(question))
    return replace(ask, verb=role_act(question)) if ask.doer_role and not identity else ask


def asks_verdict(ask: Asked, words: tuple[str, str] | None) -> bool:
    """Opposite verdicts of two quotes ("illegal" / "legal") bear on the question. Who / when / where asks
    no verdict; "Did X <verb> …?" asks whether an act happened, so only a verdict it names disputes it
    ("Did the court find the law unconstitutional?", "Did X support …"), not the quotes' verdicts on
    the matter of the act ("Did Nebraska sue Colorado?": the suit calls the products illegal)."""
    if words is None or ask.identity:
        return False
    return not ask.verb or bool(frozenset(terms(" ".join(words))) & ask.terms)
