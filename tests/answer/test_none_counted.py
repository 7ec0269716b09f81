"""A yes/no question answered "none" by one outlet and with a count by another (`none_counted`), also when the
denial ranks far below the best quote. Invented sentences."""

from app.answer.asked import asked
from app.answer.none_counted import counted, none_against_count, zeroed
from app.answer.sides import pick
from tests.answer.test_sides import quote, vectors

Q = "Did civilians die in Tolle during the shelling?"
COUNT = "Four civilians, two of them children, were killed when shells hit houses in Tolle."
NONE = "There were no civilian casualties."


def test_zero_and_count_of_the_asked_noun_disagree_in_either_order():
    terms = asked(Q).terms
    assert none_against_count(Q, terms, COUNT, NONE) and none_against_count(Q, terms, NONE, COUNT)


def test_only_a_yes_no_question():
    q = "How did civilians die in Tolle during the shelling?"
    assert not none_against_count(q, asked(q).terms, COUNT, NONE)


def test_the_noun_must_be_one_the_question_names():
    q = "Did soldiers die in Tolle?"
    assert not none_against_count(q, asked(q).terms, COUNT, NONE)


def test_a_bound_or_a_reported_claim_is_no_zero():
    assert "civilian" not in zeroed("Tolle is no longer civilian ground.")
    assert "civilian" not in zeroed("Four were killed, contradicting the government's claim that no civilians died.")


def test_a_year_a_share_or_a_sum_counts_nothing():
    assert counted("In 2019 civilians fled; 30 percent civilians; $4 civilians") == frozenset()
    assert "civilian" in counted("Four civilians were killed.")


def test_a_quote_with_its_own_zero_on_the_noun_is_no_count():
    q = "Were civilians killed?"
    both = "Four civilians were hurt, but no civilians were killed."
    assert not none_against_count(q, asked(q).terms, both, NONE)


def test_pick_pairs_a_low_ranked_denial_from_another_outlet():
    ranked = [quote(COUNT, "A", "x", 1.0), quote("Shelling hit Tolle overnight.", "A", "x", 0.9),
              quote(NONE, "B", "y", 0.45)]
    picked = pick(asked(Q), Q, ranked, vectors((1, 0.3), (1, 0.2), (1, 0.8)))
    assert picked.contested and picked.about == "denial" and [q.outlet for q in picked.quotes] == ["A", "B"]


def test_pick_leaves_one_outlet_alone_even_with_two_speakers():
    ranked = [quote(COUNT, "A", "x", 1.0, "Ann Reed"), quote(NONE, "A", "y", 0.45, "Bo Lund")]
    assert not pick(asked(Q), Q, ranked, vectors((1, 0.3), (1, 0.8))).contested


def test_pick_wants_the_two_quotes_on_one_topic():
    ranked = [quote(COUNT, "A", "x", 1.0), quote("Shelling hit Tolle overnight.", "A", "x", 0.9),
              quote(NONE, "B", "y", 0.45)]
    assert not pick(asked(Q), Q, ranked, vectors((1, 0), (1, 0.2), (0, 1))).contested


def test_a_noun_the_question_does_not_name_when_both_hold_its_act():
    q = "Were any villagers killed?"
    terms, count = asked(q).terms, "Four civilians were killed in Tolle."
    assert none_against_count(q, terms, count, "Officials said no civilians were killed.")
    assert not none_against_count(q, terms, count, "There were no civilian casualties.")  # no word of the question
