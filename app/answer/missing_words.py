"""What a "Not covered" line names as missing, in words that read as English and say what was asked.

"none of the indexed sources reports the date asked for (“When will the Senate vote?”)": the kind of thing asked for
(a date, a figure, a name, whether something happened or is so), the noun a "What / Which <noun> …" question asks
about ("the plea the question asks about": "the plea asked for" would read as a plea someone requested, "the sheriffs
asked for" as a clause), whom a "What did X say / tell / conclude …" question asks about, in the question's own verb
and tense ("what the FEC concluded about it", "what Trump has said", "what Ginsburg told The Washington Post"), or how
a "How did X respond …" source responded. A shape that cannot be put so safely (a speaker phrase that runs over a verb,
"How did Arlen Specter respond to the White House report?") is named "what was asked": the reader's question, quoted
beside it (`asked_words`), says the rest. Pure functions over the question.
"""

from __future__ import annotations

import re

from app.answer.about import disputed_point
from app.answer.asked_events import participles
from app.answer.attribute_asked import attribute_asked
from app.answer.measure import measure_asked
from app.answer.source_asked import responder, source_match, who
from app.answer.two_parts import question_parts
from app.answer.verb_forms import IRREGULAR_PARTICIPLES
from app.answer.venue import main_venue_name
from app.answer.which_person import PERSON_NOUNS, asks_which_person

ASKED = "what was asked"  # the fallback: the quoted question says what is missing

_KINDS = (  # (what the question's opening asks for, how the answer names what is missing)
    (re.compile(r"^\W*(?:when\b|(?:on|in|by)\s+what\s+(?:day|date|year|month)\b|what\s+(?:day|date|year)\b)", re.I),
     "the date asked for"),
    (re.compile(r"^\W*how\s+old\b", re.I), "the age asked for"),
    (re.compile(r"^\W*how\s+long\b", re.I), "the length of time asked for"),
    (re.compile(r"^\W*how\s+(?:many|much|often|far|large|big)\b", re.I), "the figure asked for"),
    (re.compile(r"^\W*(?:who|whom|whose|what\s+(?:is|was|are|were)\s+the\s+names?\s+of)\b", re.I),
     "the name asked for"),
    (re.compile(r"^\W*where\b", re.I), "the place asked for"),
    (re.compile(r"^\W*(?:will|would|is\s+\S+(?:\s+\S+)?\s+going\s+to)\b", re.I), "whether it will happen"),
    (re.compile(r"^\W*(?:did|has|have|had)\b", re.I), "whether it happened"),
    (re.compile(r"^\W*(?:is|are|does|do)\b", re.I), "whether it is so"),  # "Is H.R. 1 constitutional?": a state
)
_WAS = re.compile(r"^\W*(?:was|were)\b", re.I)  # "Was X convicted?" happened; "Was the ad legal?" a state
_WHAT_NOUN = re.compile(r"^\W*(?:what|which)\s+(?P<noun>[a-z]+)\s+(?:did|does|do|was|were|is|are|has|have|had|will)\b",
                        re.I)
# "What did the court decide …", "How did the Supreme Court rule …": a decision is the outcome asked for
_DECIDING = re.compile(r"^\W*(?:what|how)\s+(?:did|does|do|has|have|will)\b.*\b(?:decide|rule|conclude|determine|"
                       r"find|vote|settle|end|turn\s+out)\b", re.I)
# A speaker is a noun phrase: words that join a verb to its complement ("respond to", "react at") are not in one
_NOT_SPEAKER = re.compile(r"\b(?:to|about|on|in|at|with|from|after|before|during|when|that|if|whether)\b")
_PAST = {"say": "said", "tell": "told", "announce": "announced", "report": "reported", "write": "wrote",
         "claim": "claimed", "describe": "described", "warn": "warned", "reveal": "revealed", "argue": "argued",
         "explain": "explained", "conclude": "concluded", "call": "called", "post": "posted", "tweet": "tweeted",
         "state": "stated", "testify": "testified", "insist": "insisted", "admit": "admitted", "allege": "alleged",
         "promise": "promised", "respond": "responded", "react": "reacted", "reply": "replied", "answer": "answered"}
_RESPONDING = re.compile(r"^\W*how\s+did\s+.*?\b(respond|react|reply|answer)\b", re.I)  # past only: "did"
_OPENS = re.compile(r"(?:.*,\s*)?\W*")  # the question's words for the source open it, or its clause after a comma
_AFTER_VENUE = re.compile(r"\s*(?:[?,.;:]|about\b|on\b|in\b|at\b|after\b|before\b|during\b|when\b|$)", re.I)


def missing(question: str) -> str:
    """What the question asks for, in neutral words: "the date asked for", "the plea the question asks about"."""
    q = disputed_point(question) or question
    if len(question_parts(q)) == 2:
        return ASKED  # two things asked: the quoted question names both
    for rx, words in _KINDS:
        if rx.search(q):
            return words
    if _WAS.search(q):
        return "whether it happened" if participles(q) or _done(q) else "whether it was so"
    said = said_words(q)
    if said is not None:
        return said
    if asks_which_person(q):  # "Which senators called on …": their names
        return "the names asked for" if _plural_person(q) else "the name asked for"
    noun = _noun(q)
    if noun:
        return f"the {noun} the question asks about"
    return "the outcome asked for" if _DECIDING.search(q) else ASKED


def _done(q: str) -> bool:
    """A "Was / Were …" question holds a participle ("Was the mayor convicted?", "… paid …"): an act, not a state. Any
    word of it is read, so not by an "-en" ending ("when", "women", "open"): "-ed" or an irregular form."""
    return any(w.endswith("ed") or w in IRREGULAR_PARTICIPLES for w in re.findall(r"\b[a-z]{3,}\b", q))


def _noun(q: str) -> str:
    """The noun a "What was her heart rate", "Which hospital treated …", "What plea did …" question asks about."""
    measure = measure_asked(q)
    if measure is not None:
        return measure.noun
    m = _WHAT_NOUN.search(q)
    return attribute_asked(q) or (m.group("noun").casefold() if m else "")


def _plural_person(q: str) -> bool:
    """A "Which <role>s …" question asks for several people ("Which senators", "Which law-enforcement officers")."""
    words = re.findall(r"[a-z-]+", q.casefold())[1:7]  # the first role noun: not "the senators" later on
    role = next((w for w in words if w in PERSON_NOUNS or w.endswith("s") and w[:-1] in PERSON_NOUNS), "")
    return role not in PERSON_NOUNS and role.endswith("s")


def said_words(q: str) -> str | None:
    """"What did X say / conclude / tell <venue> …" in X's words and the question's verb and tense ("what the FEC
    concluded about it", "what Trump has said", "what Ginsburg told The Washington Post"), "how X described it",
    "how X responded"; ASKED when the speaker phrase runs over a verb ("Arlen Specter respond to the White House");
    None when the question asks no source's words."""
    m = source_match(q)
    responding = responder(q)
    if responding:
        verb = _RESPONDING.match(q)
        return f"how {responding} {_PAST[verb.group(1).casefold()]}" if verb else ASKED
    if m is None or not _OPENS.fullmatch(q[:m.start()]) or m.group(0).split()[0].casefold() not in ("what", "how"):
        return None  # "Did X call Y Z?", "According to X, …": not a question for X's words
    speaker, opening = who(m).strip(), m.group(0).split()
    verb, aux, rest = opening[-1].casefold(), opening[1].casefold(), q[m.end():]
    if not speaker or _NOT_SPEAKER.search(speaker):
        return ASKED
    if opening[0].casefold() == "how":
        return f"how {speaker} {_PAST[verb]} it" if verb in ("describe", "explain") and aux == "did" else ASKED
    called_for = verb == "call" and re.match(r"\s+for\b", rest) is not None
    if verb == "call" and not called_for:
        return ASKED  # "What did Trump call Ginsburg?": the label asked for, not words about it
    venue = _venue(q, rest) if verb in ("say", "tell") else ""
    said = _verbal(aux, "say" if verb == "tell" and not venue else verb)  # "tell reporters": no one named is told
    about = " about it" if re.match(rf"{re.escape(venue)}\s+about\b", rest) else ""
    return f"what {speaker} {said}{' for' if called_for else ''}{venue}{about}"


def _verbal(aux: str, verb: str) -> str:
    """The verb of saying in the question's tense: did → "said", does → "says", has → "has said", is → "is saying"."""
    if aux == "did":
        return _PAST.get(verb, "said")
    if aux in ("does", "do"):
        third = verb[:-1] + "ies" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else verb + "s"
        return third if aux == "does" else verb
    return f"{aux} {verb}"  # "has said", "had told", "is saying": the question's own words


def _venue(q: str, rest: str) -> str:
    """The venue the question's verb names, as written from the verb on (" The Denver Post", " to CNN", " in an
    interview with The Times"), or '' when it is cut short ("NBC's "Meet the Press"", "Channel 4")."""
    name = main_venue_name(q)
    at = rest.find(name) if name else -1
    if at < 0 or name.endswith(("'s", "’s")) or not _AFTER_VENUE.match(rest[at + len(name):]):
        return ""
    return rest[:at + len(name)]


def asked_words(question: str) -> str | None:
    """The reader's question as the line quotes it: without an instruction to byline ("Just tell me yes or no:"), with
    "According to X," kept (the source the reader asked about) and a preposition opening kept ("On what day …"); None
    when it is not a question."""
    q = " ".join(question.split())
    opening = _PREPOSED.match(q)
    point = disputed_point(q[opening.end():] if opening else q)
    if point is None:
        return None
    at = len(q) - len(point)
    scope = _SCOPE_BEFORE.search(q[:at])
    start = scope.start() if scope else 0 if opening else at
    words = q[start:]
    return words[:1].upper() + words[1:]


_PREPOSED = re.compile(r"^\W*(?:in|on|at|by|from|for|to|with|of|during|under|since|until|after|before)\s+"
                       r"(?=(?:what|which|whom|whose|how)\b)", re.I)
_SCOPE_BEFORE = re.compile(r"\baccording to [^,?]+,\s*$", re.I)
