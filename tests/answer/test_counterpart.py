"""The other side's counterpart of a yes/no claim (app/answer/counterpart.py): one outlet negates the asked word as its
negation's head, another asserts it; a negation of another word, a request ("not to sign"), a quote that names other
asked words, the same side, or a what / said question make no pair."""

from __future__ import annotations

from app.answer.counterpart import counterpart, negates_head
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_rebuttal import embed_with
from tests.answer.test_sides import quote

Q = "Did the inspector get to see the permit?"
BEST = quote("The builder said the inspector had visited the site for two hours without a permit on hand.", "A", "x", 0.63)
OTHER = quote("The city said the inspector was given access to the permit and to the site plans.", "B", "y", 0.45)
CLOSE = {BEST.text: (1, 0.5), OTHER.text: (1, 0.9)}  # cosine ≈ 0.95


def look(question, best, others, vectors):
    return counterpart(asked(question), question, Picked([best], False), [best, *others], embed_with(vectors))


def test_the_asked_word_negated_by_one_side_and_asserted_by_the_other_is_contested():
    picked = look(Q, BEST, [OTHER], CLOSE)
    assert picked.contested and picked.quotes == [BEST, OTHER] and picked.about == "denial"


def test_a_negation_whose_head_is_another_word_is_no_counterpart():
    assert negates_head("She was questioned without a lawyer present.", "lawyer")
    assert not negates_head("None have been overturned because of federal law.", "law")
    best = quote("The builder said the inspector had not arrived before the permit was posted on the gate.", "A", "x",
                 0.63)
    assert not look(Q, best, [OTHER], {best.text: (1, 0.5), OTHER.text: (1, 0.9)}).contested


def test_a_negated_infinitive_is_a_request_not_a_denial():
    assert not negates_head("The union asked the president not to sign the act.", "sign")


def test_a_hyphenated_compound_is_no_negation():
    assert not negates_head("A pilot said the flight was unsafe because the no-fly rule still held.", "fli")
    assert negates_head("A pilot said the plane did not fly that day.", "fli")  # stems


def test_a_quote_naming_other_asked_words_or_of_the_same_side_or_far_from_the_claim_is_no_counterpart():
    said = quote("The inspector said he could see no permit on the gate that day.", "B", "y", 0.45)
    asserting = quote("The builder said the permit was posted on the gate in March.", "A", "x", 0.63)
    assert not look(Q, asserting, [said], {asserting.text: (1, 0.5), said.text: (1, 0.9)}).contested  # names "see"
    same = quote(OTHER.text, "B", "x", 0.45)
    assert not look(Q, BEST, [same], {BEST.text: (1, 0.5), same.text: (1, 0.9)}).contested
    assert not look(Q, BEST, [OTHER], {BEST.text: (1, 0), OTHER.text: (0, 1)}).contested  # cosine 0
    low = quote(OTHER.text, "B", "y", 0.30)  # far below the best quote (CONTEST_POOL)
    assert not look(Q, BEST, [low], {BEST.text: (1, 0.5), low.text: (1, 0.9)}).contested


def test_what_someone_said_is_left_to_the_rebuttal_rules():
    q = "Did the builder say the inspector got to see the permit?"
    assert not look(q, BEST, [OTHER], CLOSE).contested


def test_a_denial_in_other_words_than_the_asked_act_is_a_counterpart_unless_the_question_names_the_doers_act():
    q = "Did the minister attend the meeting?"
    best = quote("The minister attended the closed-door meeting, two aides said.", "A", "x", 0.7)
    never = quote("According to the ministry, she was never at the meeting.", "B", "y", 0.6)
    assert look(q, best, [never], {best.text: (1, 0.5), never.text: (1, 0.9)}).contested
    q = "Did Joe Sestak accept the job offer?"  # the act asked: "accept"; a denial of the offer is another claim
    best = quote("Sestak brought the issue up when he alluded to a job offer early in his primary run.", "A", "x", 0.8)
    other = quote("The White House did not offer Mr. Sestak a full-time paid position because it wanted him to stay "
                  "in the House, so he considered unpaid advisory board options.", "B", "y", 0.7)
    assert not look(q, best, [other], {best.text: (1, 0.5), other.text: (1, 0.9)}).contested
