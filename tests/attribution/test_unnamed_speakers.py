"""Unnamed speakers carry their description: a description that is the subject of a verb of saying is the speaker,
labelled as the article gives it ('a former FAA official', 'people familiar with the talks', 'state officials'),
a later definite description with its head noun ('the official', 'the source', 'the spokeswoman') is that same
speaker, the owner stays in the label ('a Norbank spokeswoman'), and a name the article gives always wins.

The sentences are written for these tests in the style of US political news; none is copied from a corpus."""

from app.attribution.unnamed import definite, description
from tests.attribution.test_speakers_fifth import chain_of


def test_an_indefinite_description_before_a_verb_of_saying_is_the_speaker():
    text = ("A former FAA official told the Courant that inspectors had skipped the checks. "
            "According to the official, the checks stopped in 2019.")
    assert chain_of(text, "A former FAA official") == ["a former FAA official"]
    assert chain_of(text, "According to the official") == ["a former FAA official"]


def test_a_source_with_a_complement_keeps_it_and_the_source_refers_back():
    text = ("The mayor was offered a post on the board, a source familiar with the talks said. "
            "The source insisted that nothing improper took place.")
    assert chain_of(text, "The mayor was offered") == ["a source familiar with the talks"]
    assert chain_of(text, "The source insisted") == ["a source familiar with the talks"]


def test_a_spokeswoman_keeps_her_organisation_in_the_label():
    text = ("A Norbank spokeswoman said the bank answers only court orders. "
            "“We never open a back door,” the spokeswoman said.")
    assert chain_of(text, "A Norbank spokeswoman") == ["a Norbank spokeswoman"]
    assert chain_of(text, "“We never") == ["a Norbank spokeswoman"]


def test_bare_plural_speakers_are_described_and_set_off_clauses_are_left_out():
    text = ("State officials, who asked not to be named because the talks continue, said no deal was near. "
            "People briefed on the plan said it would cost more.")
    assert chain_of(text, "State officials") == ["state officials"]
    assert chain_of(text, "People briefed") == ["people briefed on the plan"]


def test_a_name_the_article_gives_is_never_replaced_by_a_description():
    text = ("A former board member, Dana Wills, said the vote was rigged. "
            "“It was decided before we met,” wrote Omar Lutz, a Harbor College law professor who writes on ethics.")
    assert chain_of(text, "A former board member") == ["Dana Wills"]
    assert chain_of(text, "“It was decided") == ["Omar Lutz"]


def test_what_follows_the_head_must_modify_it():
    assert description("Former union members still living in the capital") == "former union members"
    assert description("But farm groups members have challenged") == ""  # the phrase runs into its verb
    assert description("a former member Ann Reyes") == ""  # the name speaks
    assert description("Many analysts and defected members of the group") == ""
    assert description("the official") == ""
    assert definite("the official") == {"official"} and definite("the senior source") == {"source", "senior"}


def test_two_speakers_in_coordinate_clauses_label_neither_as_the_whole_sentences():
    text = "A state official said the books were clean, but union leaders said the audit was rushed."
    assert chain_of(text, "A state official") == []  # not "union leaders, quoting a state official"
    assert chain_of("The books were clean, state officials said Tuesday.", "The books") == ["state officials"]
