"""One article reports both sides: a party's rebuttal that spells out the claim asked about, and another
voice stating that claim, are a disagreement even in one outlet; a rebuttal alone is not."""

from __future__ import annotations

from app.answer.disputed import reported_dispute
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_sides import quote, vectors

Q = "Did the president refuse to meet the prime minister?"
CLAIM = quote("The opposition attacked the president for declining an opportunity to meet the prime minister.",
              "HuffPost", "left", 0.9)
REBUTTAL = quote("He also rejected reports that the president refused his request for a meeting, citing a "
                 "scheduling conflict.", "HuffPost", "left", 0.95, "Prime Minister Bibi")
OFF = quote("The prime minister appeared on a Sunday show to urge a tougher line.", "Fox News", "right", 1.0)


def plain(*quotes):
    return Picked(list(quotes), False)


def test_a_rebuttal_of_the_asked_claim_and_another_voice_stating_it_in_one_outlet_are_two_sides():
    ranked = [OFF, REBUTTAL, CLAIM]
    got = reported_dispute(asked(Q), plain(OFF, REBUTTAL), ranked, vectors((0.2, 1), (1, 0.3), (1, 0.2)))
    assert got.contested and got.about == "rebuttal" and got.quotes == [CLAIM, REBUTTAL] and got.pair == (0, 1)


def test_a_rebuttal_alone_or_of_another_claim_or_in_the_asked_ones_own_words_is_no_dispute():
    v = vectors((0.2, 1), (1, 0.3), (1, 0.2))
    assert not reported_dispute(asked(Q), plain(OFF, REBUTTAL), [OFF, REBUTTAL], v[:2]).contested  # nobody states it
    other = quote("He rejected reports that the talks had collapsed.", "HuffPost", "left", 0.95, "Prime Minister Bibi")
    assert not reported_dispute(asked(Q), plain(OFF, other), [OFF, other, CLAIM], v).contested  # another claim
    said = "What did Bibi say about the president refusing to meet?"
    assert not reported_dispute(asked(said), plain(OFF, REBUTTAL), [OFF, REBUTTAL, CLAIM], v).contested
    far = quote(CLAIM.text, "HuffPost", "left", 0.5)  # states the claim, but far below the best quote
    assert not reported_dispute(asked(Q), plain(OFF, REBUTTAL), [OFF, REBUTTAL, far], v).contested


def test_one_sentence_with_a_claim_and_its_rebuttal_is_contested_on_its_own():
    q = "Did protesters yell epithets at the lawmakers?"
    both = quote("One lawmaker said protesters yelled epithets at him, but activists said the lawmakers were lying.",
                 "HuffPost", "left", 1.0)
    got = reported_dispute(asked(q), plain(both), [both], vectors((1, 0.2)))
    assert got.contested and got.quotes == [both]
    alone = quote("Activists said reports that protesters yelled epithets at the lawmakers were lies.", "HuffPost",
                  "left", 1.0)
    assert not reported_dispute(asked(q), plain(alone), [alone], vectors((1, 0.2))).contested  # no party states it
