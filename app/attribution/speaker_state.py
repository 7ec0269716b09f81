"""What an article has named so far, as its speakers are resolved sentence by sentence: each source as an
`Entity`, and the `State` the resolver reads (surnames seen, the people and their genders, the outlets, the roles a
source was described with). Pure data and lookups; `app/attribution/speakers.py` fills and reads them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from app.attribution import phrases
from app.attribution.coref import HONORIFIC_GENDER, People
from app.attribution.links import DISPUTES, QUOTES, RELAYS, Link


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str  # outlet | person | body
    prefix: tuple[Link, ...] = ()
    described: str = ""
    disputed: bool = False  # the sentence reports this source's claim to reject it

    def link(self) -> Link:
        return Link(self.name, DISPUTES if self.disputed else RELAYS if self.kind == "outlet" else QUOTES)


@dataclass
class State:
    surnames: dict[str, str] = field(default_factory=dict)  # surname -> full name (itself when ambiguous)
    homonyms: dict[str, list[str]] = field(default_factory=dict)  # ambiguous surname -> the full names
    last_person: Entity | None = None
    outlets: list[tuple[int, Entity]] = field(default_factory=list)
    top_relay: Entity | None = None
    people: People = field(default_factory=People)
    roles: list[tuple[frozenset[str], Entity]] = field(default_factory=list)  # role words a source was described with
    bodies: list[tuple[frozenset[str], Entity]] = field(default_factory=list)  # bodies named, with their name's words
    documents: list[tuple[str, Entity]] = field(default_factory=list)  # ('statement', who issued it), in order
    pair: Entity | None = None  # two people named as one sentence's subject ('Mr. Udall and Mr. Wyden released …')
    pair_at: int = -1  # the sentence that named (or last quoted) the pair
    heard: Any = None  # `heard.Heard`: a medium the sentence before heard someone through

    def describe(self, words: set[str], entity: Entity) -> None:
        """Remember that `entity` was called 'chief justice', 'White House counsel', 'spokesperson'."""
        if words:
            self.roles.append((frozenset(words), entity))

    def by_role(self, words: set[str]) -> Entity | None:
        """The most recent source described with all of `words` ('the chief justice' → Roberts)."""
        return next((e for described, e in reversed(self.roles) if words and words <= described), None)


_CAPITALISED = re.compile(r"\b[A-Z][\w\-]+")


def known_named(text: str, state: State) -> set[str]:
    """The people named earlier whom `text` names by surname alone ('… question her impartiality' after 'Ginsburg’s
    statements': the 'her' may be Ginsburg's, so it shows nothing about the sentence's subject)."""
    return {state.surnames[w] for w in _CAPITALISED.findall(text) if w in state.surnames}


def by_surname(raw: str, surname: str, state: State) -> str:
    """The full name behind a surname. When two people share it, the one named first (news style
    gives the article's main figure the bare surname and tells a relative apart by first name:
    'Duncan Hunter' … 'Margaret Hunter' … 'Hunter said'), unless an honorific says otherwise:
    'Mrs. Clinton' is the Clinton the text shows is a woman, else the first-named one whose gender
    the text has not shown (the honorific then shows it: 'Mr. Clinton' later is the other one)."""
    named = state.homonyms.get(surname, [])
    if not named:
        return state.surnames.get(surname, surname)
    gender = HONORIFIC_GENDER.get(raw.split()[0].casefold().rstrip("."))
    if gender is None:
        return named[0]
    fits = [n for n in named if state.people.gender.get(n) == gender]
    fits = fits or [n for n in named if n not in state.people.gender]
    return fits[0] if fits else surname


# an article or a possessive name opens it: 'the White House counsel', 'Iran's foreign minister'
_APPOSITION = re.compile(r"\s*,\s*((?:the|an?|[A-Z][\w.\-]*[’']s)\s+[^,;.…]{3,80})")


def apposition(text: str, word: str) -> str:
    """The description after the first `word` that a comma and an article or a possessive follow: 'Robert Bauer,
    the White House counsel,' → 'the White House counsel', 'Mohammad Javad Zarif, Iran's foreign minister,' →
    'Iran's foreign minister' (the first match of word + _APPOSITION, without compiling a pattern per name)."""
    at = text.find(word)
    while at >= 0:
        m = _APPOSITION.match(text, at + len(word))
        if m:
            return m.group(1)
        at = text.find(word, at + 1)
    return ""


# after a name: an age between commas ('Bernie Sanders, 76,'), a party tag ('Sanders (I-Vt.)', 'Jackson Jr., D-Ill.,')
_AFTER_NAME = re.compile(r"\s*(?:,\s*(\d{1,3})\s*,|[,(]\s*([DRI]-[A-Z][\w.]*(?:\s?[A-Z]\.)?)\s*[,)])")


def after_name(text: str, word: str) -> str:
    """What follows the first `word` that has an age or a party tag after it: '76-year-old', 'I-Vt.', else ''."""
    at = text.find(word)
    while at >= 0:
        m = _AFTER_NAME.match(text, at + len(word))
        if m:
            return f"{m.group(1)}-year-old" if m.group(1) else m.group(2).replace(" ", "")
        at = text.find(word, at + 1)
    return ""


def role_words(described: str, name: str) -> set[str]:
    """Words describing a source besides its name: 'Robert Bauer, the White House counsel' → {white, house,
    counsel}."""
    own = {w.casefold() for w in name.split()}
    return {w for w in phrases.role_words(described.replace(",", " ")) if w not in own
            and not w.startswith(("d-", "r-"))}


def register(full: str, key: str, state: State) -> None:
    """Remember a person's surname `key`; two different people with one surname ('Hillary Clinton',
    'Bill Clinton') make it ambiguous: `state.homonyms` lists them in the order first named."""
    if state.surnames.get(key) == key and key not in state.homonyms:
        del state.surnames[key]  # known by title and surname only ('President Trump'), now by full name
    known = state.surnames.setdefault(key, full)
    if known not in (key, full) and known.split()[0] != full.split()[0]:
        state.homonyms.setdefault(key, [known])
        state.surnames[key] = key
        known = key
    if known == key and full not in state.homonyms.get(key, [full]):
        state.homonyms[key].append(full)
