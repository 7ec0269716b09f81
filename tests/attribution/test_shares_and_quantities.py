"""Shares in words are percents, never counts; a plural quantity ("hundreds of") is a hedged lower bound; ordinals are
no figures. Overlapping approximate or bounded figures agree; a share and a count are never compared."""

from __future__ import annotations

from app.attribution import figures as fg
from app.attribution.units import figure_units

ASKED = frozenset({"voter", "approv", "protest", "gather", "american", "spent", "trip"})


def read(text: str) -> list[tuple[float, str, int]]:
    return [(round(f.value, 2), f.unit, f.bound) for f in fg.figures(text)]


def test_a_share_in_words_is_a_percent_not_a_count_of_its_numbers():
    assert read("two-thirds of voters approve") == [(66.67, "percent", 0)]
    assert read("one in five Americans") == [(20.0, "percent", 0)]
    assert read("1 out of every 4 adults") == [(25.0, "percent", 0)]
    assert read("three fifths of all other persons") == [(60.0, "percent", 0)]
    assert read("a quarter of the budget") == [(25.0, "percent", 0)]
    assert read("half of the states") == [(50.0, "percent", 0)]


def test_a_majority_is_more_than_half():
    assert read("a majority of voters") == [(50.0, "percent", 1)]


def test_an_ordinal_or_a_count_in_a_span_is_no_share():
    assert read("she won a third term") == []
    assert read("a half-century of failure") == []
    assert read("two in three days") == [(2.0, "", 0), (3.0, "day", 0)]
    assert read("the last two quarters") == [(2.0, "quarter", 0)]


def test_a_share_agrees_with_the_percent_it_rounds_and_not_with_another():
    a = "Two-thirds of voters approve, the poll found."
    assert not fg.conflicting_figures(a, "Some 67 percent of voters approve.", ASKED)
    assert fg.conflicting_figures(a, "Some 45 percent of voters approve.", ASKED)


def test_a_share_and_a_count_are_different_quantities():
    assert not fg.conflicting_figures("One in five Americans gathered to protest.",
                                      "Four Americans gathered to protest.", ASKED)


def test_a_plural_quantity_is_a_hedged_lower_bound_counting_the_noun_after_of():
    assert read("hundreds of protesters gathered") == [(200.0, "protest", 1)]
    assert read("spent tens of thousands of dollars on trips") == [(20000.0, "dollar", 1)]
    assert read("dozens of states sued") == [(24.0, "stat", 1)]
    assert read("they came by the hundreds") == []


def test_overlapping_approximate_figures_do_not_disagree():
    a = "Hundreds of protesters gathered downtown."
    assert not fg.conflicting_figures(a, "About 300 protesters gathered downtown.", ASKED)
    assert not fg.conflicting_figures("More than 40 protesters gathered.", "Some 45 protesters gathered.", ASKED)
    assert fg.conflicting_figures(a, "Some 80 protesters gathered downtown.", ASKED)


def test_ordinals_in_digits_are_no_figures():
    assert read("the 21st Amendment") == [] and read("his 40th birthday") == []
    assert read("the 1,000th visitor and 3 cats") == [(3.0, "cat", 0)]
    assert figure_units("on its 2nd day") == frozenset()
    assert read("the first time, two trophies") == [(2.0, "trophi", 0)]


def test_an_upper_bound_agrees_with_any_figure_it_holds():
    assert [f.bound for f in fg.figures("fewer than 100 protesters")] == [-1]
    assert [f.bound for f in fg.figures("no more than 40 protesters")] == [-1]
    a = "Fewer than 100 protesters gathered downtown."
    assert not fg.conflicting_figures(a, "Some 90 protesters gathered downtown.", ASKED)
    assert fg.conflicting_figures(a, "Some 150 protesters gathered downtown.", ASKED)
    assert fg.conflicting_figures("More than 40 protesters gathered.", "Less than 30 protesters gathered.", ASKED)


def test_up_to_a_figure_gives_the_figure_itself():
    assert [f.bound for f in fg.figures("on behalf of up to 1.6 million women")] == [0]
    assert fg.conflicting_figures("a lawsuit on behalf of up to 1.6 million women", "it covers 1.5 million women",
                                  frozenset({"women", "lawsuit", "cover"}), frozenset({"women"}))


def test_a_sum_booked_so_far_and_a_total_are_two_sums():
    """ "They have reserved $500,000 of airtime" (booked to date) does not dispute "is costing the group $1 million"
    (the total); two totals, or two sums booked so far, still do."""
    asked = frozenset({"cost", "spend", "group", "ad"})
    total = "The ad is costing the group $1 million, the organization confirmed."
    assert not fg.conflicting_figures(total, "The group has reserved $500,000 of airtime for the ad.", asked)
    assert not fg.conflicting_figures(total, "About $400,000 has been placed so far for the ad, a source said.", asked)
    assert fg.conflicting_figures(total, "The ad is costing the group $500,000, its director said.", asked)
    assert fg.conflicting_figures("The group has reserved $1 million of airtime for the ad.",
                                  "The group has reserved $500,000 of airtime for the ad.", asked)
    assert fg.conflicting_figures("The group earned $1 million from book sales, its director said.",
                                  "The group earned $500,000 from speeches, its director said.",
                                  frozenset({"earn", "group"}))  # "book" is no booking
