"""What was paid to someone is what they earned: a passive "was paid" reports "earn", "receive", "make"."""

from __future__ import annotations

from app.answer.acts import names_act
from app.answer.answer_type import figure_given
from app.answer.asked import asked
from app.answer.outcome import mentions

PAID_TO = "She gave three speeches to the bank in 2013 and was paid a total of $675,000 for them."
PAID_BY = "She gave three speeches in 2013 and paid a total of $675,000 to the bank for them."


def test_a_passive_paid_reports_what_the_payee_earned_received_or_made():
    assert mentions("earn", PAID_TO) == "reported"
    assert mentions("receive", "The lawyers had been paid $2 million.") == "reported"
    assert mentions("make", "He is paid $90,000 a year.") == "reported"


def test_an_active_paid_is_the_payers_act_not_the_payees():
    assert mentions("earn", PAID_BY) is None
    assert mentions("spend", "She was paid $675,000.") is None  # what was paid to her is no spending of hers


def test_the_act_a_how_much_question_asks_after_is_named_by_a_passive_paid():
    assert names_act(("earn",), PAID_TO)
    assert not names_act(("earn",), PAID_BY)
    assert not names_act(("cost",), PAID_TO)


def test_how_much_someone_earned_is_given_by_the_sum_paid_to_them():
    question = "How much did Hillary Clinton earn from her speeches to the bank?"
    assert figure_given(asked(question), question, [PAID_TO])
    assert not figure_given(asked(question), question, [PAID_BY])


def test_only_a_payees_act_reads_each_word_for_a_passive_paid(monkeypatch):
    """An act no "was paid" tells ("announce") is found by its stems alone: no word is tested for `paid_to`."""
    from app.answer import acts

    def refuse(*_args):
        raise AssertionError("paid_to tested for an act no payment tells")
    assert names_act(("announce",), "The fee was paid, the firm announced on Monday.")
    monkeypatch.setattr(acts, "paid_to", refuse)
    assert names_act(("announce",), "The fee was paid, the firm announced on Monday.")
    assert not names_act(("announce",), PAID_TO)
