"""A figure a quote writes only to deny it ("seven, not three") is not a figure it gives, and a "how many <noun>"
question reads each quote's figure of that noun ("Two ferries sank and nine were damaged in the storm": two). Invented
sentences; the rule came from novel31's calibration story (a casualty count one side corrects)."""

from __future__ import annotations

from app.answer.asked_figure import answering_figure
from app.answer.select import asked
from app.answer.sides import pick
from app.attribution.figures import conflicting_figures, given_figures, in_range
from tests.answer.test_sides import quote, vectors


def test_a_figure_written_after_not_is_denied_not_given():
    text = "The harbour master said at least nine boats had sunk, not four."
    assert [f.value for f in given_figures(text)] == [9.0]
    assert [f.value for f in given_figures("Officials counted 40 rather than 12 flooded homes.")] == [40.0]


def test_a_value_also_written_plainly_stays_given():
    text = "Not 12 but 20 homes flooded; 12 were rebuilt."
    assert {f.value for f in given_figures(text)} == {12.0, 20.0}


def test_a_correction_of_the_other_figure_still_conflicts_with_it():
    q = asked("How many boats sank in the storm?")
    a = "Four boats sank in the storm, the port authority said."
    b = "A fisherman said at least nine boats sank in the storm, not four."
    assert conflicting_figures(a, b, q.terms, q.predicate, "boat")


def test_how_many_reads_the_counted_nouns_figure_not_the_nearest_one():
    question = "How many ferries sank in the storm?"
    text = "Two ferries sank and nine were damaged in the storm, the coast guard said."
    assert answering_figure(asked(question), question, text).value == 2.0


def test_two_outlets_counting_the_dead_differently_disagree():
    question = "How many miners died in the collapse?"
    ranked = [quote("Four miners were killed and eleven were hurt in the collapse, the ministry said.", "A", "x", 1.0),
              quote("Union officials said at least nine miners were killed in the collapse, not four.", "B", "y", 0.97)]
    picked = pick(asked(question), question, ranked, vectors((1, 0.1), (1, 0.15)))
    assert picked.contested and picked.about == "figures"


def test_a_range_holds_the_other_quotes_figure():
    q = asked("How many volunteers does the club have?")
    a = "The club has 1300 volunteers across the county."
    b = "Between 1,000 and 1,500 volunteers run the club, its chairman said."
    c = "Some 1,000-1,500 volunteers run the club, its chairman said."
    assert not conflicting_figures(a, b, q.terms, q.predicate, "volunteer")
    assert not conflicting_figures(a, c, q.terms, q.predicate, "volunteer")
    assert not in_range("About 2,000-2,500 volunteers run the club.", 1300)
    assert not in_range("The club grew in 2011-2014.", 2012)  # a span of years holds no count
