"""The sentence verifier: what passes as attributed and supported, and each way a sentence fails."""

from __future__ import annotations

import pytest

from app.store.embed import HashEmbedder
from app.synthesis.check import Checker, cited_ids, sentences
from app.synthesis.sources import Source

PLANET = Source(id="1", outlet="Daily Planet", chain=("Mayor Lane",), stance="pro", stance_label="For the plan",
                quote="Engineers estimate the construction will cost 40 million dollars.",
                names=("Daily Planet", "Planet", "Mayor Lane"), label="Daily Planet, quoting Mayor Lane",
                line="Daily Planet: \u201cEngineers estimate the construction will cost 40 million dollars.\u201d [1]")
GAZETTE = Source(id="2", outlet="Gotham Gazette", chain=(), stance="anti", stance_label="Against the plan",
                 quote="The real cost of the bridge will exceed 90 million dollars, according to an independent audit.",
                 names=("Gotham Gazette", "Gazette"), label="Gotham Gazette",
                 line="Gotham Gazette: \u201cThe real cost of the bridge will exceed 90 million dollars.\u201d [2]")


@pytest.fixture
def checker() -> Checker:
    return Checker([PLANET, GAZETTE], HashEmbedder(256).embed, outlets=["Daily Planet", "Gotham Gazette", "Metro Times"])


def test_attributed_supported_sentence_is_verified(checker):
    v = checker.check("According to the Daily Planet, engineers estimate the construction will cost 40 million dollars [1].")
    assert v.verified, v.why
    assert v.cited == ("1",)


def test_neutral_framing_without_citation_is_verified(checker):
    assert checker.check("The outlets disagree on this.").verified


def test_contested_claim_in_own_voice_fails(checker):
    v = checker.check("The bridge will cost 90 million dollars.")
    assert not v.verified
    assert "number" in v.why or "own voice" in v.why


def test_uncited_claim_without_numbers_is_own_voice(checker):
    v = checker.check("The bridge plan is a scam.")
    assert not v.verified and "own voice" in v.why


def test_cited_claim_that_names_no_outlet_is_own_voice(checker):
    v = checker.check("The real cost of the bridge will exceed 90 million dollars [2].")
    assert not v.verified and "own voice" in v.why and "Gotham Gazette" in v.why


def test_invented_quote_fails(checker):
    v = checker.check("The Gotham Gazette says the bridge is \u201ca waste of public money\u201d [2].")
    assert not v.verified and "quotes words" in v.why


def test_verbatim_quote_passes(checker):
    v = checker.check("The Gotham Gazette writes that \u201cthe real cost of the bridge will exceed 90 million dollars\u201d [2].")
    assert v.verified, v.why


def test_wrong_outlet_fails(checker):
    v = checker.check("According to the Daily Planet, the real cost of the bridge will exceed 90 million dollars [2].")
    assert not v.verified and "names Daily Planet" in v.why


def test_outlet_outside_the_cited_quotes_fails(checker):
    v = checker.check("According to Metro Times, engineers estimate the construction will cost 40 million dollars [1].")
    assert not v.verified and "Metro Times" in v.why


def test_changed_number_fails(checker):
    v = checker.check("According to the Daily Planet, engineers estimate the construction will cost 60 million dollars [1].")
    assert not v.verified and "60" in v.why


def test_unknown_citation_id_fails(checker):
    v = checker.check("According to the Daily Planet, engineers estimate the cost [7].")
    assert not v.verified and "[7]" in v.why


def test_attributed_but_unsupported_claim_fails(checker):
    v = checker.check("According to the Daily Planet, residents oppose the mayor and protest downtown [1].")
    assert not v.verified and "not supported" in v.why


def test_outlet_named_without_attribution_fails(checker):
    v = checker.check("Daily Planet engineers estimate the construction will cost 40 million dollars [1].")
    assert not v.verified and "does not attribute" in v.why


def test_chain_name_attributes_the_quote(checker):
    v = checker.check("Mayor Lane said engineers estimate the construction will cost 40 million dollars [1].")
    assert v.verified, v.why


def test_repeated_sentence_fails(checker):
    text = "According to the Daily Planet, engineers estimate the construction will cost 40 million dollars [1]."
    first, again = checker.check(text), checker.check(text)
    assert first.verified and not again.verified and "repeats" in again.why


def test_citation_after_full_stop_belongs_to_its_sentence():
    assert sentences("Gotham Gazette says it is a scam. [2] The outlets disagree.") == [
        "Gotham Gazette says it is a scam. [2]", "The outlets disagree."]


def test_quoted_sentences_are_not_split():
    text = "The Gazette said \u201cIt is a scam. Nobody wants it.\u201d [2] The outlets disagree."
    assert sentences(text)[0].endswith("[2]")
    assert len(sentences(text)) == 2


def test_cited_ids_reads_lists_and_runs():
    assert cited_ids("a [1, 3] b [2][3]") == ["1", "3", "2"]


def test_citation_that_starts_a_line_belongs_to_the_sentence_after():
    assert sentences("The outlets disagree.\n[2] Gotham Gazette says it is a scam.") == [
        "The outlets disagree.", "[2] Gotham Gazette says it is a scam."]


def test_a_bracketed_word_is_not_a_citation_boundary():
    assert sentences("Gazette quotes [Donald] Trump on the bridge [2].") == ["Gazette quotes [Donald] Trump on the bridge [2]."]


def test_a_person_the_cited_quote_mentions_may_be_named_but_does_not_attribute():
    mayor = Source(id="3", outlet="Metro Times", chain=(), stance=None, stance_label=None,
                   quote="Mayor Lane and the council approved the bridge.", names=("Metro Times",), label="Metro Times",
                   line="Metro Times: \u201cMayor Lane and the council approved the bridge.\u201d [3]")
    checker = Checker([PLANET, mayor], HashEmbedder(256).embed)
    assert checker.check("According to Metro Times, Mayor Lane and the council approved the bridge [3].").verified
    v = checker.check("Mayor Lane said the council approved the bridge [3].")
    assert not v.verified and "own voice" in v.why
