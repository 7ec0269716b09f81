"""A question that counts "people" is answered by a count of any kind of person: "How many people does the exemption
protect?" / "The Ministry of Labour says it covers about 140,000 workers; the FLW says … fewer than 40,000 will
qualify". "people" names no group of its own, so a count of workers, voters or patients is a count of people; a
count of things ("140,000 jobs", "40,000 claims") is not. The class is the nouns that name persons: by role or trade
(`which_person.PERSON_NOUNS`) and the persons news counts most (by age, by place, by what they use or suffer)."""

from __future__ import annotations

from app.answer.which_person import PERSON_NOUNS
from app.text.terms import stem

# as `units._unit` writes a unit: stemmed, a final "e" dropped ("people" → "peopl", "employees" → "employ")
PEOPLE = frozenset(stem(w).rstrip("e") for w in "people persons individuals".split())
_COUNTED_PERSONS = ("adult child children teen teenager student pupil teacher parent patient passenger customer "
                    "citizen resident inhabitant tenant homeowner driver rider traveler traveller visitor tourist "
                    "migrant refugee immigrant civilian veteran retiree pensioner user subscriber consumer buyer "
                    "borrower taxpayer household family man men woman women boy girl nurse doctor miner farmer "
                    "player fan spectator survivor")
PERSONS = frozenset(stem(w).rstrip("e") for w in (*PERSON_NOUNS, *_COUNTED_PERSONS.split()))


def counts_people(counted: str, unit: str) -> bool:
    """The question counts people (`counted`, a unit as `units._unit` writes it, is "peopl" / "person" / "individu")
    and a figure of `unit` counts persons of some kind."""
    return counted in PEOPLE and (unit in PEOPLE or unit in PERSONS)
