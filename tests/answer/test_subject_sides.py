"""A yes/no question naming its subject is disputed by a denial only when both quotes come from articles that name
that subject: a quote from an article that never names it tells of something else."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from app.answer.subject_sides import about_subject, off_subject, subject_names
from app.answer.named import question_names
from tests.answer.test_sides import quote, vectors

CLOSE = vectors((1, 0), (1, 0.05))  # two quotes on one claim
Q = "Does Florida have a state income tax?"
NO = "Florida has no state income tax."


def test_a_denial_about_the_subject_is_not_disputed_by_an_article_that_never_names_it():
    no = quote(NO, "A", "x", 1.0)
    other = quote("The Clintons' effective tax rate for federal, state and local taxes was 45.8 percent.",
                  "B", "y", 0.95)
    assert off_subject(Q, (), no, other)
    assert not pick(asked(Q), Q, [no, other], CLOSE).contested


def test_both_quotes_about_the_subject_still_disagree():
    no, yes = quote(NO, "A", "x", 1.0), quote("Florida collects a state income tax, officials said.", "B", "y", 0.95)
    assert not off_subject(Q, (), no, yes)
    assert pick(asked(Q), Q, [no, yes], CLOSE).contested


def test_a_name_split_or_run_together_is_held():
    names = question_names("Did Wal-Mart pay women less?")
    assert about_subject(names, quote("Walmart said it pays men and women the same.", "B", "y", 0.9))
    assert not about_subject(names, quote("The retailer said it pays men and women the same.", "B", "y", 0.9))


def test_a_question_asking_what_or_naming_no_one_is_left_to_the_other_rules():
    other = quote("The Clintons' effective tax rate was 45.8 percent.", "B", "y", 0.95)
    assert not off_subject("What taxes does Florida levy?", (), quote(NO, "A", "x", 1.0), other)
    no = quote("There is no national emergency at the border.", "A", "x", 1.0)
    assert not off_subject("Is there a national emergency at the southern border?", (), no, other)


def test_a_name_qualifying_a_noun_names_a_kind_not_the_subject():
    for q in ("Are Internet companies giving the agency a back door?", "Did the NAACP resolution condemn racism?",
              "Did Colorado's attorney general call the suit baseless?"):
        assert subject_names(q, asked(q).acts) == (), q
    q = "Did Duncan Hunter know that the purchases were improper?"  # the name before the act asked is the subject
    assert subject_names(q, asked(q).acts) == (frozenset({"duncan", "hunter"}),)
    assert subject_names(Q, ()) == (frozenset({"florida"}),)
