"""What a definite noun phrase with no name refers back to: 'the agency', 'the department', 'the group' → the body
the article named with that noun or a kind of it ('the U.S. Fish and Wildlife Service', 'Safari Club International,
a trophy hunting advocacy group'); 'the official', 'the lawmaker' → the one person described by such a word, else
no one. Pure functions over `speaker_state.State`; `app/attribution/speakers.py` calls them."""

from __future__ import annotations

import re

from app.attribution import phrases
from app.attribution.lexicon import BODY_NOUNS, GENERIC_ROLES, INSTITUTION_HEADS, STOP_WORDS
from app.attribution.links import Names
from app.attribution.speaker_state import Entity, State, apposition

_FITS = frozenset().union(*BODY_NOUNS.values())
# a capitalised name, 'and' / 'of (the)' / 'for' / '&' inside it: 'The U.S. Fish and Wildlife Service', 'Department of
# the Interior'
_NAME = re.compile(r"(?:[A-Z][\w.&’'\-]*\s+(?:(?:and|for|on|&|of(?:\s+the)?)\s+)?)*[A-Z][\w&’'\-]*(?:\.[A-Z]\.?)?")
_POSSESSIVE = re.compile(r"[’']s$")
_OF = {"of", "for", "on"}  # a name's head comes before these: 'Department of Justice', 'Center for …'
_CUT = _OF | {"that", "which", "who", "whose", "with", "in", "at", "from", "to", "and", "based"}  # and a description's


def _head(text: str, most: int = 8, cut_at: set[str] = _OF) -> str:
    """The noun a name or a description ends its head with: 'Department of Justice' → department, 'a trophy hunting
    advocacy group that …' → group (`cut_at` _CUT); '' past `most` words."""
    words = phrases.words_of(text)
    cut = next((k for k, w in enumerate(words) if w.casefold() in cut_at), len(words))
    return words[cut - 1].casefold() if 0 < cut <= most else ""


def body_noun(phrase: str) -> str | None:
    """'the agency', 'the federal agency', 'this group' → the noun ('agency', 'group'); None for a name or a person."""
    segs = phrases.segments(phrase)
    words = phrases.words_of(segs[-1] if segs else phrase)
    if not 2 <= len(words) <= 4 or words[0].casefold() not in ("the", "this", "that"):
        return None
    if any(w[:1].isupper() for w in words[1:]):
        return None  # 'the Justice Department' is a name
    head = words[-1].casefold()
    return head if head in BODY_NOUNS else None


def body_referent(noun: str, state: State) -> Entity | None:
    """The body (or outlet) named most recently whose name or description holds a word that is that noun's kind:
    'the agency' → the U.S. Fish and Wildlife Service, 'the board' → the outlet whose editorial board spoke."""
    fits = BODY_NOUNS[noun]
    return next((e for words, e in reversed(state.bodies) if words & fits), None)


# a whole phrase that is an institution's own name, possessive and 'of (the)' / 'for' / 'the' / 'and' inside it:
# 'the U.S. Attorney’s Office', 'the Office of the Historian of the House of Representatives', 'Fix the Court'
_INSTITUTION = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&’'\-]*\s+(?:(?:of|for|on|and|&|the|of\s+the)\s+)?)*"
                          r"[A-Z][\w&’'\-]*)")


def institution(phrase: str) -> Entity | None:
    """A body named by its own name and nothing else, when the name's head (the word before 'of'/'for', else its last;
    after a possessive, the owned name's) is an institution word ('Office', 'Court'); not 'Speaker of the House'."""
    m = _INSTITUTION.fullmatch(phrase.strip(" ,.;:"))
    if m is None:
        return None
    owned = re.split(r"[’']s\s+", m.group(1))[-1]  # 'Southern District of California’s U.S. Attorney’s Office'
    return Entity(m.group(1), "body", described=phrase) if _head(owned, 12) in INSTITUTION_HEADS else None


def named_body(phrase: str, state: State) -> Entity | None:
    """A name the article introduced as a body ('Wal-Mart, the country’s largest retailer', 'the Safari Club'): that
    body, when the phrase is that name and nothing else ('Wal-Mart calls that evidence unreliable')."""
    name = re.sub(r"^[Tt]he\s+", "", phrase.strip(" ,"))
    return next((e for _, e in reversed(state.bodies) if e.name == name), None)


def named_bodies(masked: str, found: list[Entity], names: Names, state: State) -> list[tuple[frozenset[str], Entity]]:
    """The bodies a sentence (quotes masked) names, in order, each with the noun that says what it is: a capitalised
    name whose head is a body word ('Justice Department', 'the Safari Club'), a name a description follows ('Safari
    Club International, a trophy hunting advocacy group'), then the bodies and outlets that speak in it (with the
    head of how they were described: 'The Washington Post’s editorial board')."""
    out: list[tuple[frozenset[str], Entity]] = []
    for m in _NAME.finditer(masked):
        name = _POSSESSIVE.sub("", re.sub(r"^The\s+", "", m.group(0)))
        if name in state.surnames or name in state.people.recent or name.split()[0].casefold() in STOP_WORDS:
            continue  # a person named before, or no name at all ('On Thursday', 'Wednesday')
        head = _head(name) if _head(name) in _FITS else _head(name, cut_at=set())  # 'Marsh for Senate Campaign'
        if head not in _FITS and not phrases.is_personal(name.split()):
            head = _head(apposition(masked[m.start():], name.split()[-1]), 7, _CUT)
        if head in _FITS:
            known = names.lookup(name)
            out.append((frozenset({head}), Entity(known[0], known[1]) if known else Entity(name, "body")))
    for e in found:
        if e.kind in ("body", "outlet"):
            described = (phrases.segments(e.described) or [""])[-1]
            heads = {_head(e.name), *(w.casefold().rstrip(".") for w in phrases.words_of(described)[-1:])}
            out.append((frozenset(heads), Entity(e.name, e.kind)))
    return out


def generic_referent(head: str, words: set[str], state: State) -> Entity | None:
    """'the official', 'the Republican lawmaker': the one person described by a word of that kind (and every other
    word of the phrase), else no one: a generic role names no office, so the last person named is no guess."""
    fits = {e.name: e for described, e in state.roles if e.kind == "person"
            and described & GENERIC_ROLES[head] and words - {head} <= described}
    return next(iter(fits.values())) if len(fits) == 1 else None


def generic_head(phrase: str) -> str | None:
    """The phrase's role noun when it is a generic one: 'the official', 'the Republican lawmaker', 'the aide'."""
    segs = phrases.segments(phrase)
    words = phrases.words_of(segs[-1] if segs else phrase)
    head = words[-1].casefold() if words else ""
    return head if head in GENERIC_ROLES else None


def publication(phrase: str, i: int, state: State) -> Entity | None:
    """'the paper', 'the outlet' in sentence `i`: the outlet described with that noun, else one named in the last
    three sentences, else the relay stated at the top of the article."""
    head = phrases.words_of(phrase)[-1].casefold()
    for _, e in reversed(state.outlets):
        if re.search(rf"{re.escape(head)}\b", e.described.casefold()):
            return e
    recent = [e for j, e in state.outlets if i - j <= 3]
    return recent[-1] if recent else state.top_relay


_SPOKES_FOR = re.compile(r"(?:an?|the)\s+([a-z]+)\s+spokes(?:man|woman|person)", re.IGNORECASE)


def spokes_body(phrase: str, state: State) -> Entity | None:
    """'an agency spokesperson', 'a department spokesman': the body the article named with that noun or its kind."""
    segs = phrases.segments(phrase)
    m = _SPOKES_FOR.fullmatch((segs[-1] if segs else phrase).strip())
    noun = m.group(1).casefold() if m else ""
    return body_referent(noun, state) if noun in BODY_NOUNS else None


def owned_role(phrase: str) -> set[str]:
    """The role words of 'her doctor', 'his lawyer', 'their spokesman' (a role its owner's, so never the owner, nor
    the last person named by default: only someone the article described so); empty for anything else."""
    segs = phrases.segments(phrase)
    words = [w.casefold() for w in phrases.words_of(segs[-1] if segs else phrase)]
    ok = 2 <= len(words) <= 3 and words[0] in ("his", "her", "their") and phrases.is_role_head(words[-1])
    return phrases.role_words(phrase) if ok else set()


_ROLE_CUT = {"of", "at", "for", "from", "with"}  # a role head comes before its complement: 'the president of NOW'


def described_person(phrase: str, state: State) -> Entity | None:
    """A description that names no one and ends its head with a person's role, of any length, 'the' optional:
    'the University of Denver law professor', 'the president of the Farmers Union', '(according to the) Maine law
    professor' → the person the article described with every one of its words ('Greg Kane, a University of Denver
    law professor'); None when nobody was (never the body a description mentions). Not 'a …': an indefinite role
    introduces someone new ('a Microsoft spokesperson')."""
    segs = phrases.segments(phrase)
    words = phrases.words_of((segs[-1] if segs else phrase).strip(" ."))
    if not words or words[0].casefold() in ("a", "an") or phrases.pronoun_of(phrase):
        return None
    cut = next((k for k, w in enumerate(words) if k and w.casefold() in _ROLE_CUT), len(words))
    if not any(phrases.is_role_head(words[k].casefold().rstrip(".")) for k in {cut - 1, len(words) - 1}) \
            or any(phrases.is_personal(t) for t in phrases.runs(" ".join(words))):
        return None
    found = state.by_role(phrases.role_words(" ".join(words)))
    return found if found is not None and found.kind == "person" else None


def described_only(phrase: str) -> bool:
    """The speaker phrase describes a person without naming one: 'the official', 'a senior administration official'
    (not a pronoun: 'he' refers to the person named)."""
    return phrases.role_of(phrase) == "person" and not phrases.pronoun_of(phrase) or bool(phrases.unnamed_role(phrase))
