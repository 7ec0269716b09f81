"""Two quotes on one claim give one measure in other words than the question's: "the overhaul at $3.1 million" (no word
of "fixing … cost") against "the real price would be nearer $7 million". Invented sentences."""

from __future__ import annotations

from app.answer.asked import asked
from app.attribution.figures import conflicting_figures

Q = asked("How much will fixing the ferry dock cost?")
ENGINEERS = "Port engineers estimate the overhaul at $3.1 million, according to a memo from the harbor office."
UNITS = frozenset({"dollar", "barrel"})
RIVAL = 'Commissioner Tess Orr said the real cost of the dock would be "nearer $7 million" once pilings are counted.'


def test_a_measure_told_in_other_words_conflicts_when_the_two_quotes_speak_to_one_claim():
    assert not conflicting_figures(ENGINEERS, RIVAL, Q.terms, Q.predicate, "dollar")
    assert conflicting_figures(ENGINEERS, RIVAL, Q.terms, Q.predicate, "dollar", measures=UNITS)


def test_neither_figure_of_the_thing_asked_conflicts_with_nothing():
    other = "The harbor office spent $7 million on new cranes last year."
    assert not conflicting_figures(ENGINEERS, other, Q.terms, Q.predicate, "dollar", measures=UNITS)


def test_a_bare_count_still_needs_the_asked_words_on_both_sides():
    q = asked("How many ferries sail on a normal day?")
    assert not conflicting_figures("Crews run 40 sailings on weekdays.", "Officials said 12 ferries sail each day.",
                                   q.terms, q.predicate, "", measures=UNITS)


def test_one_measure_of_the_thing_asked_counts_for_both_quotes_on_one_claim():
    from app.answer.agree import other_quantities
    from tests.answer.test_sides import quote
    q = "How much fuel got into the harbor?"
    state = quote("The coast guard estimated that at least 900 barrels of a diesel blend had escaped.", "A", "x", 1.0)
    firm = quote("Orr Shipping said a hull breach at its pier released about 300 barrels into the harbor.", "B", "y",
                 0.9)
    assert other_quantities(asked(q), q, state, firm)
    assert not other_quantities(asked(q), q, state, firm, measures=UNITS)


def test_a_count_told_in_other_words_is_no_measure():
    q = asked("What could the ferry strike cost the port?")
    a = "The strike covers 1.5 million passengers and could cost the port dearly."
    b = "The port faces a strike on behalf of up to 1.6 million passengers."
    assert not conflicting_figures(a, b, q.terms, q.predicate, "dollar", measures=UNITS)
