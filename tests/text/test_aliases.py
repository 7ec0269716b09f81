"""A passage holds the names it means by an acronym the corpus defines, and the acronym of a name it writes."""

from app.store.lexical import LexicalIndex
from app.text.aliases import Aliases, defined_name
from app.text.terms import terms

CORPUS = [
    "The Marsh County Department of Roads (MCDR) closed the ferry on Friday.",
    "MCDR (Marsh County Department of Roads) said nothing more.",
    "The Office of Water Safety (OWS) fined the plant; the Court of Appeals for Rivers (CAR) agreed.",
]


def test_a_corpus_defines_its_acronyms_in_either_order():
    names = Aliases.find(CORPUS).names
    assert names["MCDR"] == "Marsh County Department of Roads"
    assert names["OWS"] == "Office of Water Safety"  # a connector never starts a name
    assert names["CAR"] == "Court of Appeals for Rivers"  # connectors passed over when the acronym lacks them
    assert Aliases.find(["The Port Water Board, known as PWB, met."]).names == {"PWB": "Port Water Board"}


def test_a_parenthesis_whose_letters_the_words_before_do_not_spell_defines_nothing():
    assert defined_name("the new ferry schedule ", "MCDR") is None
    assert Aliases.find(["They met at City Hall (BBQ) on Monday."]).names == {}


def test_an_acronym_the_corpus_never_writes_is_read_as_the_name_it_writes_with_those_initials():
    aliases = Aliases.find(["The American Civil Liberties Union and the Rivers Trust wrote to the board."])
    never = lambda term: False  # noqa: E731
    assert aliases.spell_out("What did the ACLU's letter say?", never) == (
        "What did the American Civil Liberties Union's letter say?")
    assert aliases.spell_out("What did the ACLU say?", lambda term: term == "aclu") == "What did the ACLU say?"
    assert aliases.spell_out("Did the NAACP write?", never) == "Did the NAACP write?"  # no name with its initials


def test_two_letter_initials_and_a_capitalised_opening_word_are_no_alias():
    aliases = Aliases.find(["United States officials said so. The Rivers Trust Board agreed."])
    assert "us" not in aliases.spelled and aliases.spelled["rtb"] == "Rivers Trust Board"
