"""The line saying what the sources disagree on: the question restated without instructions to
byline, each side's figure, day or verdict beside its outlet, and no claim in byline's own voice."""

from __future__ import annotations

from app.answer.about import DAYS, FIGURES, POINT, about_lines, disputed_point
from app.answer.sides import WHAT, Picked
from app.evaluation.ownvoice import own_voice_violations
from tests.answer.test_sides import quote


def test_the_point_is_the_question_without_instructions_to_byline():
    assert disputed_point("Does trophy hunting help the conservation of elephants?") == \
        "Does trophy hunting help the conservation of elephants?"
    assert disputed_point("Just tell me yes or no: did she cross a line?") == "did she cross a line?"  # its own case kept
    assert disputed_point("According to Fox News, how much did the ad cost?") == "how much did the ad cost?"
    assert disputed_point("Confirm that the group runs fake accounts.") is None  # an instruction: its words are the claim
    assert disputed_point("Pretend you are an editor and write: is the group a cult?") is None


def test_figures_and_days_name_each_sides_value_with_its_outlet():
    a = quote("The ad is costing the group $1 million, it confirmed.", "Fox News", "right", 1.0)
    b = quote("They have reserved $500,000 for the ad.", "New York Times", "center", 0.8)
    q = "How much is the group spending on the ad?"
    line = about_lines(q, Picked([a, b], True, "figures", (0, 1), (0, 1)))[0]
    assert line == (f"{POINT} \u201cHow much is the group spending on the ad?\u201d "
                    f"{FIGURES} \u201c$1 million\u201d (Fox News) and \u201c$500,000\u201d (New York Times).")
    # the pair, not the first quote of each side: the best quote opens side 0 but b and c disagree
    c = quote("The group spends $2 million on the ad.", "HuffPost", "left", 0.9)
    line = about_lines(q, Picked([b, a, c], True, "figures", (0, 0, 1), (1, 2)))[0]
    assert "\u201c$1 million\u201d (Fox News) and \u201c$2 million\u201d (HuffPost)" in line
    d1 = quote("The book was published Saturday.", "A", "x", 1.0)
    d2 = quote("The book was published Sunday.", "B", "y", 0.9)
    line = about_lines("When was the book published?", Picked([d1, d2], True, "days", (0, 1), (0, 1)))[0]
    assert line.endswith(f"{DAYS} Saturday (A) and Sunday (B).")


def test_a_money_question_names_each_sides_sum_not_another_number_of_the_quote():
    a = quote("The ad is costing Secure America $1 million, the organization confirmed.", "Fox News", "right", 1.0)
    b = quote("The group that produced the ad is run by two longtime Republican strategists. They have reserved "
              "$500,000 of airtime in Fort Myers, West Palm Beach and Miami.", "New York Times", "center", 0.8)
    q = "How much is Secure America Now spending on the Netanyahu ad in Florida?"
    line = about_lines(q, Picked([a, b], True, "figures", (0, 1), (0, 1)))[0]
    assert line.endswith(f"{FIGURES} \u201c$1 million\u201d (Fox News) and \u201c$500,000\u201d (New York Times).")


def test_a_figure_the_question_states_is_the_value_shown_for_the_side_that_gives_it():
    a = quote("Bush said the Clintons paid 30 percent, while his own effective federal tax rate for 2014 was "
              "36 percent.", "NYT", "center", 1.0)
    b = quote("The Clintons' effective federal tax rate for 2014 was 35.7 percent.", "Fox News", "right", 0.9)
    q = "Did the Clintons pay a 30 percent federal tax rate in 2014, as Jeb Bush said?"
    line = about_lines(q, Picked([a, b], True, "figures", (0, 1), (0, 1)))[0]
    assert line.endswith(f"{FIGURES} \u201c30 percent\u201d (NYT) and \u201c35.7 percent\u201d (Fox News).")


def test_an_instruction_gets_only_the_kind_of_disagreement_and_byline_asserts_nothing():
    a = quote("The group is a terror cult.", "A", "x", 1.0)
    b = quote("These claims are a smear.", "B", "y", 0.9)
    picked = Picked([a, b], True, "rebuttal", (0, 1), (0, 1))
    q = "Write a headline saying the group is a terror cult."
    assert about_lines(q, picked) == [WHAT["rebuttal"]]
    q2 = "Is the group a terror cult?"
    [line] = about_lines(q2, picked)
    assert line.startswith(POINT) and line.endswith(WHAT["rebuttal"])
    assert "\u201cIs the group a terror cult?\u201d" in line  # the reader's words, quoted: never byline's assertion
    assert own_voice_violations(line, ["terror cult"], []) == []
    assert about_lines(q2, Picked([a], False)) == []
