"""A name set off after a described head is the clause's subject ('Its leader, Teodor Brask, accused'); a document's
author described and then named in apposition is the name ('brought by Nebraska's attorney general, Jon
Bruning, and …'); a body named with a possessive speaks under its name ('The Electoral Commission's own survey')."""

import pytest

from app.attribution.chains import find_chains
from app.attribution.documents import authored_by
from app.attribution.links import Names, SpeakerTable
from app.attribution.opening_name import named_subject
from app.attribution.speaker_state import State
from app.attribution.speakers import Resolver
from app.registry import Outlet, Registry

NAMES = Names(SpeakerTable(), Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"])]))


def chains_of(text: str) -> dict[str, list[str]]:
    return {text[c.start:c.end]: [link.name for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)}


def test_a_name_in_apposition_after_a_described_head_accuses():
    sentence = "Its leader, Teodor Brask, accused the government of \u201cbalancing the books on the backs of workers.\u201d"
    assert chains_of("The party voted no.\n\n" + sentence)[sentence] == ["Teodor Brask"]


@pytest.mark.parametrize("parts,subject", [
    (["Its leader", " Teodor Brask", " "], "Teodor Brask"),
    (["The party leader", " Teodor Brask", " "], "Teodor Brask"),
    (["The lawsuit", " which was brought by the state", " "], ""),  # no name set off: the lawsuit is the subject
    (["The lawsuit", " Teodor Brask"], ""),  # no part after the name: it is not set off
])
def test_named_subject_takes_the_name_set_off_after_a_described_head(parts, subject):
    assert named_subject(parts) == subject


def test_a_documents_author_described_then_named_is_the_name():
    sentence = ("The lawsuit, which was brought by Nebraska\u2019s attorney general, Jon Bruning, and Oklahoma\u2019s "
                "attorney general, Scott Pruitt, accused Colorado of creating a gap.")
    assert authored_by(sentence) == [("lawsuit", "Jon Bruning and Scott Pruitt")]
    assert authored_by("The suit was brought by Nebraska\u2019s attorney general, Jon Bruning, on Monday.") == \
        [("lawsuit", "Jon Bruning")]


def test_a_named_author_keeps_its_name_before_another_clause():
    sentence = ("In a 48-page indictment released by the Justice Department, Mr. Hunter, Republican of California, and "
                "his wife are charged.")
    assert authored_by(sentence) == [("indictment", "the Justice Department")]


def test_the_lawsuit_says_names_the_attorneys_general_who_brought_it():
    text = ("The lawsuit, which was brought by Nebraska\u2019s attorney general, Jon Bruning, and Oklahoma\u2019s attorney "
            "general, Scott Pruitt, accused Colorado of creating a gap.\n\n"
            "\u201cThe Constitution does not permit it,\u201d the lawsuit says.")
    assert chains_of(text)["\u201cThe Constitution does not permit it,\u201d the lawsuit says."] == \
        ["Jon Bruning and Scott Pruitt"]


def test_a_body_named_with_a_possessive_speaks_under_its_name():
    """The parser gives 'The Electoral Commission's' as the subject of 'The Electoral Commission's own survey found'."""
    found = Resolver(NAMES).phrase("The Electoral Commission's", 0, State())
    assert (found.name, found.kind) == ("Electoral Commission", "body")


@pytest.mark.parametrize("sentence", [
    "\u201cThe justices should hold an intervention,\u201d wrote Ann Marsh, a law professor who often writes about the "
    "court.",
    "\u201cThe justices should hold an intervention,\u201d wrote Ann Marsh, a law professor who writes about the court.",
])
def test_a_verb_in_the_relative_clause_of_an_apposition_is_no_second_speaker(sentence):
    assert chains_of("The court met.\n\n" + sentence)[sentence] == ["Ann Marsh"]
