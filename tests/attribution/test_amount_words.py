"""Amounts written in words are figures: a change by a share ("by more than half", "cut in half", "halved") is a hedged
percent, a multiple ("doubled", "threefold") counts in fold, never in times, "a handful of" counts its noun; an
adjective ("double vision", "half-century") is no amount."""

from __future__ import annotations

from app.attribution import figures as fg
from app.attribution.amount_words import FOLD, amounts, may_be_amount
from app.attribution.units import figure_units


def read(text: str) -> list[tuple[float, str, int, bool]]:
    return [(round(f.value, 2), f.unit, f.bound, f.approx) for f in fg.figures(text)]


def test_a_change_by_half_is_a_hedged_percent_with_its_bound():
    assert read("the habitat has dwindled by more than half.") == [(50.0, "percent", 1, True)]
    assert read("Arrests fell by nearly half last year.") == [(50.0, "percent", 0, True)]
    assert read("The budget was cut in half.") == [(50.0, "percent", 0, True)]
    assert read("Turnout dropped by less than half.") == [(50.0, "percent", -1, True)]
    assert read("The city halved its police budget.") == [(50.0, "percent", 0, True)]


def test_a_multiple_counts_in_fold_not_in_times():
    assert read("Sales doubled in two years.")[0] == (2.0, FOLD, 0, True)
    assert read("Seizures have tripled since 2014.") == [(3.0, FOLD, 0, True)]
    assert read("a threefold rise in arrests") == [(3.0, FOLD, 0, True)]
    assert read("a 10-fold increase") == [(10.0, FOLD, 0, True)]
    assert "time" not in figure_units("Prices quadrupled.")


def test_a_handful_counts_the_noun_after_of():
    assert read("a handful of states have joined") == [(5.0, "stat", 0, True)]


def test_an_adjective_or_a_share_of_a_whole_is_no_change():
    assert read("Clinton experienced double vision.") == []
    assert read("She doubled down late Monday.") == [] and read("He was doubling over in pain.") == []  # idioms
    assert read("a half-century of failure") == []
    assert read("on behalf of the plaintiffs") == []
    assert read("more than half of the states") == [(50.0, "percent", 1, True)]  # a share (`shares.SHARE`), once


def test_the_quick_test_never_rules_out_a_match():
    for text in ("by more than half", "HALVED", "Doubled", "tripling", "a Threefold rise", "A handful of men"):
        assert may_be_amount(text) and amounts(text), text
    assert not may_be_amount("The committee met on Tuesday.")


def test_an_amount_in_words_agrees_with_the_percent_it_rounds_and_not_with_another():
    asked = frozenset({"habitat", "shrunk", "dwindl", "shrank"})
    a = "The habitat has shrunk by more than half since 1980."
    assert not fg.conflicting_figures(a, "The habitat has shrunk 60 percent since 1980.", asked)
    assert fg.conflicting_figures(a, "The habitat has shrunk 20 percent since 1980.", asked)


def test_nearly_all_of_is_a_share_of_at_most_all_and_no_change():
    from app.attribution.amount_words import is_change
    assert read("Nearly all of the states have joined.") == [(100.0, "percent", -1, True)]
    assert read("almost\tall of them agreed") == [(100.0, "percent", -1, True)]
    assert read("virtually all legislation is vetted") == []  # not before "of": no share read
    asked = frozenset({"state", "join"})
    assert not fg.conflicting_figures("Nearly all of the states have joined.", "Some 90 percent of states joined.",
                                      asked)
    assert not is_change("nearly all")
