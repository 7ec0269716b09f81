""""How many store managers …" counts managers: a figure of stores counts another thing, so two store figures that
differ are no dispute about what was asked; a one-noun question has no modifier to confuse."""

from __future__ import annotations

from app.answer.counted_head import asked_head, counts_modifier, other_counted
from app.answer.select import asked
from app.answer.agree import other_quantities
from tests.answer.test_sides import quote

Q = "How many bus drivers does the union say the strike includes?"


def test_the_head_of_the_noun_run_after_how_many_is_what_is_counted():
    head = asked_head(Q)
    assert head is not None and head.head == "driver" and head.modifier == {"bus"}
    assert asked_head("How many drivers joined the strike?") is None  # one noun: nothing to confuse it with
    assert asked_head("Who drove the bus?") is None
    assert asked_head("How many pages long is the report?") is None  # "long" measures: "pages" is the head, first


def test_a_figure_counting_the_modifier_alone_counts_another_thing():
    head = asked_head(Q)
    assert counts_modifier("The drivers work on 1,200 buses in 40 depots.", head)
    assert counts_modifier("routes served by the more than 900 City and County buses.", head)
    assert not counts_modifier("The strike includes at least 650 bus drivers.", head)
    assert not counts_modifier("About 650 people walked out.", head)  # names neither: left to the other tests


def test_two_bus_figures_are_no_dispute_about_how_many_drivers():
    a = quote("The drivers work on 1,200 buses across the city.", "Daily Post", "left", 0.9)
    b = quote("The union says its members drive 1,500 buses.", "Evening Star", "right", 0.8)
    assert other_counted(Q, a.text, b.text) and other_quantities(asked(Q), Q, a, b)
    c = quote("The strike includes at least 650 bus drivers.", "Daily Post", "left", 0.9)
    d = quote("The union says 700 bus drivers walked out.", "Evening Star", "right", 0.8)
    assert not other_counted(Q, c.text, d.text)


def test_a_one_noun_question_keeps_the_figures_of_its_noun():
    q = "How many buses does the city run?"
    assert not other_counted(q, "The city runs 1,200 buses.", "The city runs 1,500 buses.")


def test_an_adjective_before_the_head_is_no_thing_counted():
    q = "How many female drivers joined the strike?"
    assert not other_counted(q, "About 650 female drivers joined.", "Some 700 women drivers walked out.")
    assert not other_counted(q, "About 650 female drivers joined.", "Some 700 drivers, most of them women, walked out.")
    head = asked_head("How many female drivers did the union count?")
    assert head is not None and not counts_modifier("The union counted 700 female staff, it said.", head)  # "staff"
