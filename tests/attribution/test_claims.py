"""Claims: grouping quotes by what they assert, contested groups, repeated original sources."""

import numpy as np

from app.attribution.claims import Voice, conflicting_numbers, group_claims, rejects, repetitions


def unit(*rows):
    v = np.array(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_quotes_from_opposing_stances_on_one_claim_are_one_contested_group():
    voices = [Voice("The group runs thousands of fake accounts.", "Planet", "pro"),
              Voice("The group does run many fake accounts online.", "Gazette", "anti")]
    claims = group_claims(voices, unit([1, 0.1], [1, 0.2]))
    assert [c.members for c in claims] == [(0, 1)]
    assert claims[0].contested and set(claims[0].stances) == {"pro", "anti"}


def test_different_claims_are_not_contested_even_when_both_stances_are_quoted():
    voices = [Voice("The bridge opened on Monday.", "Planet", "pro"),
              Voice("Residents near the river dislike the noise.", "Gazette", "anti")]
    claims = group_claims(voices, unit([1, 0], [0, 1]))
    assert len(claims) == 2 and not any(c.contested for c in claims)


def test_rebuttal_naming_the_other_quotes_source_joins_its_claim_and_contests_it():
    voices = [Voice("Former members described a troll farm.", "Rasa", "hostile", ("Al Jazeera",)),
              Voice("The smear campaign by Al-Jazeera English was ordered by the regime.", "INU", "aligned")]
    claims = group_claims(voices, unit([1, 0], [0, 1]))
    assert len(claims) == 1 and claims[0].contested


def test_rejection_word_about_something_else_does_not_contest_an_unrelated_quote():
    voices = [Voice("They spread lies against the republic.", "Nejat", "hostile"),
              Voice("Officials fear the popularity of the posts.", "PMOI", "aligned")]
    claims = group_claims(voices, unit([1, 0], [0.2, 1]))
    assert not any(c.contested for c in claims)


def test_outlet_rejecting_a_named_outlet_of_its_own_stance_is_still_contested():
    voices = [Voice("The mayor took a bribe.", "Daily Planet", "pro"),
              Voice("The Daily Planet story about a bribe is false.", "Courier", "pro")]
    claims = group_claims(voices, unit([1, 0], [0, 1]))
    assert len(claims) == 1 and claims[0].contested


def test_different_numbers_for_the_same_quantity_contradict_each_other():
    assert conflicting_numbers("It will cost 40 million dollars.", "The cost will exceed 90 million dollars.")
    assert not conflicting_numbers("It moved in 1986 to Iraq.", "It was founded in 1965 by students.")
    voices = [Voice("It will cost 40 million dollars.", "Planet", "pro"), Voice("It costs 90 million dollars.", "Gazette", "anti")]
    assert group_claims(voices, unit([1, 0], [0, 1]))[0].contested


def test_rejection_cues_are_words_not_substrings():
    assert rejects("a regime smear campaign") and rejects("which is not true") and rejects("he denies it")
    assert not rejects("the claimant list was published") and not rejects("policies were debated")


def test_two_outlets_relaying_one_original_source_are_a_repetition():
    voices = [Voice("We received daily orders.", "Nejat Society", "hostile", ("Al Jazeera", "Hassan Shahbaz")),
              Voice("Our orders told us the hashtags.", "Rasa News Agency", "hostile", ("Al Jazeera", "Hassan Shahbaz")),
              Voice("The group is banned.", "Mehr News Agency", "hostile")]
    [rep] = repetitions(voices)
    assert rep.origin == "Al Jazeera" and rep.via == ("Hassan Shahbaz",)
    assert rep.outlets == ("Nejat Society", "Rasa News Agency")


def test_one_outlet_quoting_a_source_twice_is_not_a_repetition():
    voices = [Voice("a", "Rasa", None, ("Al Jazeera",)), Voice("b", "Rasa", None, ("Al Jazeera", "Hassan Heyrani"))]
    assert repetitions(voices) == []
