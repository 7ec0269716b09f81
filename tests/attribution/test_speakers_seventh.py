"""Right speaker, seventh round (issue 14 point 4): a later reference by a long definite description ('the University
of Denver law professor', 'the president of the Farmers Union', 'according to the Maine law professor') is the person
the article introduced with those words, never the body the description mentions; the participle of a speech verb
('…, insisting that …', '…, complaining that …') reports its clause subject's words; a parser's guess at a name
inside the main clause ('… in the U.S. Supreme Court, insisting that') is no participle's speaker.

The sentences are written for these tests in the style of US political news; none is copied from a corpus."""

from app.attribution.chains import find_chains
from app.attribution.links import NARRATES
from tests.attribution.test_speakers_fifth import NAMES, chain_of


def test_a_description_ending_in_a_role_refers_to_the_person_introduced_so():
    text = ("Greg Kane, a University of Denver law professor, follows the case. "
            "The University of Denver law professor noted that the court rarely takes such cases.")
    assert chain_of(text, "The University of Denver") == ["Greg Kane"]


def test_a_role_with_its_complement_refers_to_the_person_not_the_body():
    text = ("Terry Nolan, the president of the Farmers Union, called the bill a disaster. "
            "The president of the Farmers Union said farmers would suffer.")
    assert chain_of(text, "The president of the Farmers Union said") == ["Terry Nolan"]


def test_according_to_a_description_finds_the_person_introduced_so():
    text = ("Ellen Marsh, a law professor at the University of Maine, has studied the court. "
            "Judges are heavily influenced by their beliefs, according to the Maine law professor.")
    assert chain_of(text, "Judges are") == ["Ellen Marsh"]


def test_a_description_nobody_was_introduced_with_names_no_person():
    text = ("Terry Nolan, a farmer from Iowa, called the bill a disaster. "
            "The president of the Farmers Union said farmers would suffer.")
    assert "Terry Nolan" not in chain_of(text, "The president of the Farmers Union said")


def test_an_indefinite_role_introduces_someone_new():
    text = ("Greg Kane, a University of Denver law professor, follows the case. "
            "A University of Denver law professor said the court rarely takes such cases.")
    assert "Greg Kane" not in chain_of(text, "A University of Denver")


def test_a_speech_verbs_participle_reports_the_clause_subjects_words():
    text = ("The bill passed on Monday. "
            "Gov. Ruth Cole vetoed the bill on Friday, insisting that it would raise costs for farmers.")
    chains = find_chains(text, "Evening Courant", NAMES)
    links = next(c.links for c in chains if text[c.start:c.end].startswith("Gov. Ruth Cole"))
    assert [(link.name, link.role) for link in links] == [("Ruth Cole", NARRATES)]


def test_complaining_that_reports_the_clause_subjects_words():
    text = "Sheriff Tom Reyes spoke to reporters on Monday, complaining that his budget was too small."
    assert chain_of(text, "Sheriff Tom Reyes") == ["Tom Reyes"]


def test_a_parser_guess_inside_the_main_clause_is_no_participles_speaker():
    from app.attribution.parse import Parser, load_nlp

    if load_nlp() is None:
        import pytest

        pytest.skip("spaCy model not installed")
    text = ("The states of Kansas and Iowa filed a federal lawsuit in the U.S. Supreme Court Thursday, "
            "insisting that the law was unconstitutional.")
    chains = find_chains(text, "Evening Courant", NAMES, Parser())
    assert all("Supreme Court" not in link.name for c in chains for link in c.links)


def test_he_setting_off_words_after_his_quote_quotes_him():
    text = ("“There is no way this can be fair,” Paul Lind said. "
            "He pointed to a group of store managers who “are said to be both the culprits and the victims.”")
    assert chain_of(text, "He pointed") == ["Paul Lind"]


def test_a_passive_pronoun_subject_quotes_someone_else():
    text = ("“There is no way this can be fair,” Paul Lind said. "
            "He was accused by the union of “wanting to tear down every protection workers have won.”")
    assert chain_of(text, "He was accused") == []


def test_a_few_words_in_the_reporters_clause_are_not_a_quotation_of_the_speaker():
    text = "“There is no way this can be fair,” Paul Lind said. He then left the room, a “broken man.”"
    assert chain_of(text, "He then left") == []


def test_a_pronoun_after_someone_elses_quote_takes_no_speaker():
    text = ("Mr. Lind and Ms. Cole spoke. “There is no way this can be fair,” Ms. Cole said. "
            "He pointed to a group of store managers who “are said to be both the culprits and the victims.”")
    assert chain_of(text, "He pointed") == []
