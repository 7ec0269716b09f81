"""What is NOT a disagreement (issue 14 point 1, questions asked by hand): a rebuttal of an act's merits
does not dispute who, where or when it happened; an outlet's own quotes are one account, so a negation
in one of them bears on something else when another of them asserts the claim."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_sides import quote, vectors

SUED = quote("The lawsuit was brought by the attorneys general of Ruritania and Freedonia.", "A", "x", 1.0)


def test_a_who_question_is_not_disputed_by_a_rebuttal_of_the_acts_merits():
    merits = quote("We believe this lawsuit is without merit and we will defend against it.", "B", "y", 0.95,
                   "John Smith")
    v = vectors((1, 0.1), (1, 0.2))  # the same claim by similarity: both speak of the lawsuit
    q = "Who sued the state over the tax?"
    assert not pick(asked(q), q, [SUED, merits], v).contested
    yes_no = "Is the lawsuit against the state over the tax justified?"  # a merit is asked: the rebuttal disputes it
    assert pick(asked(yes_no), yes_no, [SUED, merits], v).contested


def test_a_who_question_is_disputed_by_a_rebuttal_of_the_report():
    report = quote("The report that Ruritania brought the lawsuit is not true, its officials say.", "B", "y", 0.95)
    q = "Who sued the state over the tax?"
    assert pick(asked(q), q, [SUED, report], vectors((1, 0.1), (1, 0.2))).contested


def test_a_who_or_when_question_asks_no_verdict():
    legal = quote("The suit asks the court to strike down the law that made the drug legal.", "A", "x", 1.0)
    illegal = quote("The states argue the drug remains illegal under federal law.", "B", "y", 0.95)
    v = vectors((1, 0.3), (1, 0.5))  # cosine ≈ 0.98
    for q in ("Who sued the state over the drug law?", "When did the states file the suit over the drug law?"):
        assert not pick(asked(q), q, [legal, illegal], v).contested, q
    verdict = "Is the drug legal?"
    assert pick(asked(verdict), verdict, [legal, illegal], v).contested


def test_one_outlets_quotes_are_one_account_so_its_negation_is_no_denial_of_what_it_asserts():
    q = "Was the mayor indicted for using city money for personal expenses?"
    own = quote("The mayor was indicted on charges of using city money for personal expenses.", "A", "x", 1.0)
    aside = quote("The indictment says the mayor did not have sufficient personal funds for the trips.", "A", "x", 0.97)
    other = quote("The mayor was indicted Tuesday on charges of using city money for private use.", "B", "y", 0.96)
    v = vectors((1, 0.1), (1, 0.5), (1, 0.12))
    picked = pick(asked(q), q, [own, aside, other], v)
    assert not picked.contested and [x.outlet for x in picked.quotes] == ["A", "B"]
    # the same negation from an outlet that does not itself assert the claim is a denial
    assert pick(asked(q), q, [other, aside], vectors((1, 0.12), (1, 0.5))).contested


def test_identity_questions_are_who_where_when_and_which_place_or_time():
    assert all(asked(q).identity for q in ("Who sued Colorado?", "Where was he indicted?", "When did it pass?",
                                           "Which court heard the case?", "On what day was it published?"))
    assert not any(asked(q).identity for q in ("Was he indicted?", "What did X say?", "Which side is right?",
                                               "How much did it cost?"))
