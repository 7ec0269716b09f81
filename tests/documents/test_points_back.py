"""A sentence opens by pointing back when a demonstrative (not one of time) or "The" and a noun of something said or
done (with no words of its own after it) stand for what the sentence before names."""

import pytest

from app.text.points_back import points_back


@pytest.mark.parametrize("text", [
    "The remark was widely seized upon by Republicans who argued she was out of touch.",
    "The comment comes less than 48 hours after it was first announced …",
    "The change marks a shift in efforts to stop the importation of elephant tusks.",
    "Those firms have denied they give the government a “back door” to their systems.",
    "That campaign started Wednesday and runs through Nov. 5.",
    "That did not satisfy Justice Scalia.",
    "Such a plan would cost $1 billion.",
])
def test_an_opener_that_stands_for_the_sentence_before_points_back(text):
    assert points_back(text)


@pytest.mark.parametrize("text", [
    "The decision to lift the ban drew criticism.",  # the noun's own words follow: "to lift the ban"
    "The decision regarding elephants was made public not by the federal agency.",
    "The comment, which he posted on Friday, drew criticism.",
    "This week the House votes on the bill.",  # a demonstrative of time
    "That night, the senator spoke.",
    "“This is a felony,” said Rep. Darrell Issa.",  # someone's words: their "this"
    "The lawsuit says Colorado marijuana flows into neighboring states.",  # the story's subject, not a remark
    "The vote broke down on party lines.",
    "Mr. Sestak said no.",
])
def test_a_sentence_that_names_its_own_subject_does_not(text):
    assert not points_back(text)
