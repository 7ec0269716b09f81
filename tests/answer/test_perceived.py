"""A perception or a realisation is reported by any verb of the kind (app/answer/perceived.py, `verb_forms.PERCEPTION`):
"could see" tells what was seen, "it became clear to him" tells what he realised; a conditional or a future stays a
prospect, and a verb of another kind reports no perception."""

from __future__ import annotations

from app.answer.outcome import mentions, same_event, unreported
from app.answer.perceived import ability_start, made_plain


def test_a_verb_of_perception_reports_another():
    assert mentions("notice", "The clerk saw the manager leave early.") == "reported"
    assert mentions("observe", "She noticed that the lights were off.") == "reported"
    assert mentions("realize", "Only later did he recognize the danger.") == "reported"
    assert same_event("notice", "see") and same_event("see", "discovered")


def test_could_before_a_verb_of_perception_tells_what_was_perceived():
    assert mentions("notice", "“I could see the older clerks getting the raises,” the cashier said.") == "reported"
    assert mentions("see", "We could clearly see the smoke from the bridge.") == "reported"
    q = "What did the cashier notice about the older clerks?"
    assert unreported(q, ["“I could see the older clerks getting the raises,” the cashier said."]) == []


def test_a_conditional_or_future_perception_stays_a_prospect():
    assert mentions("notice", "Inspectors could see the cracks if they looked closely.") == "prospect"
    assert mentions("notice", "Voters will see the new ballots next year.") == "prospect"
    assert ability_start(["she", "could", "win"], 2) == 2  # "could win": no perception, a prospect as before


def test_it_became_clear_to_someone_reports_a_realisation():
    assert mentions("realize", "By noon it became clear to the mayor that the vote was lost.") == "reported"
    assert mentions("notice", "It was increasingly obvious to the staff that the store was short of hands.") \
        == "reported"
    words = "it became clear to him".split()
    assert made_plain("realize", words, 2) and not made_plain("sign", words, 2)
    assert not made_plain("realize", "the rules are clear and fair".split(), 3)


def test_a_verb_of_another_kind_reports_no_perception():
    assert mentions("notice", "The clerk asked the manager to leave early.") is None
    assert mentions("notice", "The trustee filed the papers.") is None
    assert not same_event("nominate", "nominee")
