"""The claim's look: the other side tells the best quote's claim in words the question does not use, so
its quotes rank low against the question; found with the best quote's text as the query, a quote telling
the same claim that denies it makes the answer contested. What X said, figures and who / when questions
are left to their own rules, and a quote on another claim or from the same outlet disputes nothing."""

from __future__ import annotations

from app.answer.rebuttal import claim_look
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_rebuttal import embed_with
from tests.answer.test_sides import quote

Q = "Do intelligence agencies collect information on millions of citizens?"
BEST = quote("Officials stated that intelligence agencies do not collect information on millions of citizens.", "A", "x", 1.0)
CLAIM = quote("A report revealed how authorities were collecting phone records from millions of citizens.", "B", "y", 0.5)


def look(question, best, found, vectors):
    calls = []

    def claim_quotes(text, stance):
        calls.append((text, stance))
        return found
    picked = claim_look(asked(question), question, Picked([best], False), claim_quotes, embed_with(vectors))
    return picked, calls


def test_the_other_side_telling_the_claim_in_other_words_is_found_with_the_best_quote_as_the_query():
    picked, calls = look(Q, BEST, [CLAIM], {BEST.text: (1, 0.3), CLAIM.text: (1, 0.6)})  # cosine ≈ 0.96
    assert calls == [(BEST.text, "x")]
    assert picked.contested and picked.quotes == [BEST, CLAIM] and picked.about == "denial"


def test_a_quote_on_another_claim_or_from_the_same_outlet_is_no_other_side():
    other = quote("A report revealed how authorities were collecting phone records from millions of citizens.", "A", "x", 0.5)
    assert not look(Q, BEST, [other], {BEST.text: (1, 0.3), other.text: (1, 0.6)})[0].contested
    far = quote("The agencies collect weather data from satellites for millions of farmers.", "B", "y", 0.5)
    assert not look(Q, BEST, [far], {BEST.text: (1, 0), far.text: (0, 1)})[0].contested  # not the same claim
    # on the question's terms but only related to the best quote (cosine 0.5): not the same claim told otherwise
    assert not look(Q, BEST, [CLAIM], {BEST.text: (1, 0), CLAIM.text: (1, 3 ** 0.5)})[0].contested


def test_a_question_asking_for_an_account_what_x_said_or_a_figure_is_left_to_its_own_rules():
    for q in ("What did the officials say about collecting information on millions of citizens?",
              "Did John Brennan say that agencies collect information on millions of citizens?",
              "How many citizens do intelligence agencies collect information on?",
              "Who collects information on millions of citizens?"):
        picked, calls = look(q, BEST, [CLAIM], {BEST.text: (1, 0.3), CLAIM.text: (1, 0.6)})
        assert not picked.contested and not calls, q

