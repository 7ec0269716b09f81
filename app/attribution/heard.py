"""A speaker heard through a medium keeps it in their next sentence: 'Netanyahu said on NBC’s “Meet the Press.”' |
'When asked …, Netanyahu responded, “There is no bus.”' (the same interview); 'That tracks a comment she made in
a separate interview with The Associated Press, …' | '“I don’t want to think about that possibility,” Ginsburg
said'.
Only the very next sentence (or the quotation run that starts there) and only the same person: a sentence between,
another speaker, or a medium of the sentence's own ends it. Pure functions over `speaker_state.State`;
`app/attribution/chains.py` calls them."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from app.attribution.coref import FEMALE, MALE
from app.attribution.speaker_state import Entity, State

# 'in a separate interview with The Associated Press', 'comments to The New York Times', 'an op-ed for CNN'
_GIVEN_TO = re.compile(r"\b(?:interviews?|op-eds?|comments?|remarks)\s+(?:with|to|for)\s+"
                       r"((?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4})")
_PRONOUNS = {MALE: re.compile(r"\b(?:he|his|him)\b", re.IGNORECASE),
             FEMALE: re.compile(r"\b(?:she|her)\b", re.IGNORECASE)}


@dataclass(frozen=True)
class Heard:
    person: str  # who spoke through it ('' when the sentence quotes no one: whoever it refers to)
    relay: tuple[Entity, ...]
    text: str  # that sentence, quotes masked: whom it refers to


def heard(own: list[Entity], masked: str, medium: Callable[[str], Entity | None],
          publisher: str = "") -> Heard | None:
    """What a sentence leaves for the next: the person it quotes through an outlet ('Netanyahu said on NBC'), or,
    when it quotes no one, the outlet (not the publisher itself) an interview or comments it mentions were given to."""
    persons = [k for k, e in enumerate(own) if e.kind == "person"]
    if persons:
        relay = tuple(e for e in own[: persons[-1]] if e.kind == "outlet" and not e.disputed)
        return Heard(own[persons[-1]].name, relay, masked) if relay else None
    found = _GIVEN_TO.search(masked) if not own else None
    outlet = medium(found.group(1)) if found else None
    if outlet is None or outlet.kind != "outlet" or outlet.name.casefold() == publisher.casefold():
        return None
    return Heard("", (outlet,), masked)


def carry(own: list[Entity], last: Heard | None, state: State) -> list[Entity]:
    """`own` (the speakers of a sentence, or of a quotation run) with the relay of the sentence just before it (the
    one before the run: the caller keeps `last` only that long) when its person speaks on through it (`heard`)."""
    if last is None or not own or own[-1].kind != "person" or any(e.kind == "outlet" for e in own):
        return own
    person = own[-1]
    same = last.person == person.name if last.person else refers_to(last.text, person, state)
    return [*last.relay, *own] if same else own


def refers_to(text: str, person: Entity, state: State) -> bool:
    """Whether `text` may speak of `person`: their surname, a pronoun of their gender, or a word they were described
    with ('the justice')."""
    words = {w.casefold() for w in re.findall(r"[\w\-]+", text)}
    if person.name.split()[-1].casefold() in words:
        return True
    gender = state.people.gender.get(person.name)
    if gender in _PRONOUNS and _PRONOUNS[gender].search(text):
        return True
    return any(e.name == person.name and described & words for described, e in state.roles)
