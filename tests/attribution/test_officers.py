"""Officials and officers: a council member's title precedes a name like any official's ('City Councilman Arthur
Blaine'); a company or place before an officer's title only says whose officer speaks ('Halvard Lines chief executive
Paul Hadley said'); a quotation run split at a sentence inside it keeps its trailing speaker."""

import pytest

from app.attribution.chains import find_chains
from app.attribution.links import TITLES, Names, SpeakerTable
from app.attribution.officer import owns_title
from app.registry import Outlet, Registry

NAMES = Names(SpeakerTable(), Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"])]))


def chains_of(text: str) -> dict[str, list[str]]:
    return {text[c.start:c.end]: [link.name for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)}


def links_of(sentence: str) -> list[str]:
    return chains_of("The river rose overnight.\n\n" + sentence)[sentence]


@pytest.mark.parametrize("title", ["City Councilman", "Councilwoman", "City Councilmember", "Alderman",
                                   "State Assemblywoman"])
def test_a_council_members_title_is_no_part_of_the_name_and_the_surname_speaks_later(title):
    text = (f"{title} Arthur Blaine said the repair would cost more.\n\n"
            '"The mayor did nothing," Blaine told the Planet.\n\nBlaine said he would ask for an audit.')
    chains = chains_of(text)
    assert chains[f"{title} Arthur Blaine said the repair would cost more."] == ["Arthur Blaine"]
    assert chains['"The mayor did nothing," Blaine told the Planet.'] == ["Arthur Blaine"]
    assert chains["Blaine said he would ask for an audit."] == ["Arthur Blaine"]


@pytest.mark.parametrize("sentence,speaker", [
    ("Brightwell Foods spokeswoman Ana Ruiz said sales fell.", "Ana Ruiz"),
    ("Torvik Rail chief executive Lena Odum said the line would reopen.", "Lena Odum"),
])
def test_a_company_before_its_officers_title_is_not_the_speaker(sentence, speaker):
    """'<Company> spokeswoman Ana Ruiz said': the company only says whose spokeswoman she is; she speaks."""
    assert links_of(sentence) == [speaker]


def test_a_pronoun_after_a_titled_officer_of_a_place_is_the_officer():
    """'Port Ellery mayor Lena Brandt called for patience. "…," she said.': she is the mayor, not the town."""
    chains = chains_of('Port Ellery mayor Lena Brandt called for patience. "Let them work," she said.')
    assert chains['"Let them work," she said.'] == ["Lena Brandt"]


@pytest.mark.parametrize("text,owns", [
    ("Halvard Lines chief executive Paul Hadley said", True),
    ("Port Ellery mayor Lena Brandt called", True),
    ("Blaine accused Mayor Delia Fenwick", False),  # a verb between: no officer of Blaine's
    ("Voltra said the chargers were fake", False),  # no second name
])
def test_owns_title_needs_role_words_and_a_second_name(text, owns):
    assert owns_title(text, text.split()[:2] if owns else text.split()[:1], TITLES) is owns


def test_one_capitalised_word_before_a_role_may_be_a_common_noun_and_owns_no_officer():
    """'Museum director Claire Benning disputed that.': 'Museum' opens the sentence, a noun, not a name."""
    assert not owns_title("Museum director Claire Benning disputed that.", ["Museum"], TITLES)


def test_a_quotation_split_at_a_sentence_keeps_its_trailing_speaker():
    """'"We are down 50 officers. Somebody has to answer the 911 calls," Chief Daniel Ortiz said.': 'calls' before
    the closing mark is quoted, not a speech verb with 'Somebody has to answer the 911' as its speaker."""
    text = '"We are down nearly 50 officers. Somebody has to answer the 911 calls," Chief Daniel Ortiz said.'
    assert set(map(tuple, chains_of(text).values())) == {("Daniel Ortiz",)}


@pytest.mark.parametrize("sentence", [
    "Janelle Okoro, whose message was shared by the group Parents for Orrin Valley, said she drives an hour.",
    "Janelle Okoro, whose remarks were first reported by Tom Lind, said she drives an hour.",
])
def test_the_agent_of_a_passive_inside_a_relative_clause_does_not_speak(sentence):
    """'X, whose message was shared by the group Y, said …': the relative clause's passive agent (Y) is no speaker;
    the sentence's speech verb comes after the clause, and X speaks."""
    assert links_of(sentence) == ["Janelle Okoro"]
