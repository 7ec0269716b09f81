"""What a question asks for, as sentence selection uses it (`Asked`, pure `asked`).

Its terms; whether it asks for a figure ("how many", "what share", "what was the vote"), for money, for a date ("when",
"on what day"); the source it asks about ("What did X say / tell …", "According to X, …"), or the document ("What did
X's ad say"), and whom X told; the noun a "what/which <noun>" question asks for ("At what ceremony …" → "ceremony");
the acronyms it writes ("ACLU"). Pure functions, no model."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from app.answer.acts import question_acts
from app.answer.asked_events import DID_CASE, participles
from app.answer.document_said import Document, person_or_document
from app.answer.goes_on import asks_future
from app.answer.age_asked import asks_age
from app.answer.lasting import lasting_subject
from app.answer.indirect import asks_figure
from app.answer.measure import measured
from app.answer.venue import asked_venue
from app.answer.places import asks_place
from app.answer.source_asked import NAMED_ROLE, ROLE_OF, TITLED_ROLE, group_words, name_words, polar, source_match
from app.attribution.figures import asked_rate
from app.attribution.speech import runs
from app.text.acronyms import acronyms
from app.text.terms import STOPWORDS, per_text, stem, term_set, terms
from app.text.function_words import AUXILIARIES

# "What was the House vote on …", "by what margin / vote": a tally answers ("passed 234-193", "a 5-4 ruling").
_TALLY_ASKED = re.compile(r"\bwhat\s+(?:was|were|is)\s+the\s+(?:\w+\s+){0,2}(?:vote|tally|margin|score)\b|\bby what "
                          r"(?:margin|vote|tally)\b", re.I)
# "How much … cost / spend / earn / fund / donate / contribute" asks money whatever is counted (the verbs: not "match
# small donations"); "make / raise / pay" only when nothing is counted ("How much did he make") or a sum is ("How much
# tax did they pay"), not in "How much progress did they make" (whole words: not "feel", "feet", "fundamental",
# "costume", "makeup", "Madeira"; "payments" is money as a noun)
_MONEY_ASKED = re.compile(r"\bhow much\b(?:.*\b(?:cost(?:s|ing|ly)?|spen[dt]|spending|earn(?:s|ed|ing|ings)?|money|"
                          r"donat(?:e|es|ed|ing)|contribut(?:e|es|ed|ing)|"
                          r"payments?|fund(?:s|ed|ing|raising)?|fees?)\b|\s+(?:\w+\s+){0,2}?(?:cash|"
                          r"dollars|tax(?:es)?|pay|salary|income|revenue|profits?)\b|\s+(?:is|are|was|were|has|have|"
                          r"had|did|does|do|will|would|could|can|should|might|may)\b.*\b(?:pa(?:ys?|id|ying)|rais(?:e|"
                          r"es|ed|ing)|mak(?:e|es|ing)|made)\b)", re.I)
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

    @property
    def said(self) -> bool:
        return bool(self.speakers)


def asked_element(question: str) -> str:
    """The stem of the noun a "what/which <noun> …" question asks for, or ''."""
    m = _WH_NOUN.search(question)
    head = m.group("head").casefold() if m else ""
    return "" if not head or head in STOPWORDS or head in _VAGUE_HEADS or head in _DATE_HEADS else stem(head)


def _owner(text: str) -> frozenset[str]:
    """Name words of whose role a question asks about ("Duncan Hunter"), or its words ("the senator")."""
    names = frozenset(w.casefold().strip(".,") for r in runs(text) for w in r)
    return names or frozenset(w.casefold() for w in re.findall(r"[a-z]+", text) if w not in STOPWORDS)


@per_text(maxsize=1 << 8)  # the question's: asked of every pair of quotes an answer compares (`asked` reads it first)
def asks_date(question: str) -> bool:
    """A date answers the question (`DATE_ASKED`)."""
    return DATE_ASKED.search(question) is not None


@per_text(maxsize=1 << 8)  # the question's, as `asks_date`
def asks_day(question: str) -> bool:
    """A weekday answers the question (`DAY_ASKED`)."""
    return DAY_ASKED.search(question) is not None


@per_text(maxsize=1 << 8)  # parsed on the BM25 worker while the question embeds (`retrieve.start`), read here
def asked(question: str) -> Asked:
    """What `question` asks for (pure)."""
    m = source_match(question)
    who, document = person_or_document(m)  # "What did Netanyahu's ad say": a document, no person
    named = NAMED_ROLE.search(who)
    if named:  # "Wal-Mart's lawyer Theodore Boutrous": the role's holder is named, the question asks about him
        who = named.group("name")
    role = ROLE_OF.search(who) or TITLED_ROLE.match(who)  # "the Harvard economist": the owner's words stand in …
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
                 _owner(role.group("owner")) if role else frozenset(), asks_date(question),
                 identity, _act(question) if identity else _did_act(question, did) or _ongoing_act(question),
                 *_doer(question, did))
    ask = replace(ask, acts=() if ask.said else question_acts(question), place=asks_place(question),
                  agent=_agent(question), age=age, future=asks_future(question), lasting=lasting_subject(question),
                  measured=measured(question), part=re.search(r"(?i)\bhow\s+much\s+of\b", question) is not None,
                  described=bool(names) and re.match(r"(?i:an?\s)|[^A-Z]*$", who) is not None,
                  labelled=polar(m), per=asked_rate(question) if ask.figure else "", document=document,
                  many=re.match(r"(?i)\W*how\s+many\b", question) is not None)
    return replace(ask, verb=_role_act(question)) if ask.doer_role and not identity else ask


def asks_verdict(ask: Asked, words: tuple[str, str] | None) -> bool:
    """Opposite verdicts of two quotes ("illegal" / "legal") bear on the question. Who / when / where asks
    no verdict; "Did X <verb> …?" asks whether an act happened, so only a verdict it names disputes it
    ("Did the court find the law unconstitutional?", "Did X support …"), not the quotes' verdicts on
    the matter of the act ("Did Nebraska sue Colorado?": the suit calls the products illegal)."""
    if words is None or ask.identity:
        return False
    return not ask.verb or bool(frozenset(terms(" ".join(words))) & ask.terms)


def _act(question: str) -> frozenset[str]:
    """The first term of the question's lower-case words after its wh-word, or after the noun it asks
    for ("what day", "which court"): in "Who sued Colorado over marijuana?" the act "sued", in "Where
    was X indicted?" "indicted", in "Which court did X ask to …" "ask"."""
    rest = _WH_HEAD.sub("", question, count=1)
    words = rest.split() if rest != question else question.split()[1:]
    owned = _possessive_act(words)
    if owned is not None:
        return owned
    return frozenset(terms(" ".join(w for w in words if w[:1].islower()), query=True)[:1])


NOUN_PHRASE_WORDS = 3  # lower-case words of a possessive subject's noun phrase ("marijuana retail stores")


def _possessive_act(words: list[str]) -> frozenset[str] | None:
    """The act after a possessive subject, read whole ("When did Colorado's marijuana stores open?": the
    subject is "Colorado's marijuana stores", the act "open", not the noun's first word "marijuana"): the
    last lower-case word before the first function word or name after the possessive. None when the
    subject holds no possessive name."""
    poss = next((i for i, w in enumerate(words) if w[:1].isupper() and w.rstrip("?.,").endswith(("'s", "’s"))), None)
    if poss is None or any(w[:1].islower() and w not in AUXILIARIES for w in words[:poss]):
        return None  # "Who sued Colorado's governor": the act comes before the possessive
    after = []
    for w in words[poss + 1:][:NOUN_PHRASE_WORDS + 1]:
        bare = w.rstrip("?.,!")
        if not bare[:1].islower() or bare.casefold() in STOPWORDS:
            break
        after.append(bare)
    return frozenset(terms(after[-1], query=True)[:1]) if len(after) > 1 else None




def _did_act(question: str, m: re.Match | None) -> frozenset[str]:
    """The verb of a "Did <Subject> <verb> …?" question ("Did Duncan Hunter misuse campaign funds?" →
    "misuse"), or of a "Was / Were <Subject> <participle> …?" one whose participle accuses ("Was Wal-Mart
    accused of discriminating …" → "accused": it asks whether the charge was made, not whether it is true):
    a denial must negate that act, not any word the question shares with a quote ("did not otherwise have
    sufficient personal funds" denies no misuse, "make sure its managers do not discriminate" denies no
    accusation). Another participle is the claim itself ("not fully informed" denies "fully briefed").
    `m`: the question's DID_CASE match."""
    verb = m.group("verb") if m else next((v for v in participles(question) if stem(v) in ACCUSING), "")
    return frozenset(terms(verb, query=True)[:1]) if verb else frozenset()


# "Are federal authorities investigating the job offer …", "Are any other states going to join the lawsuit …": a
# yes/no question about an act under way or to come. Its subject is a determiner and at most four words that are
# no preposition, article or participle ("Was Wal-Mart accused of discriminating" asks about the accusation); its
# verb is an -ing form that takes an object (not "a data mining program", "just political grandstanding?").
_ONGOING_CASE = re.compile(r"^\W*(?:is|are|was|were)\s+(?:(?:the|a|an|any|some|all|his|her|their|its)\s+)?"
    r"(?:(?!(?:of|for|with|by|to|in|on|at|a|an|the|been|being|not)\b|[a-z]+ed\b)[\w.'’-]+\s+){1,4}?"
    r"(?:going\s+to\s+(?P<to>[a-z]+)\b|(?P<ing>[a-z]{2,}ing)(?=\s+(?:the|a|an|any|his|her|their|its|to|into|on|for|"
    r"with|about|[A-Z][\w.'’-]*)\b))", re.IGNORECASE)
_ING_PREPOSITIONS = frozenset("during according including following regarding concerning".split())
# "Is Zimbabwe managing its elephant conservation well enough …", "Could … be tried fairly …": a word of manner
# asks how well the act is done, a verdict on it, not whether it happens
_MANNER = re.compile(r"\b(?:well|enough|properly|fairly|adequately|effectively|poorly|badly)\b", re.IGNORECASE)


def _ongoing_act(question: str) -> frozenset[str]:
    """The verb of an "Is / Are <subject> <verb>ing …" or "… going to <verb> …" question, as `_did_act` takes a
    "Did" question's: a denial must negate that act ("did not offer Mr. Sestak a full-time paid position" denies
    no investigation), and only a verdict the question names disputes it ("legalized" / "illegal products" do
    not answer whether other states will join). Not when a word of manner asks how well it is done (`_MANNER`)."""
    m = _ONGOING_CASE.match(question) if _MANNER.search(question) is None else None
    verb = (m.group("to") or m.group("ing")) if m else ""
    return frozenset(terms(verb, query=True)[:1]) if verb and verb.casefold() not in _ING_PREPOSITIONS else frozenset()


# acts of accusing: "Was X <accused / charged / sued …> of Y?" asks whether the charge was made
ACCUSING = frozenset(stem(w) for w in "accused charged indicted sued blamed criticized alleged suspected".split())

# Acts of rebutting: "Did the Internet companies deny giving the government a back door?" is answered by
# their denials ("Those firms have denied …", Google's "does not have a 'back door'"), not disputed by them.
REBUTTING = frozenset(stem(w) for w in "deny dispute reject refute rebut challenge dismiss".split())

# "Did Colorado's attorney general promise …", "How did Colorado's attorney general react …": the doer is named by
# a role (its first word) of an owner
_DOER_ROLE = re.compile(r"^\W*(?:(?:how|why|when|where)\s+)?did\s+"
                        r"(?P<owner>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+(?P<role>[a-z]+)\b"
                        r"(?P<rest>.*)$", re.I)
ROLE_WORDS = 3  # a role is at most this many words ("attorney general", "chief of staff")


def _role_act(question: str) -> frozenset[str]:
    """The verb of "Did <owner>'s <role> <verb> …": the last word before the first function word ("attorney
    general promise | to fight" → promise, "lawyer file | a motion" → file), else the word after the role's
    first."""
    m = _DOER_ROLE.match(question)
    words = [m.group("role"), *re.findall(r"[a-z]+", m.group("rest"))][:ROLE_WORDS + 1] if m else []
    cut = next((i for i, w in enumerate(words) if w in STOPWORDS), None)
    verb = words[cut - 1] if cut and cut > 1 else words[1] if len(words) > 1 else ""
    return frozenset(terms(verb, query=True)[:1])


def _doer(question: str, m: re.Match | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Whom a "Did X <verb> …?" question asks about: X's name words, or the role and owner that name X
    ("Colorado's attorney general"). X's own words are the answer to what X did, not a dispute of it
    ("we will vigorously defend … this suit is without merit")."""
    role = _DOER_ROLE.match(question)
    if role:
        return frozenset(), frozenset(terms(role.group("role"))), _owner(role.group("owner"))
    names = frozenset(w.casefold().strip(".,") for r in runs(m.group("subj")) for w in r) if m else frozenset()
    return names, frozenset(), frozenset()


# "Why did the Hunters mischaracterize …", "How did the Hunters disguise …", "What charity did the Hunters name
# …", "What did the Hunters spend … on", "How much did the Hunters spend …": the named doer of a wh-question's act
_WH_AGENT = re.compile(r"^\W*(?:(?i:why|how(?:\s+(?:much|many|long|often|far)(?:\s+[a-z]+){0,2}?)?|when|where)|"
                       r"(?i:what|which)(?:\s+[a-z]+){0,2})\s+(?i:did|does|do|had|has|have|would|will)\s+(?:the\s+)?"
                       r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+[a-z]")


def _agent(question: str) -> frozenset[str]:
    """Stems of the name a "Why / How / When / Where did X <verb> …" or "What / Which <noun> did X <verb> …"
    question ("What charity did the Hunters name …", "What claims did Tea Party members challenge …") asks about, or
    nothing: X's acts as others report them ("the Hunters mischaracterized the purchases") are the matter asked, not a
    rebuttal."""
    m = _WH_AGENT.match(question)
    return term_set(m.group("name")) if m else frozenset()


_WH_HEAD = re.compile(r"^.*?\b(?:what|which)\s+\w+\s*", re.I)  # "On what day was …" → "was …"
