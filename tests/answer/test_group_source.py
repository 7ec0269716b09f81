""""What did prosecutors say …?" names its source by a plural common noun, in lower case: the group is the source asked
about, as a named one is (app/answer/source_asked.py `group_words`), so its own rebuttal word ("mischaracterized") is
its answer, not a dispute of another outlet's quote (app/answer/roles.py `own_words`)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.sides import contradiction
from tests.answer.test_sides import quote


def test_a_group_named_by_a_plural_common_noun_is_the_source_asked_about():
    for question, words in (("What did prosecutors say about the filings?", {"prosecutors"}),
                            ("What do legal scholars say about the case?", {"legal", "scholars"}),
                            ("What do supporters of the women say could happen?", {"supporters", "women"})):
        ask = asked(question)
        assert ask.said and ask.described and ask.speakers == words, question


def test_a_singular_noun_a_determiner_or_a_pronoun_names_no_group():
    for question in ("What did the announcer say at the end of the ad?", "What did others say about the bill?",
                     "What did the senior official say the law does not allow?", "What did its lawyers say?"):
        assert not asked(question).said, question


def test_the_groups_own_rebuttal_word_answers_what_it_said():
    charge = quote("Prosecutors said the couple mischaracterized the purchases in election filings to hide the "
                   "spending.", "Fox News", "right", 1.0)
    report = quote("The indictment alleges that the couple falsified election filings to hide the spending.",
                   "New York Times", "left", 0.98)
    question = "What did prosecutors say about the couple's election filings?"
    assert contradiction(asked(question), question, charge, report, 0.8) is None
    other = "Did the couple mischaracterize the purchases in their election filings?"
    assert asked(other).speakers == frozenset()  # no source asked: the same pair is read by the other rules


def test_two_other_voices_quarrel_does_not_dispute_what_the_group_said():
    question = "What did legal scholars say about the lawsuit against the state's law?"
    suit = quote("The lawsuit asks the court to strike down the state's law, saying it lets the drug flow across "
                 "borders.", "New York Times", "left", 1.0)
    rebuttal = quote("The attorney general said the suit is without merit and that the lawsuit's claims about the "
                     "law are false.", "HuffPost", "right", 0.99, "John Suthers")
    assert contradiction(asked(question), question, suit, rebuttal, 0.8) is None
    whether = "Is the lawsuit against the state's law without merit?"
    assert contradiction(asked(whether), whether, suit, rebuttal, 0.8) == "rebuttal"  # no source asked: a dispute
