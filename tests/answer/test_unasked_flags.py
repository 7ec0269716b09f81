"""Pairs that are no disagreement about what was asked (issue 14 point 1): a weekday that stands in no clause of the
question's verb dates another event, also when the question parses to no act, and a name that opens with the verb's
first letters ("Ginsburg" for "give") is no form of it; "the two states were challenging …" counts a set told
before, not the states that did what is asked."""

from __future__ import annotations

from app.answer.agree import other_quantities
from app.answer.event_days import days_of_asked_event
from app.answer.select import asked
from app.answer.years import day_of_other_event
from tests.answer.test_sides import quote

Q = "When did Justice Gibbs give her interview to the wire service?"


def test_a_weekday_of_another_event_does_not_date_the_verb_asked_when_no_act_is_parsed():
    assert not asked(Q).acts  # the question's verb is the act
    backlash = quote("Justice Ann Gibbs faced a growing backlash Wednesday, as she doubled down on her criticism.", "A",
                     "x", 1.0, "Ann Gibbs")
    attack = quote("Mr. Smith on Tuesday assailed Justice Gibbs for speaking out on the race.", "B", "y", 0.9,
                   "Bob Smith")
    assert not days_of_asked_event(Q, backlash, attack)
    gave = quote("Justice Gibbs gave the interview to the wire service on Tuesday.", "B", "y", 0.9)
    told = quote("Justice Gibbs gave the wire service an interview on Monday, her office said.", "A", "x", 1.0)
    assert days_of_asked_event(Q, told, gave)  # both clauses hold the verb asked: the days disagree


def test_a_name_sharing_the_verbs_first_letters_is_no_form_of_it():
    dated = "Justice Gibbs faced a growing backlash Wednesday."
    assert day_of_other_event(("give",), dated)  # "Gibbs" is a name, not "gave"
    assert not day_of_other_event(("drive",), "He drove to the capital on Wednesday.")  # an unknown form still counts


def test_a_definite_count_of_a_set_told_before_does_not_dispute_the_count_asked():
    q = "How many states have legalized recreational cannabis?"
    four = quote("Four states have legalized recreational cannabis, along with voters in the capital.", "A", "x", 1.0)
    two = quote("The sheriff said he was gratified that the two states were challenging the cannabis laws.", "B", "y",
                0.9, "Adam Hay")
    three = quote("Three states have legalized recreational cannabis so far.", "B", "y", 0.9)
    assert other_quantities(asked(q), q, four, two)
    assert not other_quantities(asked(q), q, four, three)  # two counts of what is asked: they disagree


def test_whether_a_lawsuit_was_filed_is_not_disputed_by_a_rejection_of_its_evidence():
    from app.answer.disputed import answered_back, charge_asked
    from tests.answer.test_disputed import _article, plain
    theory, back = _article(("The plaintiffs' theory is that a companywide policy gave local managers too much "
                             "discretion in pay decisions.", None),
                            ("Acme calls that evidence unrepresentative and unreliable.", "Acme"))
    for q in ("Did anyone file a lawsuit against Acme over pay discrimination?", "Did anyone sue Acme over pay?"):
        assert charge_asked(asked(q))  # the act is parsed where the verb is not ("anyone")
        assert not answered_back(asked(q), q, plain(theory), [theory, back]).contested  # the rejection tells it was
    q = "Is the plaintiffs' evidence against Acme reliable?"  # the evidence itself is asked: a dispute
    assert not charge_asked(asked(q)) and answered_back(asked(q), q, plain(theory), [theory, back]).contested
    assert not charge_asked(asked("Did Acme file a brief with the court?"))


def test_a_first_clause_of_its_own_is_no_opening_phrase_of_the_next():
    """ "Mr. Smith on Tuesday assailed Justice Gibbs …, calling her remarks …" dates Smith's attack, not a call; an
    opening phrase ("In a post on Friday night, …") belongs to the clause after it."""
    attack = "Mr. Smith on Tuesday assailed Justice Gibbs over the race, calling her remarks highly inappropriate."
    assert day_of_other_event(("call",), attack)
    assert not day_of_other_event(("call",), "In a post on Tuesday night, Justice Gibbs called him a faker.")
    assert not day_of_other_event(("call",), "Late Tuesday, Justice Gibbs called him a faker.")


def test_an_ing_form_before_a_noun_names_a_kind_of_thing_not_the_act():
    """ "passed the voting rights bill on Friday" dates the passage, not a vote; "was voting on the bill" is one."""
    assert day_of_other_event(("vote",), "The House passed the voting rights bill on Friday.")
    assert not day_of_other_event(("vote",), "The House was voting on the bill on Friday.")


def test_whether_x_said_it_is_not_disputed_by_sides_of_a_dimension_in_other_voices():
    """ "Did the union say the bill would harm free speech?": the union's "harming our discourse" and another outlet's
    "an unnecessary benefit for lazy workers" take opposite sides of help / harm, but neither disputes that the union
    said it; asked as a dimension ("Would the bill harm free speech?") they are opposite verdicts."""
    from app.answer.sides import contradiction
    union = quote("The rules will have the effect of harming our public discourse, the union wrote.", "A", "x", 1.0,
                  "union")
    other = quote("Critics said the new holiday was an unnecessary benefit for lazy federal workers.", "B",
                  "y", 0.9)
    said = "Did the union say the bill would harm free speech?"
    assert contradiction(asked(said), said, union, other, 0.6) is None
    whether = "Would the bill harm free speech or benefit it?"
    assert contradiction(asked(whether), whether, union, other, 0.6) == "verdicts"
