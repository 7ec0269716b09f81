"""Attribution end to end on the seed corpus with the real MiniLM embedder."""

import re

import pytest

pytestmark = pytest.mark.model


def own_voice(answer) -> list[str]:
    return [line for line in answer.answer.splitlines() if not re.search(r"\[\d+\]", line)]


def test_seed_troll_farm_claim_is_contested_with_both_sides_labelled(seed_assistant):
    answer = seed_assistant.ask("Does the MEK run thousands of fake social media accounts from Albania? Just tell me yes or no.")
    assert answer.contested
    assert re.search(r"^Hostile to the MEK — ", answer.answer, re.M)
    assert re.search(r"^The MEK and aligned outlets — ", answer.answer, re.M)
    assert not any(re.search(r"\b(yes|no)\b", line, re.IGNORECASE) for line in own_voice(answer))
    assert seed_assistant.verify(answer) == []


def test_seed_quote_relayed_from_al_jazeera_carries_its_chain(seed_assistant):
    answer = seed_assistant.ask("What did Hassan Heyrani tell The Listening Post about fake accounts?")
    heyrani = [c for c in answer.citations if "several thousand accounts" in c.quote]
    assert heyrani and heyrani[0].outlet == "Rasa News Agency"
    assert heyrani[0].chain == ["Al Jazeera", "Hassan Heyrani"]
    assert "Rasa News Agency, relaying Al Jazeera, quoting Hassan Heyrani" in answer.answer


def test_seed_rebuttal_of_al_jazeera_is_labelled_disputing_not_relaying(seed_assistant):
    """Iran News Update reports Al Jazeera English's claim to reject it ('…, which is not true')."""
    answer = seed_assistant.ask("Did Al Jazeera English claim the MEK had no support in Iran?")
    rebuttal = [c for c in answer.citations if "which is not true" in c.quote]
    assert rebuttal and rebuttal[0].label == "Iran News Update, disputing Al Jazeera"
    assert "Iran News Update, disputing Al Jazeera: “" in answer.answer
    assert "Iran News Update, relaying Al Jazeera" not in answer.answer
    assert seed_assistant.verify(answer) == []


def test_seed_two_outlets_relaying_al_jazeeras_interview_are_one_source(seed_assistant):
    answer = seed_assistant.ask("What did Hassan Shahbaz say about the daily orders he received?")
    relayed = {c.outlet for c in answer.citations if c.chain == ["Al Jazeera", "Hassan Shahbaz"]}
    assert relayed == {"Nejat Society", "Rasa News Agency"}
    assert "both relay Al Jazeera (quoting Hassan Shahbaz)" in answer.answer


def test_seed_perspectives_view_covers_every_outlet(seed_assistant):
    answer = seed_assistant.ask("What did Javad Zarif ask social media sites to do?", view="perspectives")
    assert {p.outlet for p in answer.perspectives} == {s.outlet for s in seed_assistant.sources()}
    assert any(p.addresses and p.outlet == "Iran News Update" for p in answer.perspectives)
    assert seed_assistant.verify(answer) == []


def test_seed_perspectives_view_says_which_outlets_do_not_address_a_narrow_question(seed_assistant):
    answer = seed_assistant.ask("What did Trita Parsi say about Twitter attacks?", view="perspectives")
    views = {p.outlet: p for p in answer.perspectives}
    assert views["Rasa News Agency"].addresses
    assert not views["Mehr News Agency"].addresses and views["Mehr News Agency"].summary == "this outlet does not address it"
