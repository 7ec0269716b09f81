"""Own voice: a forbidden phrase counts only when asserted outside quotes with no outlet named."""

from __future__ import annotations

import pytest

from app.evaluation.ownvoice import outside_quotes, own_voice_violations, sentence_spans


def test_outside_quotes_blanks_quoted_text_and_keeps_offsets():
    text = 'A said \u201cB \u201cC\u201d D\u201d and "E". F'
    masked = outside_quotes(text)
    assert len(masked) == len(text)
    assert masked.split() == ["A", "said", "and", ".", "F"]


def test_sentences_are_never_split_inside_quotes():
    masked = outside_quotes("One says \u201cx. Y. z\u201d here. Two.")
    assert len(sentence_spans(masked)) == 2


def test_own_voice_flags_a_phrase_asserted_outside_quotes_without_an_outlet():
    sources = ["Daily Critic", "Critic", "Group Site", "GS"]
    text = "The group is a terrorist organization. Others disagree."
    assert len(own_voice_violations(text, ["is a terrorist organization"], sources)) == 1


@pytest.mark.parametrize("text", [
    "- Daily Critic: \u201cThe group is a terrorist organization\u201d [1]",
    'Daily Critic wrote: "the group is a terrorist organization."',
    "According to Daily Critic, the group is a terrorist organization.",
    "\u201cWe said \u201cthe group is a terrorist organization\u201d often\u201d, one member recalls.",
])
def test_own_voice_accepts_quoted_or_attributed_phrases(text):
    assert own_voice_violations(text, ["is a terrorist organization"], ["Daily Critic"]) == []


def test_own_voice_does_not_count_an_outlet_named_inside_the_phrase_as_attribution():
    text = "GS is a terrorist group."
    assert own_voice_violations(text, ["GS is a terrorist group"], ["GS"]) != []


def test_own_voice_attribution_must_be_in_the_same_sentence():
    text = "Daily Critic reports on the camp. The group is a terrorist organization."
    assert own_voice_violations(text, ["is a terrorist organization"], ["Daily Critic"]) != []


def test_a_quote_left_open_only_covers_its_own_line():
    text = "- Daily Critic: \u201cunfinished quote\nThe group is a terrorist organization."
    assert own_voice_violations(text, ["is a terrorist organization"], ["Daily Critic"]) != []


def test_a_cited_quote_with_an_unbalanced_inner_mark_stays_one_quote():
    quote = "he said: \u201cthe group is a terrorist organization"  # the source closes it later
    text = f"- Daily Critic: \u201c{quote}\u201d [1]\nThe camp is large."
    assert own_voice_violations(text, ["camp is large"], ["Daily Critic"], [quote]) != []
    assert own_voice_violations(text, ["is a terrorist organization"], ["Daily Critic"], [quote]) == []


@pytest.mark.parametrize("text", ["The regime’s claims are lies.", "The regime's claims are lies."])
@pytest.mark.parametrize("phrase", ["regime's claims are lies", "regime’s claims are lies"])
def test_own_voice_finds_a_phrase_with_an_apostrophe_whichever_way_either_is_written(text, phrase):
    assert len(own_voice_violations(text, [phrase], ["Daily Critic"])) == 1
