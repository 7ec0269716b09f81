"""A "what share / what percentage" question (issue 14): a percentage answers only about the question's subject, in
a clause about it; a count or a tally is no share. Hand-made sentences, no model."""

from __future__ import annotations

from app.answer.share_given import share_given

VOTE = "What percentage of the vote did Measure 5 get?"
PARTY = "What share of the seats did the Green Party win?"


def test_a_share_question_is_not_answered_by_a_count_or_a_tally():
    assert not share_given(VOTE, ["Voters approved Measure 5 by 5,210 votes to 4,870."])
    assert not share_given(PARTY, ["The Green Party won 14 seats in the council."])
    assert share_given(PARTY, ["The Green Party won 40 percent of the seats."])
    assert share_given(PARTY, ["The Green Party won two-thirds of the seats."])  # a share in words


def test_a_percentage_about_another_subject_does_not_answer():
    # another story's vote: the sentence never names the measure
    assert not share_given(VOTE, ["Mr. Lowe easily won the county's primary with 48 percent of the vote."])
    assert not share_given(VOTE, ["In the mayor's race, the winner took 48 percent of the vote."])
    assert share_given(VOTE, ["Measure 5 passed with 52 percent of the vote."])


def test_a_percentage_in_a_clause_about_another_name_does_not_answer():
    text = "Of the imports, about 14 percent came from Peru, much came from Chile and about 3 percent from Brazil."
    assert not share_given("What share of the imports came from Chile?", [text])
    assert share_given("What share of the imports came from Peru?", [text])
    assert share_given("What share of the imports came from Brazil?", [text])
    # a later clause opening on another name: "…, Ortiz leads with 49 percent" is Ortiz's share, not Lee's
    assert not share_given("What percentage did Lee get in the poll?", ["In a poll of Lee's district, Ortiz leads with 49 percent."])


def test_a_clause_naming_no_one_or_a_rival_beside_the_subject_still_answers():
    assert share_given("What share of the vote did Ann Lee take?", ["The runner-up, Ann Lee, a Democrat, took 17 percent."])
    assert share_given("What percentage did Lee get in the poll?", ["A new poll shows Lee leading Ortiz, 49 percent to 44 percent."])
    assert share_given("What share of their income did the Lees give to charity?",
                       ["They gave $15,000 to charity, or 10.8 percent of their income."])  # a pronoun for the Lees


def test_a_sentence_naming_one_of_the_question_names_is_about_it():
    # "the House" is named, "Republicans" is not: the proposal is still the one asked about
    assert share_given("What percentage cut in House office budgets did Republicans propose?",
                       ["The House is to take up a proposed 5 percent trim in the budgets of member offices."])


def test_the_source_a_question_names_is_not_what_the_share_is_of():
    q = "What percentage of the stores had no pay gap, according to the company's expert, Ann Lee?"
    assert share_given(q, ['"Our report showed that at 90 percent of the stores, there was no pay gap," Ms. Ortiz said.'])
    # a source that opens the question: what follows is still asked ("the Green Party" must be named)
    assert not share_given("According to Ann Lee, what share of the seats did the Green Party win?",
                           ["The winners took 40 percent of the seats, Ann Lee said."])


def test_other_questions_are_not_checked():
    assert share_given("How many seats did the Green Party win?", ["The vote was held on Sunday."])
