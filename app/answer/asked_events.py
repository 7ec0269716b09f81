"""The events a question asks about: the verb of a "Did <subject> <verb>" question, of a "when <subject> <verb>"
clause, of a "Was / Has <subject> <participle>" question, or of a wh-question ("What sentence did X receive…"), with
each event's subject and the element a wh-phrase asks for. A yes/no question's support verb ("receive full
briefings", "take the seat") gives way to the noun it takes (`carrier`). Pure functions over the question's words.
"""

from __future__ import annotations

import re

from app.answer.verb_forms import past_participle
from app.text.terms import STOPWORDS, per_text, stem

_AUX = r"(?:was|were|is|are|had|has|have|been|being)"
# A named subject: up to four capitalised words, joined by "and / of / for" ("the Fish and Wildlife
# Service", "Nebraska and Oklahoma"), and one possessive companion ("Duncan Hunter and his wife").
_SUBJECT = (r"(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z0-9][\w.'’-]*\s+(?:(?:and|of|for)\s+(?=[A-Z]))?){1,4}"
            r"(?:and\s+(?:his|her|their|its)\s+[a-z]+\s+)?")
# After "did" the verb is bare, so a word ending in a single -s is a plural noun of the subject ("Did the
# Internet companies deny …", "Did the Tea Party organizers dispute …"), not the verb ("pass", "focus", "bias"
# are verbs).
# A reflexive follows the verb: "Did Colorado's attorney general recuse himself" (a subject of up to four words). Not
# the event: an adverb or "end up" before the verb ("Did X actually shout / ever vote / end up apologizing").
_BY_REFLEXIVE = (r"(?:(?!(?:that|to|if|whether|might|may|would|could|should|have|has|had)\b)[\w'’.-]+\s+){1,4}?"
                 r"(?=[a-z]+\s+(?:him|her|it|them)sel(?:f|ves)\b)")
_OWNED = r"(?:[a-z]*[a-hj-rtv-z]s\s+(?=[a-z])|(?<=['’]s\s)[a-z]+\s+(?=[a-z]))"  # or "Did Hunter's camp say": a noun
_BEFORE_VERB = r"(?:(?:[a-z]+ly|ever|even|also|still|just|already|indeed|end\s+up|ended\s+up)\s+)?"
DID_CASE = re.compile(rf"^\W*(?:did|Did)\s+(?P<subj>{_BY_REFLEXIVE}|{_SUBJECT}{_OWNED}?){_BEFORE_VERB}(?P<verb>[a-z]+)")
# A subject in lower case, when no name opens it, that asks whether any such doer acted: an indefinite or quantified
# noun phrase ("Did a court rule …", "Were any lawsuits filed …", up to one word before the noun; "Did anyone sue …")
# or a bare plural ("Did prosecutors announce …"). Read only when the named forms do not match. Not a definite one
# ("Did the administration defend …"): its act the passages may word otherwise (measured: two answered cases lost)
_COMMON = (r"(?:(?:a|an|any|some)\s+(?:[a-z]+\s+)?)?[a-z]*[a-hj-rtv-z]s\s+"
           r"|(?:a|an|any|some)\s+(?:[a-z]+\s+)??[a-z]+\s+")
INDEFINITE = frozenset("anyone anybody someone somebody".split())  # "Did anyone sue …" (not "Was anyone removed …")
DID_COMMON = re.compile(rf"^\W*(?:did|Did)\s+(?P<subj>{_COMMON}|(?:any|some)(?:one|body)\s+)"
                        rf"{_BEFORE_VERB}(?P<verb>[a-z]+)")
# "Were Duncan Hunter and his wife arraigned…", "Has the agency lifted…", "Was Congress fully briefed":
# a yes/no question whose event is a participle (passive or perfect). A participle ends in -ed / -en
# or is an irregular past, so "Is H.R. 1 a power grab" or "Was the offer illegal" ask for no event.
_BE_CASE = re.compile(rf"^\W*(?i:was|were|has|have|had)\s+(?P<subj>{_SUBJECT})(?:[a-z]+ly\s+)?(?:been\s+)?"
                      r"(?P<verb>[a-z]+(?:ed|en)|[a-z]+)\b")
# A bare plural with one or two modifiers ("Did conservation groups file lawsuits …", "Did civil liberties groups file
# lawsuits …", "Did federal prosecutors bring charges …"): read only for an event named by a noun after a support or
# announcing verb (`carrier`: lawsuits, charges), which the sources name when it happened; a verb of stance ("Did major
# corporations oppose …") is answered by its opposite ("submitted briefs supporting"), which a check for the verb would
# miss
DID_PLURAL = re.compile(rf"^\W*(?:did|Did)\s+(?P<subj>(?!(?:the|this|that|these|those|his|her|their|its|our|your|my)\b)"
                        rf"(?:[a-z]+\s+){{1,2}}[a-z]*[a-hj-rtv-z]s\s+){_BEFORE_VERB}(?P<verb>[a-z]+)")
BE_COMMON = re.compile(rf"^\W*(?i:was|were|has|have|had)\s+(?P<subj>{_COMMON})(?:[a-z]+ly\s+)?(?:been\s+)?"
                       r"(?P<verb>[a-z]+)\b")


def yes_no_matches(question: str) -> list[re.Match]:
    """The "Did <subject> <verb>" and "Was / Has <subject> <participle>" matches of a yes/no question: of the named
    forms, or of the lower-case ones (`_COMMON`) when no named form matches."""
    found = [m for rx in (DID_CASE, _BE_CASE) if (m := rx.match(question))]
    return found or [m for rx in (DID_COMMON, BE_COMMON) if (m := rx.match(question))]
# "<wh-phrase> did/does <subject> <verb>" (a wh-question: a yes/no question is asked only by a leading "Did", above):
# "What prison sentence did Duncan Hunter receive…", "How many votes did X win…", "what charges does the leaker
# face" (a lower-case subject is one determiner and one noun). The word taken is followed by a function word or the
# end, so the title or noun of a subject ("organizer Dana Loesch", "spokesman say") is not taken for the verb;
# "finally decide": an adverb skipped.
WH_CASE = re.compile(
    rf"\b(?P<wh>(?i:what|how|which|who|whom|when|where)\b[^?.:;]*?)\b(?P<aux>did|does|do)\s+"
    rf"(?P<subj>{_SUBJECT}|(?:the|a|an|his|her|their|its)\s+[a-z]+\s+)(?:[a-z]+ly\s+)?(?P<verb>[a-z]+)"
    r"(?=\s+(?:in|on|at|as|to|for|from|with|about|after|before|during|over|under|of|the|a|an|his|her|their|its"
    r"|back|down|out|up|off|away)\b"  # or a particle: "pay back", "leave out"
    # the verb ends the clause or meets a function word: a noun of the subject meets a word
    r"|\s+[a-z]+ing\b|\s*[?,.;]|\s*$)")
# What a source said is asked by these verbs; the quotes that answer are statements, not the event.
SPEECH = frozenset("say says tell announce report write claim describe warn reveal argue explain conclude call "
                   "think mean want".split())
# Light verbs carry little of the event ("play a role", "take off a list", "make a decision"): an
# answer words it otherwise, so a wh-question's light verb is not checked.
LIGHT = frozenset("do get give have make play put take".split())
_WHEN = re.compile(rf"\bwhen\s+(?:(?:he|she|it|they|we|[A-Z][\w.'’-]*)\s+)?(?:{_AUX}\s+)?(?P<verb>[a-z]+)")


def _verb_ok(v: str) -> bool:
    return v not in STOPWORDS and v not in SPEECH and len(v) > 2


def participles(question: str) -> list[str]:
    """The participle of a "Was / Were / Has / Have <subject> <participle>" question, if it is one (a support verb's:
    its object's head, `carrier`, or in a passive with a lower-case subject that subject's head)."""
    m = next((m for m in yes_no_matches(question) if m.re in (_BE_CASE, BE_COMMON)), None)
    v = m.group("verb") if m else ""
    if not past_participle(v):
        return []
    passive = re.match(r"\W*(?i:was|were)\b", question) or re.search(r"\bbeen\s+$", question[:m.start("verb")])
    if m.re is BE_COMMON and v in SUPPORT and passive:  # "Were any lawsuits filed …": the filing of lawsuits
        return [m.group("subj").split()[-1]]
    return [carrier(question, m)]


# Support verbs: in a yes/no question the event is the noun they take ("receive full briefings" is being briefed, "hear
# arguments", "have a role"); an answer words the event by that noun ("held … briefings", "was briefed"), seldom by the
# support verb. A wh-question's object stands in its wh-phrase: not read.
SUPPORT = frozenset("receive received receives get got gotten gets give gave given gives have had has make made makes "
                    "take took taken takes do done does hold held holds put play played use used uses "
                    "hear heard hears file filed files".split())  # "file a lawsuit / charges": the filing is the event
# Verbs of conduct take a manner word, and the question asks for a judgement of it ("Did X act illegally" is "Was X's
# act illegal"): no event of their own, as "Was the offer illegal" asks for none
CONDUCT = frozenset("act acted behave behaved".split())
_DETERMINER = frozenset("a an the his her their its any all full some".split())
_OBJECT_WORDS = 6  # the words looked at after a support verb (a determiner and a recipient's name among them)


# Verbs that hand the event to the infinitive after them: "move to allow" (news for "took steps to allow"), "appear /
# seem to stand" (a hedge): the event is the infinitive's verb
CATENATIVE = frozenset("move moved".split())
_INFINITIVE = re.compile(r"\s+to\s+(?P<verb>[a-z]+)\b")


def main_verb(question: str, m: re.Match) -> str:
    """The match's verb, or after a catenative verb (`CATENATIVE`) the infinitive's ("move to allow": allow)."""
    verb = m.group("verb")
    follow = _INFINITIVE.match(question, m.end("verb")) if verb in CATENATIVE else None
    return follow.group("verb") if follow else verb


# Speech acts that ARE the event asked when they take a noun: "Did X announce a lawsuit / confirm the indictment /
# unveil a plan" asks whether the lawsuit, indictment or plan is reported, as a support verb's noun is checked (any
# quote where X announced something else does not answer); with a clause or nothing after them ("announce that …",
# "confirm whether …", "suggest that …") they ask what was said, and no event is checked.
ANNOUNCING = frozenset("announce confirm declare unveil reveal report suggest propose".split())
_CLAUSE_NEXT = frozenset("that whether if what how when where who why which to".split())


def announced(rest: str) -> str:
    """The head of the noun a speech act (`ANNOUNCING`) takes in `rest`, the words after it; '' before a clause."""
    first = re.match(r"\s*([\w'’.-]+)", rest)
    return "" if not first or first.group(1).casefold() in _CLAUSE_NEXT else support_object(rest)


# "Did Trump announce that he would veto …", "Did X say it will appeal …": an intent announced, whose verb a quote
# must tell (as done, or as a plan or pledge: the question asks for one)
_INTENT = re.compile(r"^\s+(?:that\s+)?(?:he|she|it|they|we|[A-Z][\w.'’-]*)\s+(?:would|will)\s+(?:[a-z]+ly\s+)?"
                     r"(?P<verb>[a-z]+)")


def intended(question: str) -> list[str]:
    """The verb of the intent a "Did X announce / say that <subject> would <verb>" question asks about, if any."""
    return [i.group("verb") for m in yes_no_matches(question) if m.re in (DID_CASE, DID_COMMON)
            and m.group("verb") in ANNOUNCING | SPEECH and (i := _INTENT.match(question[m.end("verb"):]))
            and _verb_ok(i.group("verb"))]


def carrier(question: str, m: re.Match) -> str:
    """The word that carries the event a "Did / Has <subject> <verb>" match asks about: the verb, or after a support
    verb (`SUPPORT`) the head of the first run of lower-case words after it, past a determiner, a name or a
    preposition ("receive full briefings on …": briefings; "give Netanyahu a call": call; "take Colorado to court":
    court); the support verb itself when no such run follows; none ("") for a verb of
    conduct (`CONDUCT`)."""
    verb = main_verb(question, m)
    if verb in CONDUCT:
        return ""
    if verb in ANNOUNCING:
        return announced(question[m.end("verb"):])
    if verb not in SUPPORT:
        return verb
    return support_object(question[m.end("verb"):]) or verb


def support_object(rest: str) -> str:
    """The head of the first run of lower-case words of `rest` (the words after a support verb), past a determiner,
    a name or a preposition; '' when none follows."""
    run: list[str] = []
    for w in re.findall(r"[\w'’.-]+|[^\w\s]", rest)[:_OBJECT_WORDS]:
        if not run and w[:1].isalpha() and (w.casefold() in _DETERMINER | STOPWORDS or w[:1].isupper()):
            continue  # "the offered seat", a recipient named first ("give Netanyahu a call"), "take Colorado to court"
        if not w[:1].isalpha() or not w.islower() or w in STOPWORDS:
            break
        run.append(w)
    return run[-1] if run else ""


# Adjectives that pick one instance of an event out of its kind: "his final decision" is not the decision reversed a
# week before, "a formal complaint" not the complaints voiced; a quote reports it only with the word ("finally" too)
FINALITY = frozenset("final formal permanent definitive".split())


@per_text(maxsize=1 << 8)
def instance_words(question: str) -> dict[str, str]:
    """Each event a yes/no question's verb hands to its noun, with the adjective of `FINALITY` before that noun
    ("Did Trump announce his final decision …": decision: final)."""
    found = {}
    for m in yes_no_matches(question):
        words = re.findall(r"[\w'’.-]+", question[m.end("verb"):])[:_OBJECT_WORDS]
        head = carrier(question, m)
        if head in words and (picked := [w for w in words[:words.index(head)] if w.casefold() in FINALITY]):
            found[head] = picked[0].casefold()
    return found


def events(question: str) -> list[str]:
    """The verbs of the events the question asks about (lower case), if any."""
    return list(_events(question))


# "Were there any lawsuits over …", "Has there been a ruling on …": an existential question about a past event names
# it by its noun, whatever participle follows ("Were there any lawsuits filed", "any deaths reported")
_THERE = re.compile(r"^\W*(?i:was|were|has|have|had)\s+there\s+(?:been\s+)?(?:(?:any|a|an|some|other|more)\s+)?"
                    r"(?P<rest>.*)")


def there_events(question: str) -> list[str]:
    """The event an existential yes/no question about the past asks for (`_THERE`), if it is one."""
    m = _THERE.match(question)
    run: list[str] = []
    for w in re.findall(r"[\w'’-]+", m.group("rest"))[:4] if m else ():
        if not w.islower() or w in STOPWORDS:
            break
        if run and past_participle(w):
            break
        run.append(w)
    return run[-1:]


@per_text(maxsize=1 << 8)  # asked per question by the figure check, the unreported check and open_events: parsed once
def _events(question: str) -> tuple[str, ...]:
    found = [carrier(question, m) for m in yes_no_matches(question) if m.re in (DID_CASE, DID_COMMON)]
    if not found and (m := DID_PLURAL.match(question)) and carrier(question, m) not in ("", main_verb(question, m)):
        found.append(carrier(question, m))
    found += [m.group("verb") for m in _WHEN.finditer(question)] + participles(question) + there_events(question)
    found += [main_verb(question, m) for m in WH_CASE.finditer(question)
              if m.group("verb") not in LIGHT and _names_element(m.group("wh"))]
    return tuple(v for v in dict.fromkeys(found) if _verb_ok(v))


@per_text(maxsize=1 << 8)  # asked per question by the figure and unreported checks; parsed on the BM25 worker
def open_events(question: str) -> tuple[str, ...]:
    """The verbs of past "What / Who did <subject> <verb>" questions that name no element ("What did the
    board decide…", "Who did Trump choose…"): any wording answers them, but a quote that names the
    event only as a prospect ("expected to decide next week") does not."""
    found = [main_verb(question, m) for m in WH_CASE.finditer(question)
             if m.group("verb") not in LIGHT and not _names_element(m.group("wh")) and m.group("aux") == "did"]
    return tuple(v for v in dict.fromkeys(found) if _verb_ok(v) and v not in _events(question))


WH_HEAD = re.compile(r"^(?:what|which|whose)\s+(?P<nouns>(?:[a-z]+\s+){1,3})$", re.I)


_WH_WORD = re.compile(r"\b(?:what|how|which|who|whom|when|where|whose)\b", re.I)


def last_wh(wh: str) -> str:
    """The wh-phrase of the clause: from its last wh-word ("Who leaked … and what charges" → "what charges")."""
    starts = [m.start() for m in _WH_WORD.finditer(wh)]
    return wh[starts[-1]:].strip() + " " if starts else wh


def _names_element(wh: str) -> bool:
    """The wh-phrase asks for an element of the event ("When", "What sentence", "How many votes"):
    a bare "What did the council decide" is answered by what it did, worded any way ("approved")."""
    wh = last_wh(wh)
    return wh.casefold().startswith(("when", "how many", "how much")) or WH_HEAD.match(wh) is not None


@per_text(maxsize=1 << 8)
def supported(question: str) -> dict[str, str]:
    """Each event a support verb hands to the noun it takes (`carrier`), with that verb ("briefings": "receive")."""
    found = {}
    for m in yes_no_matches(question):
        if (word := carrier(question, m)) and word != (verb := main_verb(question, m)) and verb not in ANNOUNCING:
            found[word] = verb
    return found


def subject_terms(question: str) -> dict[str, frozenset[str]]:
    """Each event's subject, as stems of its words ("Did the Senate pass…" → pass: {senat})."""
    found = {}
    for m in [*yes_no_matches(question), *WH_CASE.finditer(question)]:
        found.setdefault(main_verb(question, m) if m.re is WH_CASE else carrier(question, m), frozenset(
            stem(w.casefold()) for w in re.findall(r"[\w’'-]+", m.group("subj"))
            if w.casefold() not in STOPWORDS | INDEFINITE))
    return found


def asked_verbs(question: str) -> list[str]:
    """Every verb of an event the question asks about (`events` and `open_events`)."""
    return [*events(question), *open_events(question)]
