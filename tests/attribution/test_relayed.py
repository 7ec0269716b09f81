"""A source relayed through another in one clause keeps both links: the relayer outermost, the cited source inside."""

import pytest

from app.attribution.chains import find_chains
from app.attribution.links import KnownSource, Names, SpeakerTable
from app.registry import Outlet, Registry

NAMES = Names(SpeakerTable(sources=[KnownSource(name="Al Jazeera", kind="outlet")], titles=["Minister", "Major"]),
              Registry(outlets=[Outlet(name="Daily Planet", aliases=["Planet"])]))


def links_of(sentence: str) -> list[tuple[str, str]]:
    text = "The river rose overnight.\n\n" + sentence
    at = text.index(sentence)
    return next([(link.name, link.role) for link in c.links]
                for c in find_chains(text, "Daily Planet", NAMES) if c.start <= at < c.end)


@pytest.mark.parametrize("sentence", [
    "Brask Radio, citing Major Elin Tovik, reported that the ferry had been halted.",
    "Brask Radio reported, citing Major Elin Tovik, that the ferry had been halted.",
    "Brask Radio, quoting Major Elin Tovik, said the ferry had been halted.",
])
def test_a_citing_participle_beside_the_reporter_keeps_the_reporter_and_its_source(sentence):
    assert links_of(sentence) == [("Brask Radio", "relays"), ("Elin Tovik", "quotes")]


def test_according_to_a_publication_before_a_speaker_keeps_the_publication_outermost():
    assert links_of("According to Meridan Post, Minister Aro Lindqvist said the levy would be cut.") == [
        ("Meridan Post", "relays"), ("Aro Lindqvist", "quotes")]


def test_according_to_before_a_speaker_whose_name_trails_the_clause():
    assert links_of("According to Al Jazeera, the levy will be cut, Minister Aro Lindqvist said.")[0] == (
        "Al Jazeera", "relays")


@pytest.mark.parametrize("sentence", [
    "According to the report, prices rose sharply in March.",
    "The mayor closed the ferry, citing safety concerns.",
    "The council, citing rising costs, delayed the vote.",
])
def test_a_cited_reason_or_an_unnamed_report_makes_no_chain(sentence):
    assert links_of(sentence) == []


def test_a_cited_reason_beside_a_speaker_adds_no_link():
    assert links_of("Minister Aro Lindqvist, citing rising costs, said the levy would stay.") == [
        ("Aro Lindqvist", "quotes")]


def test_a_citing_phrase_with_an_apposition_keeps_the_named_source():
    assert links_of("Coastal broadcaster Brask Radio, citing the head of the harbour board, Elin Tovik, reported "
                    "that the ferry had been halted.") == [("Brask Radio", "relays"), ("Elin Tovik", "quotes")]


@pytest.mark.parametrize("sentence", [
    "The ferry had been halted, Brask Radio reported, citing Major Elin Tovik.",
    "The ferry had been halted, as reported by Brask Radio, citing Major Elin Tovik.",
    "Brask Radio quoted Major Elin Tovik as saying the ferry had been halted.",
    "Brask Radio, which quoted Major Elin Tovik as saying the ferry had been halted, ran the story first.",
    "Hollo Radio, a local station, reported on Wednesday that a farmer, Elin Tovik, had said the ferry had been halted.",
])
def test_a_report_that_names_whom_it_cites_or_quotes_keeps_both_links(sentence):
    assert [name for name, _ in links_of(sentence)][-1] == "Elin Tovik"
    assert links_of(sentence)[0][1] == "relays" and links_of(sentence)[-1][1] == "quotes"


@pytest.mark.parametrize("sentence", [
    "The ferry had been halted, as reported by Brask Radio.",
    "As first reported by Brask Radio, the ferry had been halted.",
])
def test_as_reported_by_a_publication_relays_the_sentence(sentence):
    assert links_of(sentence) == [("Brask Radio", "relays")]


def test_a_speaker_who_told_a_publication_is_quoted_inside_it():
    assert links_of("Major Elin Tovik told Brask Radio that the ferry had been halted.") == [
        ("Brask Radio", "relays"), ("Elin Tovik", "quotes")]


@pytest.mark.parametrize("sentence", [
    "The ferry had been halted, as reported earlier.",
    "Hollo Radio reported that the ferry had been halted after the storm.",
])
def test_a_report_without_a_named_source_inside_adds_no_inner_link(sentence):
    assert len(links_of(sentence)) <= 1


def test_a_reporting_name_before_its_apposition_relays():
    assert links_of("Hollo FM, a local radio station, reported that the ferry had been halted.") == [
        ("Hollo FM", "relays")]


def test_a_relay_at_the_top_stops_where_the_publishing_outlet_reports_in_its_own_name():
    text = ("The ferry stopped on Monday.\n\nHollo FM reported that Elin Tovik said the ferry had been halted. "
            "\"It was the storm,\" Tovik told the station. Daily Planet could not reach Tovik. "
            "\"We will reopen,\" the harbour master Ana Berg said.")
    chains = {text[c.start:c.end]: [link.name for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)}
    assert chains["\"It was the storm,\" Tovik told the station."] == ["Hollo FM", "Elin Tovik"]
    assert chains["\"We will reopen,\" the harbour master Ana Berg said."] == ["Ana Berg"]


def test_a_publication_noun_before_a_name_makes_the_name_a_reporting_outlet():
    assert links_of("State broadcaster BRT reported that the ferry had been halted.") == [("BRT", "relays")]
    assert links_of("The ferry had been halted, according to the trade newsletter FarmWatch, which quoted an "
                    "agency spokesperson as saying the halt was routine.") == [
        ("FarmWatch", "relays"), ("an agency spokesperson", "quotes")]


def test_quoted_as_with_any_participle_keeps_the_quoting_outlet():
    assert links_of("Brask Radio quoted Major Elin Tovik as calling the closure illegal.") == [
        ("Brask Radio", "relays"), ("Elin Tovik", "quotes")]


def test_an_unnamed_source_inside_a_report_stays_the_reports():
    assert links_of("Hollo Radio reported that an officer, speaking on condition of anonymity, told it that the "
                    "ferry had been halted.") == [("Hollo Radio", "relays")]


def test_quoted_as_with_an_apposition_after_the_source_keeps_the_source():
    assert links_of("Brask Radio quoted Dr. Elin Tovik, director of the harbour clinic, as saying the ferry had been "
                    "halted.") == [("Brask Radio", "relays"), ("Elin Tovik", "quotes")]


@pytest.mark.parametrize("when", ["on Tuesday", "Tuesday", "last week", "this morning"])
def test_a_time_phrase_between_reported_and_citing_keeps_the_cited_source(when):
    assert links_of(f"Brask Radio reported {when}, citing Major Elin Tovik, that the ferry had been halted.") == [
        ("Brask Radio", "relays"), ("Elin Tovik", "quotes")]


def test_a_time_phrase_before_a_cited_reason_adds_no_link():
    assert links_of("Brask Radio reported on Tuesday, citing safety concerns, that the ferry had been halted.") == [
        ("Brask Radio", "relays")]


def test_told_a_publication_named_with_its_kind_relays_the_unnamed_speaker():
    text = ("The river rose overnight.\n\nA former Brask engineer told Harbor Watch magazine that staff had flagged "
            "problems. \"We put it in writing,\" the engineer was quoted as saying.")
    chains = [[(link.name, link.role) for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)]
    assert chains[1] == chains[2] == [("Harbor Watch", "relays"), ("a former Brask engineer", "quotes")]


def test_told_a_two_word_name_without_a_publication_noun_is_a_person_told():
    assert links_of("Ann Lee told Harbor Watch that staff had flagged problems.") == [("Ann Lee", "quotes")]
