"""Does a quote report the event a question asks about, or only mention it as a prospect?

Questions near a corpus's topics often ask how something ended ("Did Congress pass the Equal
Rights Amendment…?", "What did Trump say when he vetoed…?") while the articles, written before,
mention the event only as something sought, advised or owed ("push for passage", "advised to
veto", "owed … an apology"), or not at all. The event is the verb of a "Did <subject> <verb>"
question or of a "when <subject> <verb>" clause (`asked_events.py`). A quote reports it when a word of the same stem
(or the same first letters) stands in it outside a prospective frame: a negation ("did not pass")
is a report too, since it answers the question. Pure functions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from os.path import commonprefix

from app.answer.event_actors import acts, named_object, party
from app.answer.asked_events import (WH_CASE, events, instance_words, intended, last_wh, main_verb,
                                     open_events, subject_terms, supported)
from app.answer.held_thing import element_given, named_or_held
from app.answer.when_long import long_when
from app.answer.verb_forms import EVENT_NOUNS, IRREGULAR, PARTICIPLES, PASTS, act_of, family, idiom_nouns, paid_to
from app.answer.perceived import ability_start, made_plain
from app.answer.purpose import purpose_start
from app.answer.referring import PRONOUN_LED
from app.text.terms import per_text, stem, term_set
from app.text.function_words import DETERMINERS

PROSPECT = re.compile(
    r"\b(to|will|would|could|should|might|may|if|whether|hopes?|hoped|push(?:es|ed|ing)?|call(?:s|ed)?\s+for|"
    r"urg(?:e|es|ed|ing)|owe[ds]?|plan(?:s|ned)?|seek(?:s|ing)?|advised|expected|wants?|demand(?:s|ed|ing)?|"
    r"threaten(?:s|ed)?|considering|possible|potential)\b", re.IGNORECASE)
# "went on to defeat", "managed to win": a "to" that tells what happened next, not a prospect
REALIS = re.compile(r"\b(?:went|goes|go|moved|proceeded)\s+on\s+to\s*$|\b(?:managed|able|succeeded|proceeded)\s+to\s*$")
# "had no immediate plans to join", "not an attempt to label", "declined to join": an intent denied or a refusal tells
# that the event did not happen, as "did not join" does (a report that answers the yes/no question), however framed
REFUSED = re.compile(r"\b(?:no|not|never)\s+(?:\w+\s+)?(?:plans?|intention|intent|attempt|effort)\s+(?:to|of)\s*$|"
                     r"\b(?:declin|refus)(?:e|es|ed|ing)\s+to\s*$")
FRAME_WORDS = 4  # a prospect cue this many words before the event word frames it
# Cues that frame an event anywhere earlier in its clause (it starts after , ; : — ( .), however many words lie
# between: a modal or a schedule ("are scheduled to be arraigned", "is due to be arraigned Thursday", "said that it
# would begin issuing permits", "has virtually no chance of passing", "raised the prospect of an ideologically divided
# ruling").
CLAUSE_PROSPECT = re.compile(
    r"\b(will|would|could|should|might|if|whether|hopes?|hoped|expect(?:s|ed|ing)?|scheduled|due|set|"
    r"plan(?:s|ned)?|intends?|intended|intention|promis(?:e|es|ed|ing)|until|pending|chance|prospects?|likely|"
    r"unlikely)\b", re.IGNORECASE)
# A verb of requesting: "asks the United States Supreme Court to strike down …", "petitioned the board to …",
# "calling on the NAACP to withdraw", "urged lawmakers to vote against", "demanding the organization withdraw". A
# request frames what it asks for as not done (`prospective`), and answers "What did X ask Y to do?" (opening).
# Not a question put to someone, "asked whether / about …"; not "return calls for comment" nor "called on Tuesday";
# "demand" / "request" as verbs: not after a determiner or a possessive, "the demand", "the NAACP's request".
_NOT_NOUN = "".join(rf"(?<!\b{d}\s)" for d in ("a", "an", "the", "its", "his", "her", "our", "their", "this",
                                                "these", "those", "any", "no")) + r"(?<!['’]s\s)"
REQUEST = re.compile(r"\b(?:ask(?:s|ed|ing)?\b(?!\s+(?:about|whether|if|why|how|what|when|where|who)\b)[^,;:]*?\bto|"
                     r"petition(?:s|ed|ing)?\b[^,;:]*?\bto|call(?:s|ed|ing)?\s+(?:on|for|upon)\b"
                     r"(?!\s+(?:comment|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|"
                     rf"urg(?:e|es|ed|ing)|{_NOT_NOUN}(?:demand|request)(?:s|ed|ing)?)\b", re.I)
_CLAUSE_END = re.compile(r"[,;:—–()\[\]“”\"]|\s-\s|(?<=[a-z])[.!?]\s")
PREFIX, KIN_TAIL = 4, 2  # a stem this long may differ in its last letter ("sent" / "send"), and be 2 letters longer


# an event's verb against each word of each quote it is looked for in, several times an answer
@per_text(maxsize=1 << 14)
def same_event(event: str, word: str, kin: bool = True) -> bool:
    """`word` is a form of the event's verb, or of its repetition ("repaid" reports "pay back"), or
    (when `kin`) both are of one family (`verb_forms.FAMILIES`: "spoke" reports "talk", "rejected" reports
    "accept"), not the noun of whom it befalls ("nominee", "appointee": a participant, not the event)."""
    if kin and stem(word) in family(event):  # a verb of the family ("see" reports "notice"), even ending in "-ee"
        return True
    if word.endswith(("ee", "ees")) and not event.endswith("ee"):
        return False
    if kin and (act := act_of(event)) is not None and same_event(act, word):
        return True  # "sued" reports "file a lawsuit" (`verb_forms.ACT_NOUNS`)
    return stem(word) == stem(event) or _kin(stem(event), stem(word)) or word in (IRREGULAR.get(event),
                                                                                  PARTICIPLES.get(event)) \
        or (word.startswith("re") and len(word) > 5 and not event.startswith("re") and same_event(event, word[2:], kin))


def _kin(a: str, b: str) -> bool:
    """Two stems of one family: they share all but the last letter of the shorter, three letters at least ("decid" /
    "decis"), not a prefix only ("convict"), and KIN_TAIL letters more at most (not "county" / "countersuit")."""
    return PREFIX - 1 < min(len(a), len(b)) >= max(len(a), len(b)) - KIN_TAIL \
        and len(commonprefix([a, b])) >= max(PREFIX - 1, min(len(a), len(b)) - 1)


# "misuse" is reported as "improperly using" / "the improper use": a mis- verb by its base after a word of wrong manner
WRONGLY = re.compile(r"^(?:improper|illegal|wrong|unlawful|inappropriate|false)(?:ly|ful|fully)?$")


def wrongly(event: str, words: Sequence[str], i: int, same: Callable[[str, str], bool] | None = None) -> bool:
    """A "mis-" event told as its base after a word of wrong manner ("improperly using" for "misuse"):
    word i is the base by `same` (`same_event` unless given) and word i - 1 is wrong manner."""
    base = event[3:]
    return event.startswith("mis") and len(base) >= 3 and i > 0 and WRONGLY.match(words[i - 1]) is not None \
        and (same or same_event)(base, words[i])


def _clauses(text: str) -> list[list[str]]:
    """The text's clauses, each as its lower-case words."""
    return [[w.casefold() for w in re.findall(r"[\w’']+", c)] for c in _CLAUSE_END.split(text)]


@per_text(maxsize=1 << 12)  # the unreported checks ask it of the same event and quote more than once
def mentions(event: str, text: str, kin: bool = True) -> str | None:
    """How `text` names the event (by a verb of its family too when `kin`): "reported" (once outside a
    prospective frame), "prospect" (only inside one: a cue a few words before it, or a modal / schedule cue
    earlier in its clause), or None."""
    found = None
    for words in _clauses(text):
        for i, w in enumerate(words):
            if not (same_event(event, w, kin) or wrongly(event, words, i) or paid_to((event,), words, i)
                    or (kin and made_plain(event, words, i))):  # "it became clear to him" for "realise"
                continue
            if i and words[i - 1] in OTHER_INSTANCE or (i > 1 and words[i - 1] == "of" and words[i - 2] in SERIES):
                continue  # "the court has issued … rulings … The Wal-Mart case dwarfs those rulings": other events
            at = ability_start(words, i)  # "I could see": a perception, no prospect
            before = " ".join(words[max(0, i - FRAME_WORDS) : min(at, purpose_start(words, i))])  # "called to thank"
            if not REFUSED.search(before) and ((PROSPECT.search(before) and not REALIS.search(before))
                                               or CLAUSE_PROSPECT.search(" ".join(words[:at])) or modal_noun(words, i)):
                found = "prospect"
            else:
                return "reported"
    return found


# Before an event's noun, these words point to other events of its kind than the one asked about
OTHER_INSTANCE = frozenset("those these other previous earlier prior past such".split())
# … and so do these before "of" and a plural noun of the event: "has recently issued a series of rulings in favor of
# plaintiffs" reports rulings in other cases than the one asked about
SERIES = frozenset("series string spate number handful couple slew host raft list".split())
_MODAL = re.compile(r"^(?:could|would|might|may|will|can|should)$")
MODAL_REACH = 6  # words from an event's noun to the modal that it is the subject of


def modal_noun(words: Sequence[str], i: int) -> bool:
    """Word i is a noun (a determiner right before it, or two words before a word not shaped as a verb) that a modal
    follows in its clause: a forecast ("The key vote for a Wal-Mart victory could belong to Justice Kennedy", "a ruling
    that would allow the case to go forward"); not a past conditional ("the vote could have gone either way")."""
    word = words[i]
    verb_like = word.endswith(("ed", "s")) or word in PASTS  # "the House passed a bill that would …": a verb
    noun = (i > 0 and words[i - 1] in DETERMINERS) or (not verb_like and i > 1 and words[i - 2] in DETERMINERS)
    if not noun:
        return False
    after = words[i + 1 : i + 1 + MODAL_REACH]
    return any(_MODAL.match(w) and after[j + 1 : j + 2] != ["have"] for j, w in enumerate(after))


def prospective(question: str, text: str) -> bool:
    """The clause of `text` that holds most of the question's terms (two at least) is itself a
    prospect: "Mr. Trump also said he expected to announce his choice of a running mate by Friday"
    for "Who did Trump pick as his running mate?". Of clauses that hold equally many, one that is a
    prospect decides ("… laws regarding marijuana, … we will vigorously defend against it in the U.S.
    Supreme Court" for "What did the Supreme Court decide …?")."""
    asked = term_set(question)
    held = {c: len(term_set(c) & asked) for c in _CLAUSE_END.split(text)}
    most = max(held.values(), default=0)
    return most >= 2 and any(n == most and (CLAUSE_PROSPECT.search(c) or REQUEST.search(c)) for c, n in held.items())


def reported(event: str, text: str) -> bool:
    """`text` names the event outside a prospective frame."""
    return mentions(event, text) == "reported"


def names_subject(subject: frozenset[str], text: str) -> bool:
    """`text` names the subject, or opens on a personal pronoun (a person named just before)."""
    return not subject or bool(subject & {stem(w) for w in _words(text)}) or PRONOUN_LED.match(text) is not None


def _words(text: str) -> list[str]:
    """The text's words, lower case, without a possessive ending ("court’s" → "court")."""
    return [re.sub(r"['’]s?$", "", w.casefold()) for w in re.findall(r"[\w’'-]+", text)]


def _asked(question: str) -> tuple[dict[str, str], dict[str, frozenset[str]], set[str], list[str]]:
    """Per event the question asks: its wh-phrase, its subject's stems, whether it is asked of now or later, and the
    events (`events`, and a when-question's behind a long subject, `when_long`: "the Wal-Mart sex discrimination
    case | go to trial")."""
    matches = list(WH_CASE.finditer(question))
    wh = {main_verb(question, m): m.group("wh") for m in matches}
    subjects = subject_terms(question)
    present = {main_verb(question, m) for m in matches if m.group("aux") != "did"}
    found = events(question)
    long = long_when(question) if not found else None
    if long is not None:
        wh[long.event], subjects[long.event] = "when ", long.subject
        present |= {long.event} if long.present else set()
    return wh, subjects, present, [*found, *([long.event] if long else [])]


def unreported(question: str, texts: Sequence[str], wider: Sequence[str] = (), reworded: bool = False) -> list[str]:
    """The question's events that none of `texts` (the quotes that answer) nor `wider` (the quotes a little further
    down the ranking, counted only when they name the event's subject: "The House passed the bill" does not report
    that the Senate did) reports (empty: nothing to check, or all reported; a support verb's event, "receive full
    briefings", by its noun or by the verb, and otherwise judged on the verb as asked, `asked_events.supported`; an
    event verb's by its noun too, `EVENT_NOUNS`: "filed a federal lawsuit" reports that they sued).
    An event that these quotes name only as a prospect ("are scheduled to be arraigned") is not reported, whatever
    else they hold, when the question asks about the past ("When did…"; "When does the pier open?" is answered by
    "would open in June"). An event they do not name at all may be worded otherwise: a wh-question presupposes its
    event ("When did the US take the MKO off its list?"), so its verb counts as reported when a text holds the
    element it asks for ("when": a date; "what sentence": the noun) and names it (`named_or_held`) or `reworded` is (a
    date of another event, "started in 2007" for "When did … end", is no answer); a yes/no question's verb, when
    `reworded` (a quote that answers states the question in other words: "released" for "disclose", as the caller
    measures). An event of a "What did X decide" question is unreported only when the answering quotes name it as a
    prospect (or a request) where they meet the question; of a "Who did X nominate" question, also when no quote
    names it and none rewords the question (a name is asked for, of that event); an open event named as done by a quote
    a little further down that names its subject is reported ("Whom did Sestak defeat …": "… went on to defeat")."""
    wh, subjects, present, asked = _asked(question)
    missing, support = [], supported(question)
    instance = instance_words(question)  # "his final decision": only a text that holds "final" tells of that one
    for e in asked:
        about = [t for t in wider if names_subject(subjects.get(e, frozenset()), t)]
        told = [t for t in (*texts, *about) if e not in instance or re.search(rf"\b{instance[e]}", t, re.I)]
        verb = support.get(e, e)  # a support verb's noun reports its event, as the verb itself does
        if any(_told(question, w, subjects.get(e, frozenset()), t) == "reported"
               for w in {e, verb, *EVENT_NOUNS.get(e, ()), *idiom_nouns(question, e)} for t in told):
            continue
        seen = {mentions(verb, t) for t in told}  # otherwise judged as the verb asked
        if ("prospect" in seen and e not in present) or not (reworded if e not in wh else any(
                element_given(wh[e], t) and (reworded or named_or_held(e, wh[e], t, mentions)) for t in texts)):
            missing.append(e)
    for e in open_events(question):  # reported by a quote further down that names its subject too, as `asked`'s
        subject = subjects.get(e, frozenset())
        if any(_told(question, e, subject, t) == "reported" for t in wider if names_subject(subject, t)):
            continue
        seen = {_told(question, e, subject, t) for t in texts}
        person = last_wh(wh[e]).casefold().startswith("who")  # "Who did X nominate": the event named, or reworded
        if ("prospect" in seen and "reported" not in seen) or (seen == {None} and texts and (
                (person and not reworded) or all(prospective(question, t) for t in texts)
                or not any(acts(subject, t) for t in texts))):
            missing.append(e)
    return missing


# Advice is a request too ("has been advised to veto the legislation"): what it asks for is not the subject's intent
_ADVISED = re.compile(r"\badvis(?:e|es|ed|ing)\b", re.I)


def intent_untold(question: str, texts: Sequence[str]) -> list[str]:
    """The verb of an announced intent the question asks about (`asked_events.intended`: "Did Trump announce that he
    would veto …": veto) that no clause of the answering quotes tells, done or planned, outside a request to do it
    ("has been advised to veto", "urged him to veto")."""
    return [v for v in intended(question) if not any(mentions(v, c) and not (REQUEST.search(c) or _ADVISED.search(c))
                                                     for t in texts for c in _CLAUSE_END.split(t))]


def _told(question: str, event: str, subject: frozenset[str], text: str) -> str | None:
    """`mentions` of the event, where another verb of its family or its opposite ("rejected" for "accept",
    "defeat" for "beat") counts only in a text that names who acts (`acts`) and the name the question puts
    right after the verb: "went on to defeat Sen. Arlen Specter" tells of Sestak against Specter, not whether
    he beat Toomey; "Colorado voters approved Amendment 64" not whether the Supreme Court rejected a suit. An
    event with a person the question names in full ("meet with Mitt Romney") is told only by a text naming them."""
    told = {stem(w) for w in _words(text)}
    if (with_whom := party(question, event)) and not with_whom & told:
        return None  # "Obama refused his request for a meeting" does not tell whether Netanyahu met Romney
    own = mentions(event, text, kin=False)
    if own == "reported":
        return own
    named = named_object(question, event)
    if not acts(subject, text) or (named and not named & told):
        return own
    return mentions(event, text)
