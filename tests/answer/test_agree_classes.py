"""Classes of false "the sources disagree" flags (issue 14, contested precision; helper cprec, dev-agree2): a "when"
clause in a question that asks something else, a plural "which <noun>" question, an accused act named by a
rebuttal word in a why / how question, a question whether someone disputed, a sum of money flowing the other way, a
negation of a qualifier the question does not name, a rebuttal that agrees with the speaker it names.
Each test also keeps the real disagreement the rule must not lose."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_sides import quote, vectors

CLOSE = vectors((1, 0.1), (1, 0.2))  # the same claim by similarity


def test_a_when_clause_in_a_question_asking_something_else_asks_no_day():
    sunday = quote("The judge called the mayor a faker in an interview published Sunday.", "A", "x", 1.0)
    tuesday = quote("The mayor on Tuesday assailed the judge for her remarks about him.", "B", "y", 0.95)
    q = "What did the judge call the mayor when she spoke to reporters?"
    assert not pick(asked(q), q, [sunday, tuesday], CLOSE).contested
    when = "When did the judge call the mayor a faker?"
    assert pick(asked(when), when, [sunday, tuesday], CLOSE).about == "days"


def test_a_plural_which_noun_asks_who_did_it_not_a_verdict():
    q = "Which states sued the city over its legal gambling?"
    one = asked("Which state sued the city over its legal gambling?")
    assert asked(q).identity and one.identity
    assert asked("Which cities will see the ads?").identity and not asked("What ads will the cities see?").identity
    assert asked("Which ads will the cities see?").identity  # "which <any noun>" picks one out (cprec17)


def test_an_accused_act_told_with_a_rebuttal_word_answers_a_how_question_about_its_doers():
    hid = quote("Prosecutors said Smith and his wife “mischaracterized” the purchases in filings to hide the spending.",
                "A", "x", 1.0)
    charged = quote("Mr. Smith and his wife are charged with converting campaign funds and filing false records.",
                    "B", "y", 0.95)
    q = "How did the Smiths disguise their bills in campaign filings?"
    assert asked(q).agent == frozenset({"smith"})
    assert not pick(asked(q), q, [hid, charged], CLOSE).contested
    other = "How did the campaign account for the purchases in its filings?"  # no doer named: the cue still counts
    assert pick(asked(other), other, [hid, charged], CLOSE).about == "rebuttal"


def test_whether_someone_disputed_a_charge_is_answered_by_each_report_of_the_denial():
    disputed = quote("Harbor Club organizers disputed claims of racism and called on the group to withdraw its "
                     "resolution.", "A", "x", 1.0)
    defended = quote("Harbor Club organizers routinely defend themselves against claims of racism, disavowing signs in "
                     "their crowds.", "B", "y", 0.95)
    q = "Did the Harbor Club organizers dispute the claims of racism?"
    assert not pick(asked(q), q, [disputed, defended], CLOSE).contested
    whether = "Did the Harbor Club organizers face claims of racism?"
    assert pick(asked(whether), whether, [disputed, defended], CLOSE).contested


def test_sums_earned_are_no_disagreement_on_a_sum_paid():
    a = quote("The returns show the Clintons earned $139 million in income from 2007 to 2014.", "A", "x", 1.0)
    b = quote("According to the returns, the Clintons earned $140,937,785 over the eight year span.", "B", "y", 0.95)
    q = "How much federal tax did the Clintons pay from 2007 to 2014?"
    assert not pick(asked(q), q, [a, b], CLOSE).contested
    earn = "How much income did the Clintons earn?"
    assert pick(asked(earn), earn, [a, b], CLOSE).about == "figures"
    paid = quote("The returns show the Clintons paid $43 million in federal taxes from 2007 to 2014.", "A", "x", 1.0)
    other = quote("The Clintons paid $30 million in federal taxes from 2007 to 2014, a rival said.", "B", "y", 0.95)
    assert pick(asked(q), q, [paid, other], CLOSE).about == "figures"


def test_a_negation_denies_only_its_unasked_qualifier_even_when_the_question_names_another():
    uncompensated = quote("He was offered a prominent but uncompensated, advisory position on a board.", "A", "x", 1.0)
    not_paid = quote("The White House did not offer him a full-time paid position on the board.", "B", "y", 0.95)
    q = "Was the advisory position offered to him a paid one?"
    assert not pick(asked(q), q, [uncompensated, not_paid], CLOSE).contested
    full_time = quote("He was offered a full-time paid position on the board.", "A", "x", 1.0)  # states the qualifier
    assert pick(asked(q), q, [full_time, not_paid], CLOSE).contested


def test_a_rebuttal_that_agrees_with_the_speaker_is_not_aimed_at_the_speaker():
    own = quote("“Because neighbouring states expressed concern, we are not entirely surprised by this action,” he said.",
                "A", "x", 1.0, "John Smith")
    agrees = quote("The growers' group agrees with Smith's opinion that the suit is “without merit.”", "B", "y", 0.95,
                   "Mary Jones")
    q = "What did the attorney general John Smith say about the lawsuit?"
    assert not pick(asked(q), q, [own, agrees], CLOSE).contested
    rejects = quote("The growers' group said Smith's account of the suit is “without merit.”", "B", "y", 0.95,
                    "Mary Jones")
    assert pick(asked(q), q, [own, rejects], CLOSE).contested
