"""Two nouns for one workforce count one quantity; other counts of people keep their own unit. Invented sentences."""

from app.attribution.figures import conflicting_figures
from app.attribution.workforce import one_count
from app.text.terms import terms

ASKED = frozenset(terms("How many Tarrow bus drivers went on strike?", query=True))


def test_workers_and_employees_are_one_count():
    assert one_count("worker", "employ") and one_count("staffer", "worker") and one_count("job", "job")


def test_other_counts_of_people_are_not_one_count():
    assert not one_count("worker", "voter") and not one_count("employ", "manag") and not one_count("peopl", "worker")


def test_workers_and_employees_of_one_strike_give_conflicting_figures():
    a = "About 1,200 Tarrow Transit workers went on strike Wednesday, the union said."
    b = "Tarrow Transit said 850 employees did not report for work on the day of the strike."
    assert conflicting_figures(a, b, ASKED)


def test_workers_and_passengers_are_two_counts():
    a = "About 1,200 Tarrow Transit workers went on strike Wednesday, the union said."
    b = "Tarrow Transit said 850 passengers were stranded on the day of the strike."
    assert not conflicting_figures(a, b, ASKED)
