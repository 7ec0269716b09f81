"""Figures in English words are read as figures; ranks, bills, clauses and dates written with a number are not;
a rate answers only a question asking for that rate; a money question's answer figure is a sum of money."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.signals import figure_answers
from app.attribution import figures as fg
from app.attribution.number_words import word_value
from app.text.terms import terms


def read(text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in fg.figures(text)]


def test_number_words_are_figures_with_what_they_count():
    assert read("with two trophies allowed per import") == [(2.0, "trophi")]
    assert read("One-hundred candidates signed a letter") == [(100.0, "candid")]
    assert read("a dozen states sued") == [(12.0, "stat")]
    assert read("twenty-five percent of voters") == [(25.0, "percent")]
    assert read("three million dollars") == [(3e6, "dollar")]
    assert read("two hundred and five votes") == [(205.0, "vot")]


def test_word_values_add_tens_and_units_and_multiply_by_hundred_and_dozen():
    assert word_value("twenty-five") == 25 and word_value("One-hundred") == 100
    assert word_value("two dozen") == 24 and word_value("a hundred") == 100


def test_a_lone_one_or_a_is_no_figure_but_a_hundred_is():
    assert read("one of the best") == [] and read("no one came") == []
    assert read("a hundred thousand people") == [(1e5, "peopl")]
    assert read("hundreds of people") == [(200.0, "peopl")]  # a lower bound (`MANY`)


def test_ranks_bills_clauses_and_dates_are_not_figures():
    for text in ("the No. 1 priority for them", "the party's No. 2 Democrat", "the House passed H.R. 1 on Friday",
                 "under Article 2 of the charter", "voters approved Amendment 64 in 2012", "he filed on Oct. 19"):
        assert fg.figures(text) == (), text


def test_a_figure_after_a_name_with_a_comma_or_a_unit_or_first_in_a_sentence_is_a_quantity():
    assert read("Clinton 48 percent, Trump 44") == [(48.0, "percent")]
    assert read("Mr. Hunter, 41, said") == [(41.0, "")]
    assert [f.value for f in fg.figures("It passed. About 40 people came")] == [40.0]


def test_a_rate_answers_only_a_question_asking_for_that_rate():
    text = "It would issue permits, with two trophies allowed per import."
    assert fg.figures(text)[0].per == "import"
    assert figure_answers(asked("How many trophies could a hunter bring in with each import?"), text)
    assert not figure_answers(asked("How many trophies have been imported since the ban was lifted?"), text)
    assert not figure_answers(asked("How many trophies do hunters bring in each year?"), text)
    assert fg.figures("two hunters came a year ago")[0].per == ""


def test_a_number_in_words_counts_only_what_its_unit_says():
    ask = asked("How many elephants do hunters kill each year?")
    assert not figure_answers(ask, "hunters may import elephants killed in two African countries")
    assert figure_answers(ask, "hunters kill 500 elephants in the country")


def test_a_money_questions_answer_figure_is_a_sum_of_money():
    q = frozenset(terms("How much is Secure America Now spending on the ad?", query=True))
    nyt = "Secure America Now is run by two longtime strategists. They have bought $500,000 of airtime."
    fox = "The ad is costing Secure America $1 million."
    assert fg.answer_figure(nyt, q).value == 2.0
    assert fg.answer_figure(nyt, q, unit="dollar").value == 500_000
    assert fg.conflicting_figures(fox, nyt, q, unit="dollar")
