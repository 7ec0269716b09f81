"""The second look at the other stance groups: a disagreement below the first window is found when
it speaks to the best quote's claim and answers nearly as well; a far one only by a precise rule."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.answer.rebuttal import other_sides_look, second_look
from app.answer.select import asked
from app.answer.sides import Picked
from app.attribution.links import RELAYS, Link
from tests.answer.test_sides import quote

Q = "Does the group run fake accounts from its camp?"
BEST = quote("Former members said the group runs thousands of fake accounts from its camp.", "Daily Post", "x", 1.0)


def embed_with(vectors: dict[str, tuple[float, float]]):
    def embed(texts):
        rows = np.array([vectors[t] for t in texts], dtype=np.float32)
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)
    return embed


def test_a_rebuttal_of_the_best_quote_from_the_other_side_makes_the_answer_contested():
    rebuttal = quote("These claims about fake accounts are propaganda to divert attention.", "B", "y", 0.85)
    embed = embed_with({BEST.text: (1, 0.2), rebuttal.text: (1, 0.9)})  # cosine ≈ 0.79
    picked = second_look(asked(Q), Q, Picked([BEST], False), [rebuttal], embed)
    assert picked.contested and picked.about == "rebuttal" and picked.quotes == [BEST, rebuttal]


def test_a_rebuttal_far_below_the_best_quote_counts_only_when_it_names_the_source():
    far = quote("These claims about fake accounts are propaganda to divert attention.", "B", "y", 0.7)
    embed = embed_with({BEST.text: (1, 0.2), far.text: (1, 0.9)})
    assert not second_look(asked(Q), Q, Picked([BEST], False), [far], embed).contested
    named = quote("The claims the Daily Post published are propaganda.", "B", "y", 0.7)
    embed = embed_with({BEST.text: (1, 0.2), named.text: (1, 0.9)})
    assert second_look(asked(Q), Q, Picked([BEST], False), [named], embed).contested


def test_the_same_outlet_or_an_unrelated_quote_is_no_disagreement():
    own = quote("These claims about fake accounts are propaganda.", "Daily Post", "y", 0.9)
    unrelated = quote("The weather in the capital was mild, which is not true of the camp.", "C", "y", 0.9)
    embed = embed_with({BEST.text: (1, 0), own.text: (1, 0.1), unrelated.text: (0, 1)})
    assert not second_look(asked(Q), Q, Picked([BEST], False), [own, unrelated], embed).contested



def test_a_rebuttal_of_another_claim_by_the_same_source_does_not_dispute_the_one_asked():
    """"X claimed that P, which is not true" disputes P: named far below the best quote, it counts
    only when P holds a word of what the question asks."""
    base = quote("Former members said the group runs thousands of fake accounts from its camp.", "Other", "x", 1.0)
    best = replace(base, links=(Link("Daily Post", RELAYS),))  # the best quote relays the Daily Post
    other_claim = quote("The Daily Post claimed that the movement had no supporters at home, which is not true.", "B", "y", 0.7)
    this_claim = quote("The Daily Post claimed that the group runs fake accounts, which is not true.", "B", "y", 0.7)
    for r, contested in ((other_claim, False), (this_claim, True)):
        embed = embed_with({best.text: (1, 0.2), r.text: (1, 0.9)})
        assert second_look(asked(Q), Q, Picked([best], False), [r], embed).contested is contested, r.text


def test_a_close_rebuttal_of_another_claim_is_no_dispute_of_what_was_asked():
    """A rebuttal nearly as good as the best quote and similar to it still disputes only the claim it
    spells out: "disputed claims of racism" does not dispute what the resolution asks."""
    q = "What does the resolution ask the movement to do?"
    best = quote("The resolution calls on the movement to repudiate racist elements.", "A", "x", 1.0)
    r = quote("Organizers of the rallies disputed claims of racism and later called for the resolution to be withdrawn.", "B", "y", 0.95)
    embed = embed_with({best.text: (1, 0.2), r.text: (1, 0.5)})  # cosine ≈ 0.95
    assert not second_look(asked(q), q, Picked([best], False), [r], embed).contested
    r2 = quote("Movement organizers disputed claims that the resolution asks them to leave.", "B", "y", 0.95)
    embed = embed_with({best.text: (1, 0.2), r2.text: (1, 0.5)})
    assert second_look(asked(q), q, Picked([best], False), [r2], embed).contested


def test_the_other_sides_look_checks_a_close_quote_of_another_group_against_the_passages_it_missed():
    """The best quote (group x) and a close quote of group y agree; a rebuttal of y's claim from
    group x, in a passage the first retrieval missed, makes the answer contested, best quote first.
    A quote of group y far below the best one is no anchor."""
    q = "Who runs the social media campaign?"
    best = quote("Officials are concerned about the social media campaign the group launched.", "A", "x", 1.0)
    anchor = quote("A newspaper revealed the group's secretive social media campaign.", "C", "y", 0.95)
    rebuttal = quote("These claims about a social media campaign were designed to divert attention.", "B", "x", 0.9)
    embed = embed_with({anchor.text: (1, 0.2), rebuttal.text: (1, 0.5), best.text: (0, 1)})  # cosine ≈ 0.95
    asked_for = []

    def others_of(stance):
        asked_for.append(stance)
        return [rebuttal]
    picked = other_sides_look(asked(q), q, Picked([best], False), [best, anchor], others_of, embed)
    assert asked_for == ["y"] and picked.contested and picked.about == "rebuttal"
    assert picked.quotes == [best, rebuttal, anchor] and picked.sides == (0, 0, 1) and picked.pair == (1, 2)
    far = quote(anchor.text, "C", "y", 0.8)
    assert not other_sides_look(asked(q), q, Picked([best], False), [best, far], others_of, embed).contested
