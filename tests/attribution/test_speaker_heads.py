"""The head of a speaker phrase speaks, not a name inside what modifies it: a relative clause after a described
person ('The manager of a café where Ana Berg worked'), the owner of a document ('The Harbour Board report'), a
possessor ('Elin Tovik's office reviewed …')."""

import pytest

from app.attribution.chains import find_chains
from app.attribution.links import Names, SpeakerTable
from app.attribution.relative import head_only
from app.registry import Outlet, Registry

NAMES = Names(SpeakerTable(titles=["Major"]), Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"])]))


def chains_of(text: str) -> dict[str, list[str]]:
    return {text[c.start:c.end]: [link.name for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)}


def links_of(sentence: str) -> list[str]:
    return chains_of("The river rose overnight.\n\n" + sentence)[sentence]


@pytest.mark.parametrize("sentence", [
    "The manager of a café in Brask where Ana Berg worked told the Planet that she never talked about politics.",
    "A neighbour who knew Ana Berg for years said she never talked about politics.",
])
def test_a_name_inside_a_relative_clause_of_the_speaker_does_not_speak(sentence):
    assert "Ana Berg" not in links_of(sentence)


def test_a_name_set_off_after_the_relative_clause_speaks():
    assert links_of("The man who owns the ferry, Bo Lind, said it was safe.") == ["Bo Lind"]
    assert links_of("Ana Berg, a lawyer who represents Bo Lind, said the ferry was safe.") == ["Ana Berg"]


@pytest.mark.parametrize("phrase,head", [
    ("The manager of a café where Ana Berg worked", "The manager of a café"),
    ("The man who owns the ferry, Bo Lind", "The man, Bo Lind"),
    ("Ana Berg, a lawyer who represents Bo Lind", "Ana Berg, a lawyer who represents Bo Lind"),
])
def test_head_only_cuts_the_relative_clause_of_a_described_head(phrase, head):
    assert head_only(phrase) == head


def test_a_named_bodys_report_speaks_for_that_body_not_the_last_outlet():
    text = ("The river rose overnight. The dam held. The road closed.\n\nHollo Radio reported that the ferry stopped. "
            "The CIS report says the ferry had been halted twice.")
    assert chains_of(text)["The CIS report says the ferry had been halted twice."] == ["CIS"]


def test_the_letter_still_refers_back_to_who_sent_it():
    text = ("In a letter sent on Monday, Major Elin Tovik told the council that the ferry was unsafe. "
            "The letter said the ferry had been halted twice.")
    assert chains_of(text)["The letter said the ferry had been halted twice."] == ["Elin Tovik"]


def test_a_possessor_is_not_the_subject_a_pronoun_refers_back_to():
    text = "The river rose. Sen. Ann Toomey spoke.\n\nSen. Bo Lind's office released the records. She said it was safe."
    assert chains_of(text)["She said it was safe."] == ["Ann Toomey"]


def test_a_body_named_with_an_institution_word_is_no_person_and_the_noun_refers_back():
    text = ("Voltra is recalling scooters, the Harbour Safety Board said on Tuesday.\n\n"
            "The board said it had received 41 reports.")
    assert chains_of(text)["The board said it had received 41 reports."] == ["Harbour Safety Board"]
