"""Unnamed speakers: a description that is the subject of a verb of saying is the speaker, labelled as the article
gives it ('a former NSA official told' → 'a former NSA official'; 'people briefed on the matter said'; 'Government
officials, who asked not to be identified, said' → 'government officials'), and a later definite description with
its head noun ('the official said', 'the source insisted') is that same speaker. Pure functions over a phrase;
`speakers.Resolver` makes the `Entity` and remembers it in `State.roles`."""

from __future__ import annotations

from app.attribution.lexicon import PERSON_ROLES
from app.attribution.phrases import segments, words_of
from app.attribution.speaker_state import Entity, State

# nouns that stand for a speaker the article leaves unnamed, besides the roles ('a source', 'people', 'officials')
_UNNAMED_HEADS = frozenset({"source", "person", "people", "insider", "witness", "resident", "employee", "staffer"})
_PLURAL = {"people": "person"}
# occupations an article may leave unnamed, singular only ('a former Voltra engineer told …', 'the engineer said'; a
# bare plural, 'engineers say', is a group no later noun refers back to)
_OCCUPATIONS = frozenset({"engineer", "worker", "teacher", "nurse", "farmer", "manager", "guard", "driver",
                          "researcher", "scientist", "technician", "inspector", "auditor", "investigator", "contractor",
                          "consultant"})
# what may follow the head inside the description: 'a source with knowledge of …', 'people briefed on …', 'a
# spokesperson for Google', 'officials familiar with …' (up to the next comma, at most _COMPLEMENT words)
_COMPLEMENT_OPENERS = (("with", "knowledge"), ("familiar", "with"), ("briefed", "on"), ("close", "to"), ("for",),
                       ("at",), ("in",), ("of", "the"))
_COMPLEMENT = 8
_CONJUNCTIONS = frozenset({"but", "and", "yet", "so", "while"})
_RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
_LOWER_FIRST = frozenset({"a", "an", "the", "former", "senior", "current", "government", "administration", "top",
                          "two", "three", "several", "some", "other", "many", "federal", "state", "local", "military",
                          "intelligence", "campaign", "congressional", "party"})
_DETERMINERS = ("a", "an")


def head_of(word: str) -> str | None:
    """The singular role noun a word is ('officials' → 'official', 'people' → 'person'), else None."""
    w = word.casefold()
    if w in _OCCUPATIONS:
        return w
    w = _PLURAL.get(w, w[:-1] if w.endswith("s") and w[:-1] in PERSON_ROLES | _UNNAMED_HEADS else w)
    return w if w in PERSON_ROLES or w in _UNNAMED_HEADS else None


def description(phrase: str) -> str:
    """The words describing an unnamed speaker, as the article gives them ('a former NSA official', 'a source with
    knowledge of the exchange', 'people briefed on the matter'), or '' when the phrase does not open with one: an
    indefinite description ('a'/'an', modifiers, a role noun) or a bare plural ('officials', 'Government
    officials', 'Former MEK members still stranded …' → 'former MEK members'). Never a phrase with a name in it
    after the head ('a spokesman, Josh Earnest' is Josh Earnest)."""
    segs = [s for s in segments(phrase) if words_of(s) and words_of(s)[0].casefold() not in _RELATIVE
            and not words_of(s)[0].casefold().endswith("ing")]  # 'having left the group': a participle clause
    if not segs or any(_named(seg) for seg in segs[1:]):
        return ""  # 'a spokesman, Josh Earnest': the name speaks
    words = words_of(segs[0])
    while words and words[0].casefold() in _CONJUNCTIONS:
        words = words[1:]  # 'but people briefed on the matter said'
    if not words or words[0].casefold() in ("the", "this", "that", "his", "her", "their", "its"):
        return ""
    start = 1 if words[0].casefold() in _DETERMINERS else 0
    head = next((k for k in range(start, min(len(words), start + 5)) if head_of(words[k])), None)
    if head is None or start == 0 and not _plural(words[head]):
        return ""
    head += words[head + 1: head + 2] == ["general"]  # 'attorneys general'
    end = head + 1 + _complement(words[head + 1:])
    rest = [w.casefold() for w in words[end:]]
    if rest and not _postmodifier(rest[0]) or _RELATIVE & set(rest):
        return ""  # 'a former member Hassan Heyrani': the name speaks; '… professor who writes': the relative clause's
    out = words[:end]
    if out[0].casefold() in _LOWER_FIRST or head_of(out[0]):
        out = [out[0].casefold(), *out[1:]]
    return " ".join(out)


def definite(phrase: str) -> set[str]:
    """The words of a definite description of an unnamed speaker ('the official', 'the source', 'the
    spokesperson'): its head and modifiers, lower case; empty for anything else."""
    segs = segments(phrase)
    words = [w.casefold() for w in words_of(segs[-1] if segs else phrase)]
    if not 2 <= len(words) <= 5 or words[0] != "the" or head_of(words[-1]) is None:
        return set()
    return {head_of(words[-1]) or "", *words[1:-1]}


def words_for(text: str) -> set[str]:
    """The words a later definite description may repeat: every word of the description, heads singular."""
    return {head_of(w) or w.casefold() for w in words_of(text) if w.casefold() not in ("a", "an", "the")}


def _postmodifier(word: str) -> bool:
    """A word that may open what follows a noun inside its phrase: a participle or an adverb ('still stranded in
    …'); not a verb's auxiliary ('Tea Party members have challenged': the phrase runs into its own verb), nor a
    name ('a former member Hassan Heyrani')."""
    return word.endswith(("ed", "ing", "ly")) or word in ("still", "now", "then")


def _named(segment: str) -> bool:
    """Two capitalised words in a row: a name the phrase gives besides the description."""
    caps = [w[:1].isupper() for w in words_of(segment)]
    return any(a and b for a, b in zip(caps, caps[1:]))


def _plural(word: str) -> bool:
    return word.casefold() == "people" or word.casefold().endswith("s") and head_of(word) is not None


def _complement(words: list[str]) -> int:
    """How many words after the head belong to the description ('with knowledge of the exchange')."""
    low = [w.casefold() for w in words]
    for opener in _COMPLEMENT_OPENERS:
        if tuple(low[: len(opener)]) == opener and len(words) <= _COMPLEMENT:
            return len(words)
    return 0


def speaker(phrase: str, state: State) -> Entity | None:
    """The unnamed speaker a phrase describes: a new one ('a former NSA official', remembered with its words so
    'the official' refers back to it), or the one a definite description refers back to ('the source said'
    after 'a source with knowledge of the exchange said'); None otherwise."""
    said = description(phrase)
    if said:
        found = Entity(said, "person", described=said)
        state.describe(words_for(said), found)
        return found
    words = definite(phrase)
    found = state.by_role(words) if words else None
    return found if found is not None and found.kind == "person" and found.name == found.described else None


def is_description(name: str) -> bool:
    """Whether a chain's link is an unnamed speaker's description ('a former NSA official', 'people briefed on the
    matter'), not a name: it reads back as its own description."""
    return description(name) == name
