"""Classes of false "the sources disagree" flags on unseen phrasing (issue 14 item 1; helper cprec17, dev-cprec):
the noun "Constitution", which only shares the verdict "constitutional"'s stem, is no verdict, in a quote or in the
question; a "which <noun>" question asks which one, so a rebuttal of the act's merits ("this suit is without merit")
leaves its answer undisputed; in "What <noun> did X <verb>", X's act told with a rebuttal word
("the Smiths mischaracterized the purchases") is the matter asked, not a rebuttal. Each test also keeps the real
disagreement the rule must not lose."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from app.attribution import verdicts
from tests.answer.test_sides import quote, vectors

CLOSE = vectors((1, 0.1), (1, 0.2))  # the same claim by similarity


def test_naming_the_constitution_is_no_verdict():
    assert verdicts.verdict_words("Members read the United States Constitution aloud.",
                                  "The group said the provisions unconstitutionally impinge on free speech.") is None
    assert verdicts.verdict_words("The judge held the rule constitutional.",
                                  "The group said the rule is unconstitutional.") == ("constitutional", "unconstitutional")
    assert verdicts.verdict_words("The council said the sale was legal.", "Critics said it was illegal.") == ("legal", "illegal")


def test_a_question_naming_the_constitution_asks_no_verdict_on_it():
    rule = quote("In the new session every House bill must cite the constitutional source of its authority.", "A", "x", 1.0)
    other = quote("The union urged a vote against the bill because its provisions unconstitutionally impinge on speech.",
                  "B", "y", 0.95)
    q = "What new rule ties House bills to the Constitution?"
    assert not pick(asked(q), q, [rule, other], CLOSE).contested
    verdict = "Is the bill constitutional?"  # the verdict itself asked: the two still disagree
    assert pick(asked(verdict), verdict, [rule, other], CLOSE).about == "verdicts"


def test_a_which_noun_question_is_not_disputed_by_a_rebuttal_of_the_acts_merits():
    suit = quote("The governor vowed to defend the law after two states asked the court to declare it "
                 "unconstitutional under the supremacy clause.", "A", "x", 1.0)
    merits = quote("We believe this suit is without merit and we will vigorously defend against it.", "B", "y", 0.95,
                   speaker="John Suthers")
    for q in ("Which part of the Constitution do the two states say the law violates?",
              "Which board did the White House discuss with the congressman?"):
        assert asked(q).identity
    q = "Which part of the Constitution do the two states say the law violates?"
    assert not pick(asked(q), q, [suit, merits], CLOSE).contested
    whether = "Is the two states' suit against the law justified?"  # the merits asked: the rebuttal disputes the suit
    assert pick(asked(whether), whether, [suit, merits], CLOSE).contested


def test_a_what_noun_question_about_x_s_act_is_not_disputed_by_a_report_of_that_act():
    hid = quote("To conceal their spending, the Smiths mischaracterized the purchases as “campaign travel” and “gift "
                "cards” for charitable donations, the statement said.", "A", "x", 0.95)
    named = quote("The indictment accuses the Smiths of labeling fees for dental work as a donation to a charity "
                  "called “Smiles for Life”.", "B", "y", 1.0)
    q = "What charity did the Smiths name in their filings to disguise family dental bills?"
    assert asked(q).agent == frozenset({"smith"})
    assert not pick(asked(q), q, [named, hid], CLOSE).contested
    other = "What charity appears in the campaign's filings for dental bills?"  # no doer named: the cue still counts
    assert pick(asked(other), other, [named, hid], CLOSE).about == "rebuttal"


def test_a_how_much_question_about_x_s_act_is_not_disputed_by_a_report_of_that_act():
    hid = quote("To conceal their spending, the Smiths mischaracterized the purchases as “campaign travel”, the "
                "statement said.", "A", "x", 0.95)
    trip = quote("The indictment says the Smiths used campaign funds to pay for family vacations to Italy.",
                 "B", "y", 1.0)
    q = "How much did the Smiths spend on their family trip to Italy?"
    assert asked(q).agent == frozenset({"smith"})
    assert not pick(asked(q), q, [trip, hid], CLOSE).contested
    assert asked("How did the Smiths hide the spending?").agent == frozenset({"smith"})
    assert asked("How much was spent on the trip?").agent == frozenset()  # no doer named


def test_a_how_many_noun_question_about_x_s_act_is_not_disputed_by_a_report_of_that_act():
    """"How many / how much <noun> did X <verb>" names X as the doer, as "How much did X <verb>" does."""
    hid = quote("To conceal their spending, the Smiths mischaracterized the purchases as “campaign travel”, the "
                "statement said.", "A", "x", 0.95)
    trip = quote("The indictment says the Smiths used campaign funds to fly three relatives to Italy.", "B", "y", 1.0)
    q = "How many relatives did the Smiths fly to Italy with campaign money?"
    assert asked(q).agent == frozenset({"smith"})
    assert asked("How much money did the Smiths spend on the trip?").agent == frozenset({"smith"})
    assert not pick(asked(q), q, [trip, hid], CLOSE).contested
    other = "How many relatives were flown to Italy with campaign money?"  # no doer named: the cue still counts
    assert pick(asked(other), other, [trip, hid], CLOSE).contested


def test_a_what_did_x_verb_question_is_not_disputed_by_a_report_of_x_s_act_from_the_wide_pool():
    """"What did X <verb>" names X as the doer too; the rule holds for a quote far below the best one (the wide pool,
    where only a rebuttal naming its target's source counts) and for a rebuttal of claims below the best ones."""
    q = "What did the Smiths allegedly spend campaign money on for their pet rabbit?"
    assert asked(q).agent == frozenset({"smith"})
    ticket = quote("The indictment says the Smiths spent $600 of campaign money on a plane ticket for a pet rabbit.",
                   "A", "x", 1.0)
    aware = quote("Smith allegedly was aware of what he and his wife were doing and continued to spend campaign funds "
                  "on personal expenses.", "B", "y", 0.9, speaker="John Smith")
    hid = quote("To conceal their personal spending, the Smiths mischaracterized the purchases as “campaign travel”, "
                "the statement said.", "A", "x", 0.7)
    sims = vectors((1, 0.1), (1, 0.3), (1, 0.35))
    assert not pick(asked(q), q, [ticket, aware, hid], sims).contested
    other = "What was campaign money allegedly spent on for a pet rabbit?"  # no doer named: the cue still counts
    assert pick(asked(other), other, [ticket, aware, hid], sims).contested


def test_a_doer_s_rejection_of_a_named_claim_still_disputes_it():
    """The doer's own "challenged claims that …" is its side of a dispute about what it did, not a report of its act."""
    q = "Did the protesters shout slurs at the lawmakers?"
    said = quote("The lawmakers said protesters shouted slurs at them outside the Capitol.", "A", "x", 1.0)
    denied = quote("But the protesters have challenged claims that their activists shouted slurs at the lawmakers.",
                   "B", "y", 0.95)
    assert pick(asked(q), q, [said, denied], CLOSE).about == "rebuttal"
