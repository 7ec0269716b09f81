"""Follow-up questions read against the earlier turns of a conversation, by rule (no LLM).

`resolve(question, history, vocabulary) -> Reading`: "And what did the other side say?", "What
about Rasa?", "What did he say?", "Where are they based?", "When was that?" become a question
that stands on its own, plus the outlet or stance filter the follow-up implies, plus a sentence
telling the user how the follow-up was read. A question that stands on its own is read as asked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.text.terms import terms

OTHER_SIDE = re.compile(r"\b(?:the\s+)?(?:other|opposite|opposing)\s+(?:side|sides|camp|view|party)\b"
                        r"|\bthe\s+others\b|\bthe\s+opponents\b", re.IGNORECASE)
SAY = re.compile(r"\b(?:say|says|said|saying|claim\w*|think\w*|report\w*|writ\w*|argu\w*|den(?:y|ies|ied)"
                 r"|respond\w*|repl\w*|react\w*|call\w*|view\w*|position)\b", re.IGNORECASE)
# Words that make a follow-up without saying what it is about ("What about Rasa?", "Is that true?").
FOLLOWUP_WORDS = frozenset(terms(
    "side sides other opposite opposing camp others opponent opponents else true right respond response "
    "react reply view views position stance agree disagree mean claim claims think report reports write "
    "wrote argue argues deny denies call calls happen exactly"))
PERSON = {"he": "{}", "him": "{}", "his": "{}'s", "she": "{}", "hers": "{}'s"}
PLURAL = {"they": "{}", "them": "{}", "their": "{}'s", "theirs": "{}'s"}
DEMONSTRATIVE = ("that", "this", "it", "there", "then")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_NAME = re.compile(r"\b(?:the\s+)?((?:[A-Z][\w'’.-]*)(?:\s+(?:al-|bin\s+)?[A-Z][\w'’.-]*)*)")
_LEAD = frozenset(re.findall(r"\w+", "what who whom whose when where why how which is are was were do does did can "
                                     "could will would should has have had and but so or according tell"))


@dataclass(frozen=True)
class Turn:
    """An earlier turn: the question as it was read, what its answer cited, the filters it had."""

    question: str
    cited: tuple[tuple[str, str | None], ...] = ()  # (outlet, stance) per citation, answer order
    outlets: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()  # who the cited quotes relay or quote (source chains)


@dataclass(frozen=True)
class Vocabulary:
    """What the corpus knows: outlet names (and aliases) and their stance groups, known people."""

    outlets: Mapping[str, str]  # name or alias, any case -> canonical outlet name
    stance_of: Mapping[str, str | None]  # canonical outlet -> stance group id
    labels: Mapping[str, str]  # stance group id -> label, registry order
    people: frozenset[str] = field(default_factory=frozenset)

    def outlets_named(self, text: str) -> list[str]:
        """Canonical outlets named in `text` (whole words, longest name first), in text order."""
        found: list[tuple[int, str]] = []
        taken: list[range] = []
        for name in sorted(self.outlets, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE):
                if len(name) >= 3 and not any(m.start() in r for r in taken):
                    taken.append(range(m.start(), m.end()))
                    found.append((m.start(), self.outlets[name]))
        return list(dict.fromkeys(o for _, o in sorted(found)))


@dataclass(frozen=True)
class Reading:
    """How to answer a question: the text to search with, the filters, and what to tell the user."""

    question: str
    outlets: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    note: str | None = None  # "what do … say about …?"; None when the question was read as asked

    @property
    def rewritten(self) -> bool:
        return self.note is not None


def resolve(question: str, history: Sequence[Turn], vocab: Vocabulary) -> Reading:
    """Read `question` in the light of the last turn of `history` (see the module docstring)."""
    if not history:
        return Reading(question)
    prev = history[-1]
    named = vocab.outlets_named(question)
    own = _own_terms(question, vocab)
    words = words_of(question)
    if OTHER_SIDE.search(question):
        return _other_side(question, prev, vocab, own)
    if named and not own:
        return _focus(_topic(prev.question, vocab), tuple(named), (), vocab)
    if any(w in PLURAL for w in words):
        reading = _plural(question, prev, vocab, own)
        if reading:
            return reading
    if any(w in PERSON for w in words) and not any(_is_person(n, vocab)
                                                   for n in _names(question, vocab, skip_first=True)):
        person = _person(prev, vocab)
        if person:
            text = _substitute(question, PERSON, person)
            return _with_that(text, prev, words, vocab)
    if len(own) < 2 and any(w in DEMONSTRATIVE for w in words) or not own:
        return _demonstrative(question, prev, words, vocab)
    return Reading(question)


# -- the rules ---------------------------------------------------------------------------------
def _other_side(question: str, prev: Turn, vocab: Vocabulary, own: list[str]) -> Reading:
    heard = _side_heard(prev, vocab)
    others = tuple(sid for sid in vocab.labels if sid not in heard)
    topic = _strip_followup(question) if own else _topic(prev.question, vocab)
    if not others:
        note = (f"“the other side” of “{prev.question}”, but no other stance group is declared in the "
                "registry, so every outlet is searched")
        return Reading(topic, note=note)
    return _focus(topic, (), others, vocab)


def _focus(topic: str, outlets: tuple[str, ...], stances: tuple[str, ...], vocab: Vocabulary) -> Reading:
    who = [*outlets, *(group_name(vocab.labels.get(s, s)) for s in stances)]
    verb = "does" if len(who) == 1 and outlets else "do"
    note = f"what {verb} {_join(who)} say about “{topic}”" + ("" if topic.rstrip().endswith("?") else "?")
    return Reading(topic, outlets=outlets, stances=stances, note=note)


def _plural(question: str, prev: Turn, vocab: Vocabulary, own: list[str]) -> Reading | None:
    """'they' as the outlets or stance groups the last turn asked about (when they 'say' something),
    else the first organisation the last question named ('the MEK')."""
    if SAY.search(question) and (prev.outlets or prev.stances):
        topic = _strip_pronouns(question) if own else _topic(prev.question, vocab)
        return _focus(topic, prev.outlets, prev.stances, vocab)
    entities = [n for n in _names(prev.question, vocab, skip_first=True, with_article=True)
                if _strip_article(n) not in vocab.people and len(_strip_article(n)) > 2]  # 'the US' is an 'it'
    if not entities:
        return None
    text = _substitute(question, PLURAL, entities[0])
    if not own:
        return Reading(f"{text} {prev.question}",
                       note=f"{_sentence(text)} (about “{_topic(prev.question, vocab)}”)")
    return _with_that(text, prev, words_of(question), vocab)


def _with_that(text: str, prev: Turn, words: list[str], vocab: Vocabulary) -> Reading:
    """A question whose pronoun was replaced; a 'that' in a short one is the last question
    ('When did he do that?')."""
    word = next((w for w in words if w in DEMONSTRATIVE), None)
    if word and len(_own_terms(text, vocab)) < 3:
        return Reading(f"{text} {prev.question}",
                       note=f"{_sentence(text).rstrip('?')}, “{word}” being “{_topic(prev.question, vocab)}”")
    return Reading(text, note=_sentence(text))


def _demonstrative(question: str, prev: Turn, words: list[str], vocab: Vocabulary) -> Reading:
    word = next((w for w in words if w in DEMONSTRATIVE), None)
    base = question.strip().rstrip("?").strip()
    ref = f"“{word}” being “{_topic(prev.question, vocab)}”" if word \
        else f"about “{_topic(prev.question, vocab)}”"
    return Reading(f"{base} {prev.question}", note=f"{_sentence(base).rstrip('?')}, {ref}")


# -- pieces -----------------------------------------------------------------------------------
def _side_heard(prev: Turn, vocab: Vocabulary) -> set[str]:
    """The stance groups the last turn was about: its filters, else the most-cited group."""
    if prev.stances:
        return set(prev.stances)
    if prev.outlets:
        return {s for o in prev.outlets if (s := vocab.stance_of.get(o))}
    counts = Counter(s for _, s in prev.cited if s)
    if not counts:
        return set()
    top = max(counts.values())
    return {next(s for _, s in prev.cited if counts.get(s) == top)}  # ties: the first cited


def _person(prev: Turn, vocab: Vocabulary) -> str | None:
    """The person the last turn was about: named in its question, else the first quoted person."""
    for name in _names(prev.question, vocab, skip_first=True):
        if _is_person(name, vocab):
            return name
    return next((s for s in prev.speakers if s in vocab.people), None)


def _is_person(name: str, vocab: Vocabulary) -> bool:
    """A known person, or a name of two or more capitalised words that is not an acronym."""
    return name in vocab.people or (len(name.split()) >= 2 and not name.isupper())


def _names(text: str, vocab: Vocabulary, *, skip_first: bool, with_article: bool = False) -> list[str]:
    """Capitalised names in `text` that are not outlets (optionally with a leading 'the')."""
    out = []
    for m in _NAME.finditer(text):
        name = m.group(1).rstrip(".'’")
        if skip_first and m.start(1) == _first_word(text) and name.split()[0].lower() in _LEAD:
            rest = name.split()[1:]
            if not rest:
                continue
            name = " ".join(rest)
        if name.casefold() in {k.casefold() for k in vocab.outlets}:
            continue
        article = with_article and m.group(0).lower().startswith("the ")
        out.append(f"the {name}" if article else name)
    return out


def words_of(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _first_word(text: str) -> int:
    m = _WORD.search(text)
    return m.start() if m else 0


def _own_terms(question: str, vocab: Vocabulary) -> list[str]:
    """The question's own topic words: not outlet names, not follow-up words."""
    text = question
    for name in sorted(vocab.outlets, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", " ", text, flags=re.IGNORECASE)
    return [t for t in terms(OTHER_SIDE.sub(" ", text), query=True) if t not in FOLLOWUP_WORDS]


def _substitute(question: str, table: Mapping[str, str], name: str) -> str:
    """Pronouns replaced by `name`; 'her' is possessive before a content word ('her party')."""
    def swap(m: re.Match) -> str:
        word = m.group(0).lower()
        if word == "her":
            after = _WORD.match(question[m.end():].lstrip())
            return f"{name}'s" if after and terms(after.group(0)) else name
        return table[word].format(name)
    keys = [*table, "her"] if "he" in table else list(table)
    return re.sub(rf"\b(?:{'|'.join(sorted(keys, key=len, reverse=True))})\b", swap, question, flags=re.IGNORECASE)


def _strip_followup(question: str) -> str:
    return " ".join(OTHER_SIDE.sub(" ", question).split())


def _strip_pronouns(question: str) -> str:
    return " ".join(re.sub(r"\b(?:they|them|their|theirs)\b", " ", question, flags=re.IGNORECASE).split())


def _strip_article(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


ABOUT = re.compile(r"^\s*(?:(?:what|how)\s+(?:do|does|did)\s+(?P<who>.+?)\s+(?:say|says|said|report|reports|reported|"
                   r"write|writes|wrote|claim|claims)\s+(?:about|on|of)\s+(?P<topic>.+?)|"
                   r"according\s+to\s+(?P<who2>[^,]+),\s*(?P<topic2>.+?))\s*\??\s*$", re.IGNORECASE)


def _topic(question: str, vocab: Vocabulary) -> str:
    """What a question is about: without "What does <outlet> say about" or "According to <outlet>,"."""
    m = ABOUT.match(question)
    if m and vocab.outlets_named(m.group("who") or m.group("who2") or ""):
        return (m.group("topic") or m.group("topic2")).strip()
    return question.strip()


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def group_name(label: str) -> str:
    """A stance group as the subject of 'what do … say': 'the MEK and aligned outlets',
    'outlets hostile to the MEK'."""
    name = label[:1].lower() + label[1:] if label[1:2].islower() or label[1:2] == " " else label
    generic = re.search(r"\b(outlets|sources|media|press|papers|newspapers)\b", name, re.IGNORECASE)
    return name if generic else f"outlets {name}"


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
