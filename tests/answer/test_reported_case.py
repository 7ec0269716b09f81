"""A question asking for a party's aim or case (what it wants, plans, argues), or a wh-question answered beside a report
of a party's case, is not disputed by another party rejecting that case; a yes/no question about it may be."""

from __future__ import annotations

from app.answer.reported_case import aim_asked, case_report, case_unflagged
from app.answer.sides import Picked
from tests.answer.test_sides import quote

CASE = quote("The union's argument is that the new schedule cuts pay for night workers.", "Daily Post", "left", 0.9)
REJECTION = quote("The company calls that claim misleading.", "Daily Post", "left", 0.8, "the company")
MORE = quote("Night workers would lose about a tenth of their pay, the union said.", "Evening Star", "right", 0.7)


def test_a_wh_question_asking_what_a_party_wants_plans_or_argues_is_an_aim_question():
    assert aim_asked("What is the union's argument about the new schedule?")
    assert aim_asked("What does the mayor hope the new park will bring?")
    assert aim_asked("How does the council plan to pay for the bridge?")
    assert aim_asked("Which changes do the tenants want the landlord to make?")
    assert aim_asked("What were the strikers' demands?")


def test_a_yes_no_question_a_statement_asked_or_a_job_offered_is_no_aim_question():
    assert not aim_asked("Does the lawsuit seek to overturn the new schedule?")  # whether it is: sides may differ
    assert not aim_asked("What did the senator write in the newspaper about the bridge?")  # a statement may be disputed
    assert not aim_asked("What position did the governor offer the senator?")  # a job, owned by nobody
    assert not aim_asked("Is the new schedule fair to night workers?")


def test_the_report_of_an_aim_is_not_flagged_when_another_party_rejects_the_aim():
    picked = Picked([CASE, REJECTION, MORE], True, "rebuttal", (0, 1, 0), (0, 1))
    got = case_unflagged("What is the union's argument about the new schedule?", picked)
    assert not got.contested and got.quotes == [CASE, REJECTION, MORE]  # every quote kept in order, none a side


def test_other_questions_keep_the_flag():
    picked = Picked([CASE, REJECTION], True, "rebuttal", (0, 1), (0, 1))
    assert case_unflagged("Does the new schedule cut pay for night workers?", picked) is picked
    assert case_unflagged("What did the union say about the schedule?", picked) is picked


SUIT = quote("The complaint, filed by two tenants in March, asks the court to halt the rent increase.", "Daily Post",
             "left", 0.9)
WITHOUT_MERIT = quote("We believe this complaint is without merit and we will defend against it.", "Evening Star",
                      "right", 0.85, "the landlord")


def test_a_lawsuit_complaint_or_theory_that_asks_accuses_or_argues_reports_a_case():
    assert case_report(SUIT.text)
    assert case_report("The theory is that the managers had too much discretion.")
    assert case_report("The lawsuit, which was brought by two states, accused the city of ignoring the rules.")
    assert not case_report(WITHOUT_MERIT.text)  # a rejection of the case, not a report of it
    assert not case_report("The complaint was filed on Thursday.")  # a fact of the case, no argument reported


def test_a_rejection_of_a_reported_case_does_not_dispute_a_wh_question_about_the_story():
    picked = Picked([SUIT, WITHOUT_MERIT], True, "rebuttal", (0, 1), (0, 1))
    got = case_unflagged("How much will the city spend on the complaint?", picked)
    assert not got.contested and got.quotes == [SUIT, WITHOUT_MERIT]
    assert case_unflagged("Will the rent increase be halted?", picked) is picked  # asks whether the case holds
    denial = Picked([SUIT, WITHOUT_MERIT], True, "denial", (0, 1), (0, 1))
    assert case_unflagged("How much will the city spend on the complaint?", denial) is denial  # not a rebuttal pair
