"""A question word the corpus writes otherwise is read in the corpus's spelling: folded by case, hyphens, the spaces
of a word the corpus hyphenates, apostrophes and an abbreviation's full stops; a word the corpus writes is kept."""

from __future__ import annotations

import pytest
from corpora import REGISTRY, write_corpus

from app.text.spellings import Spellings, _form, key, respell


def spelled(question: str, *texts: str) -> str:
    return respell(question, Spellings.find(lambda: texts))


def test_a_name_the_corpus_hyphenates_is_read_as_the_corpus_writes_it():
    assert spelled("Did Walmart appeal?", "Wal-Mart appealed. The Wal-Mart case.") == "Did Wal-Mart appeal?"
    assert spelled("did walmart's lawyer speak?", "Wal-Mart's lawyer spoke.") == "did Wal-Mart's lawyer speak?"


def test_the_spelling_the_corpus_uses_most_wins():
    corpus = ("He held a fund-raiser.", "Another fund-raiser.", "A fund raiser, too.", "Fund-raiser money.")
    assert spelled("Who came to the fundraiser?", *corpus) == "Who came to the fund-raiser?"


def test_a_word_the_corpus_writes_in_any_case_is_kept():
    corpus = ("An e-mail and an email.", "EMAIL", "Wal-Mart")
    assert spelled("Which email?", *corpus) == "Which email?"
    assert spelled("Which Email?", *corpus) == "Which Email?"
    assert spelled("Which WAL-MART?", *corpus) == "Which WAL-MART?"


def test_a_capitalised_word_stays_capitalised():
    assert spelled("Reelection is near", "He runs for re-election.") == "Re-election is near"


def test_two_words_fold_only_with_a_word_the_corpus_hyphenates():
    assert spelled("Is it tax exempt?", "It lost its tax-exempt status.") == "Is it tax-exempt?"
    assert spelled("Is Ammar Campa Najjar running?", "Ammar Campa-Najjar ran.") == "Is Ammar Campa-Najjar running?"
    # joined without a hyphen, or a stop word: "a political" is not "apolitical", "a long" not "along"
    corpus = ("An apolitical court along the river.", "It was apolitical.")
    assert spelled("Was it a political move all along?", *corpus) == "Was it a political move all along?"
    assert spelled("What did he write in the op-ed?", "A write-in candidate.") == "What did he write in the op-ed?"


def test_an_abbreviation_takes_its_full_stops_but_a_sentence_end_is_no_abbreviation():
    corpus = ("Mr. Hunter said no.", "Mr. Hunter left.", "They met Obama.")
    assert spelled("What did Mr Hunter say?", *corpus) == "What did Mr. Hunter say?"
    assert spelled("What did Obama say?", *corpus) == "What did Obama say?"


def test_numbers_and_apostrophe_words_are_not_folded_into_other_words():
    assert spelled("Were 15 million covered?", "Up to 1.5 million women.") == "Were 15 million covered?"
    assert spelled("What are its claims?", "It’s late.", "It’s true.") == "What are its claims?"
    assert spelled("Why were they there?", "We’re here.") == "Why were they there?"


def test_a_straight_apostrophe_stands_for_the_curly_one_but_not_the_other_way():
    assert spelled("What did Trump's aides say?", "Trump’s aides spoke.") == "What did Trump's aides say?"
    assert spelled("What did Trump’s aides say?", "Trump's aides spoke.") == "What did Trump's aides say?"
    assert spelled("What did Walmart's lawyer say?", "Wal-Mart’s lawyer.") == "What did Wal-Mart's lawyer say?"


def test_no_spellings_change_nothing():
    assert respell("Did Walmart appeal?", None) == "Did Walmart appeal?"
    assert respell("Did Walmart appeal?", Spellings({}, {})) == "Did Walmart appeal?"


def test_spellings_are_read_back_only_for_the_index_they_were_found_for(tmp_path):
    found = Spellings.find(lambda: ["Wal-Mart and the re-election."])
    found.save(tmp_path, "built-for-this")
    assert Spellings.load(tmp_path, "built-for-this") == found
    assert Spellings.load(tmp_path, "another-build") is None
    assert Spellings.load(tmp_path / "nowhere", "built-for-this") is None


@pytest.fixture
def reelection(make_assistant, tmp_path):
    docs = {"planet.txt": "Race\n\nThe mayor is running for re-election in November against Ann Lee.",
            "gazette.txt": "Bridge\n\nThe mayor says the bridge will cost 90 million dollars, the mayor adds."}
    a = make_assistant(write_corpus(tmp_path / "corpus", docs, REGISTRY.split("    documents:")[0]))
    a.ingest([tmp_path / "corpus"])
    return a


def test_the_index_searches_a_question_in_the_corpus_spelling_and_answers_it_as_asked(reelection):
    answer = reelection.ask("Is the mayor up for reelection?")
    lexical = reelection._reader().lexical
    assert lexical.spellings.spelling("reelection") == "re-election"
    assert (reelection.config.index_dir / "bm25" / "spellings.json").is_file()
    assert "re-election" in lexical._last[0][0]  # the BM25 search the answer ran
    assert not answer.abstained and answer.question == "Is the mayor up for reelection?"  # the reader's words


@pytest.mark.parametrize("a, b", [("class", "action"), ("Wal", "Mart."), ("O’Halleran", "re-election"),
                                  ("U.S.", "Mr."), ("don't", "A.M"), ("Tax", "exempt")])
def test_a_pair_of_words_folds_to_their_two_keys_joined(a, b):
    """`respell` finds each word's key once and joins two for a pair: `key` maps character by character and drops
    the space between them."""
    assert key(f"{a} {b}") == key(a) + key(b)
    assert key(a) == key(a.rstrip("."))  # a token's key is its word's (`_form` drops at most a final full stop)


def test_a_pair_and_a_word_and_a_number_in_one_question_are_each_respelled():
    corpus = ("A class-action suit.", "The class-action case.", "Wal-Mart won 3-2.", "Mr. Smith spoke.")
    assert spelled("Was the class action by Walmart won 3-2, Mr Smith?", *corpus) == \
        "Was the class-action by Wal-Mart won 3-2, Mr. Smith?"


@pytest.mark.parametrize("token, word", [("3-2", None), ("H.R.1", None), ("2020s", None), ("Mr.", "Mr."),
                                         ("U.S.", "U.S."), ("end.", "end"), ("Wal-Mart", "Wal-Mart")])
def test_a_token_with_a_digit_is_a_number_and_a_final_stop_is_kept_only_for_an_abbreviation(token, word):
    assert _form(token) == word
