"""A "Who <verb>ed …?" question whose answering quotes do not give the doer reads the answering articles for the
sentence telling the act with its doer (a subject, an agent after "by") and a word of what it was done to; none found,
the ranking (and the abstention) stays."""

from __future__ import annotations

from app.answer.gaps import who_act
from app.answer.who_look import head_noun, who_look
from tests.answer.test_named_look import _reader  # an article reader of the left-out passages
from tests.answer.test_qualifiers import article

Q = "Who paid for the Netanyahu ad airing in Florida?"
OPENING = "Israeli Prime Minister Benjamin Netanyahu stars in a new ad set to air in Florida."
OTHER = "The Clintons paid $200,000 for a speech in New York."


def test_the_asked_act_is_the_past_verb_of_a_who_question():
    assert who_act(Q) == ("paid", frozenset({"paid", "pay"}))
    assert who_act("Who said the ad was false?") is None  # a speech verb: worded in many ways
    assert who_act("Which group paid for the ad?") is None


def test_the_object_is_read_for_its_head_noun():
    assert head_noun(Q, "paid") == frozenset({"ad"})
    assert head_noun("Who sponsored the provision making Election Day a federal holiday?", "sponsored") == {"provis"}
    assert head_noun("Who filed the lawsuit against Colorado?", "filed") == frozenset({"lawsuit"})


def test_the_sentence_with_the_acts_doer_opens_the_answer():
    paid = "The ad, paid for by nonprofit group Secure America Now, could have a powerful influence."
    ranked = article(OPENING, "Florida is a toss-up.", "It has 29 votes.", paid)[:1]  # told later, left out
    reader = _reader(OTHER, paid)
    looked = who_look(Q, ranked, 0.12, reader)
    assert looked[0].text.startswith("The ad, paid for by") and looked[0].score == ranked[0].score
    assert looked[1:] == ranked


def test_the_act_without_a_doer_or_of_another_thing_leaves_the_ranking():
    ranked = article(OPENING, "Florida is a toss-up.", "It has 29 votes.", OTHER)[:1]  # "paid" told of another thing
    assert who_look(Q, ranked, 0.12, _reader(OTHER)) == ranked  # paid for another thing
    assert who_look(Q, ranked, 0.12, _reader("The ad was paid for last week.")) == ranked  # no doer
    holiday = "Who sponsored the provision making Election Day a federal holiday?"
    bill = article("The bill would make Election Day a federal holiday.", "Critics spoke.", "Others voted.",
                   "An amendment sponsored by Representative Raul Ruiz would prohibit federal funds.")
    assert who_look(holiday, bill[:1], 0.12, _reader(bill[3].text)) == bill[:1]  # another thing's sponsor
    named = article("Secure America Now paid for the Netanyahu ad airing in Florida.")
    assert who_look(Q, named, 0.12, _reader("The ad, paid for by a group, aired.", score=2.0)) == named  # no look
