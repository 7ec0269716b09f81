"""Right speaker, right relay, sixth round (issue 14 point 4): a statement two named people release together
('Mr. Udall and Mr. Wyden released a joint statement repeating that …') names both, and a later reference by
description ('the former Alaska governor', 'the Vermont senator', 'the 76-year-old') finds the person introduced
with those words, an abbreviated title ('Gov.', 'Sen.') or an age between commas ('Sanders, 76,') included.

The sentences are written for these tests in the style of US political news; none is copied from a corpus.
Rules only (nlp=None)."""

from app.attribution import phrases
from app.attribution.chains import find_chains
from tests.attribution.test_speakers_fifth import NAMES, chain_of


def test_a_joint_statement_of_two_named_people_names_both():
    text = ("The program was disclosed on Thursday. "
            "On Friday, Ms. Marsh and Mr. Lind released a joint statement saying that they were “deeply troubled.”")
    assert chain_of(text, "On Friday") == ["Marsh and Lind"]


def test_repeating_that_introduces_what_was_said():
    text = ("Sen. Ann Marsh spoke on Monday. "
            "Ms. Marsh and Sen. Paul Lind issued a statement repeating that the rules were “written in secret.”")
    assert chain_of(text, "Ms. Marsh and") == ["Ann Marsh and Paul Lind"]


def test_a_pair_that_another_subject_takes_over_from_is_no_pair():
    text = "Ann Marsh and Paul Lind met reporters, and he said the plan was “dead on arrival.”"
    assert "Ann Marsh and Paul Lind" not in chain_of(text, "Ann Marsh")


def test_an_abbreviated_title_is_the_role_a_later_description_repeats():
    text = ("Former Alaska Gov. Ruth Cole spoke on Monday. Sen. Paul Lind of Idaho also spoke. "
            "The former Alaska governor said the bill was “a disgrace.”")
    assert chain_of(text, "The former Alaska governor") == ["Ruth Cole"]


def test_an_age_between_commas_is_what_the_n_year_old_refers_to():
    text = ("Paul Lind, 76, spoke on Monday. Gov. Ruth Cole, 58, was angry. "
            "“It is a disgrace,” the 76-year-old said.")
    assert chain_of(text, "“It is a disgrace") == ["Paul Lind"]


def test_role_words_spell_out_abbreviated_titles():
    assert {"governor", "alaska", "former"} <= phrases.role_words("Former Alaska Gov.")
    assert "senator" in phrases.role_words("Sen.")
    assert phrases.is_role_head("76-year-old") and not phrases.is_role_head("year")


def test_a_former_official_speaks_for_no_body_even_with_the_parser():
    from app.attribution.parse import Parser, load_nlp

    if load_nlp() is None:
        import pytest

        pytest.skip("spaCy model not installed")
    text = "A former CIA official told the Courant the agency had tapped the cables."
    chains = find_chains(text, "Evening Courant", NAMES, Parser())
    assert [link.name for c in chains for link in c.links] == ["a former CIA official"]  # no body 'CIA' speaks


def test_two_people_each_with_an_apposition_speak_together():
    text = "Ann Marsh, a Democrat, and Paul Lind, a Republican, said in a joint statement that the bill was “a disgrace.”"
    assert chain_of(text, "Ann Marsh") == ["Ann Marsh and Paul Lind"]


def test_a_party_tag_gives_the_state_and_party_a_later_description_repeats():
    text = ("Rep. Jesse Lowe Jr., D-Ill., and Rep. Ann Carr, R-Texas, spoke. Ms. Carr was angry. "
            "“It is a disgrace,” the Illinois Democrat said.")
    assert chain_of(text, "“It is a disgrace") == ["Jesse Lowe Jr."]
    text = ("Sen. Paul Lind (I-Vt.) and Gov. Ruth Cole spoke. Ms. Cole was angry. "
            "The Vermont senator said the bill was “a disgrace.”")
    assert chain_of(text, "The Vermont senator") == ["Paul Lind"]


def test_a_description_after_a_name_is_no_name_of_its_own():
    text = "Rep. Jesse Lowe, the Illinois Democrat, said the bill was “a disgrace.”"
    assert chain_of(text, "Rep. Jesse") == ["Jesse Lowe"]
    assert phrases.party_words("D-N.Y.") == ("democrat", "new", "york") and phrases.party_words("X-Ill.") == ()
