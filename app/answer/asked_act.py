"""The act a question asks about and who does it: "Who sued Colorado …" (sued), "Did Duncan Hunter misuse campaign
funds?" (misuse, by Duncan Hunter), "Are federal authorities investigating …" (investigat-), "Did Colorado's attorney
general promise …" (promise, by a role and its owner), "Why did the Hunters mischaracterize …" (the Hunters). Read into
`asked.Asked` (`acts`, `verb`, `doer_*`, `agent`): a denial must negate that act, and the doer's own words answer
what they did rather than dispute it. Pure functions, no model."""

from __future__ import annotations

import re

from app.answer.asked_events import participles
from app.attribution.speech import runs
from app.text.function_words import AUXILIARIES
from app.text.terms import STOPWORDS, stem, term_set, terms


def owner(text: str) -> frozenset[str]:
    """Name words of whose role a question asks about ("Duncan Hunter"), or its words ("the senator")."""
    names = frozenset(w.casefold().strip(".,") for r in runs(text) for w in r)
    return names or frozenset(w.casefold() for w in re.findall(r"[a-z]+", text) if w not in STOPWORDS)


def identity_act(question: str) -> frozenset[str]:
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


def did_act(question: str, m: re.Match | None) -> frozenset[str]:
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


def ongoing_act(question: str) -> frozenset[str]:
    """The verb of an "Is / Are <subject> <verb>ing …" or "… going to <verb> …" question, as `did_act` takes a
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
# a role (its first word) of an owner; the owner's words are capitalised whatever the case of "did" (not "Did Trump
# reverse his administration's decision": an object's owner)
_DOER_ROLE = re.compile(r"^\W*(?:(?:how|why|when|where)\s+)?did\s+"
                        r"(?P<owner>(?:the\s+)?(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}))['’]s\s+"
                        r"(?P<role>(?-i:[a-z]+))\b"
                        r"(?P<rest>.*)$", re.I)
ROLE_WORDS = 3  # a role is at most this many words ("attorney general", "chief of staff")


def role_act(question: str) -> frozenset[str]:
    """The verb of "Did <owner>'s <role> <verb> …": the last word before the first function word ("attorney
    general promise | to fight" → promise, "lawyer file | a motion" → file), else the word after the role's
    first."""
    m = _DOER_ROLE.match(question)
    words = [m.group("role"), *re.findall(r"[a-z]+", m.group("rest"))][:ROLE_WORDS + 1] if m else []
    cut = next((i for i, w in enumerate(words) if w in STOPWORDS), None)
    verb = words[cut - 1] if cut and cut > 1 else words[1] if len(words) > 1 else ""
    return frozenset(terms(verb, query=True)[:1])


def doer(question: str, m: re.Match | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Whom a "Did X <verb> …?" question asks about: X's name words, or the role and owner that name X
    ("Colorado's attorney general"). X's own words are the answer to what X did, not a dispute of it
    ("we will vigorously defend … this suit is without merit")."""
    role = _DOER_ROLE.match(question)
    if role:
        return frozenset(), frozenset(terms(role.group("role"))), owner(role.group("owner"))
    names = frozenset(w.casefold().strip(".,") for r in runs(m.group("subj")) for w in r) if m else frozenset()
    return names, frozenset(), frozenset()


# "Why did the Hunters mischaracterize …", "How did the Hunters disguise …", "What charity did the Hunters name
# …", "What did the Hunters spend … on", "How much did the Hunters spend …": the named doer of a wh-question's act
_WH_AGENT = re.compile(r"^\W*(?:(?i:why|how(?:\s+(?:much|many|long|often|far)(?:\s+[a-z]+){0,2}?)?|when|where)|"
                       r"(?i:what|which)(?:\s+[a-z]+){0,2})\s+(?i:did|does|do|had|has|have|would|will)\s+(?:the\s+)?"
                       r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+[a-z]")


def agent(question: str) -> frozenset[str]:
    """Stems of the name a "Why / How / When / Where did X <verb> …" or "What / Which <noun> did X <verb> …"
    question ("What charity did the Hunters name …", "What claims did Tea Party members challenge …") asks about, or
    nothing: X's acts as others report them ("the Hunters mischaracterized the purchases") are the matter asked, not a
    rebuttal."""
    m = _WH_AGENT.match(question)
    return term_set(m.group("name")) if m else frozenset()


_WH_HEAD = re.compile(r"^.*?\b(?:what|which)\s+\w+\s*", re.I)  # "On what day was …" → "was …"
