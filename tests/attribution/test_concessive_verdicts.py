"""A concessive clause grants its matter: a verdict word inside it is not the sentence's verdict (`verdicts`)."""

import pytest

from app.attribution.verdicts import claimed_text, verdict_words


@pytest.mark.parametrize("granting", [
    "While gambling remains illegal under state law, several towns have opened card rooms.",
    "Although the games are illegal, the towns have opened card rooms.",
    "Towns have opened card rooms, even though the state calls them illegal.",
    "The mayor said that, while the games are illegal, towns have opened card rooms.",
])
def test_verdict_in_a_concessive_clause_makes_no_side(granting):
    assert verdict_words(granting, "The towns have legalized card rooms.") is None


def test_verdict_outside_the_concessive_clause_still_counts():
    assert verdict_words("Card rooms remain illegal under state law.", "The towns have legalized card rooms.") \
        == ("illegal", "legal")


def test_trailing_while_contrasts_two_claims_and_is_kept():
    text = "The mayor called the games legal, while the state called them illegal."
    assert claimed_text(text) == text
