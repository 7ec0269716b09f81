""""re-" before an irregular verb keeps its irregular past ("repay" / "repaid"), so the quote that reports the act
asked about is found by it (app/answer/verb_forms.py, acts.names_act); not where "re-" and the past spell a word of
their own ("resent" is no past of "resend")."""

from __future__ import annotations

from app.answer.acts import names_act
from app.answer.verb_forms import IRREGULAR


def test_a_re_verb_s_irregular_past_names_the_act():
    assert IRREGULAR["repay"] == "repaid" and IRREGULAR["rebuild"] == "rebuilt"
    assert names_act(("repay",), "Hunter and his wife repaid the campaign about $60,000.")
    assert names_act(("rebuild",), "The town rebuilt the bridge within a year.")
    assert not names_act(("repay",), "Hunter and his wife paid for the trip with campaign funds.")


def test_re_and_a_past_that_spell_a_word_of_their_own_are_no_past():
    assert "resend" not in IRREGULAR and "relend" not in IRREGULAR
    assert not names_act(("resend",), "Many residents resent the new toll on the bridge.")
