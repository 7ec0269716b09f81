"""Two groups one article describes (parts of groups: "some farmers", "some growers"), one telling the asked claim and
the other denying it, disagree on it; one body worded twice, a pronoun, a named speaker, another claim or a pair
another rule already found is no such pair."""

from __future__ import annotations

from app.answer.described import described_look, described_voices
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_sides import quote, vectors

Q = "Have farmers near the river seen more flooding since the dam opened?"
SEEN = quote("For years, some farmers in villages along the river have complained that they have seen more flooding "
             "in their fields since the dam opened.", "Daily", "x", 1.0)
NOT_SEEN = quote("In interviews, some growers near the delta said that they had not seen an increase in flooding since "
                 "the dam opened.", "Daily", "x", 0.9)
CLOSE = vectors((1, 0.3), (1, 0.4))  # one claim told twice (cosine above SAME_CLAIM)


def test_two_described_groups_of_one_article_on_opposite_sides_of_the_claim_disagree():
    got = described_look(asked(Q), Q, Picked([SEEN], False), [SEEN, NOT_SEEN], CLOSE)
    assert got.contested and got.about == "denial" and got.quotes == [SEEN, NOT_SEEN]


def test_one_body_worded_twice_a_pronoun_or_a_named_speaker_is_no_pair_of_groups():
    body = quote("The river authority said that it has seen more flooding since the dam opened.", "Daily", "x", 1.0)
    again = quote("The authority said that it had not seen an increase in flooding since the dam opened.", "Daily",
                  "x", 0.9)
    assert not described_voices(body, again)  # no part of a group: one voice
    they = quote("They said that they had not seen an increase in flooding since the dam opened.", "Daily", "x", 0.9)
    assert not described_voices(SEEN, they)
    named = quote("In interviews, some growers near the delta said that they had not seen an increase in flooding, "
                  "Ann Smith wrote.", "Daily", "x", 0.9, "Ann Smith")
    assert not described_voices(SEEN, named)
    group = quote("Some farmers in villages along the river said that they had not seen an increase in flooding.",
                  "Daily", "x", 0.9)
    again = quote("Some farmers in villages along the river complained that they have seen more flooding.", "Daily",
                  "x", 1.0)
    assert not described_voices(again, group)  # one group, worded alike
    assert described_voices(SEEN, NOT_SEEN)


def test_another_claim_or_a_pair_found_by_another_rule_leaves_the_pick():
    apart = vectors((1, 0), (0, 1))  # the two tell other claims
    assert not described_look(asked(Q), Q, Picked([SEEN], False), [SEEN, NOT_SEEN], apart).contested
    found = Picked([SEEN, NOT_SEEN], True, "figures", (0, 1), (0, 1))
    assert described_look(asked(Q), Q, found, [SEEN, NOT_SEEN], CLOSE) is found
    agreeing = quote("In interviews, some growers near the delta said that they had seen more flooding since the dam "
                     "opened.", "Daily", "x", 0.9)
    assert not described_look(asked(Q), Q, Picked([SEEN], False), [SEEN, agreeing], CLOSE).contested
