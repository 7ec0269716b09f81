"""A partly-answered question's answering quotes must hold the kind of thing asked for at all: a time for "when", a
a word of deciding for "What did <body> decide"."""

from __future__ import annotations

from app.answer.dates import gives_time
from app.answer.elements import decision_missing, element_missing, time_missing
from app.answer.answered import answers_question
from tests.answer.test_qualifiers import article


def test_a_when_question_needs_a_time_in_the_answer():
    q = "When did Bauer interview Sestak's brother?"
    assert time_missing(q, article("Bauer also interviewed representatives for Sestak and Clinton.")) == ["when"]
    # a pronoun's name in the sentence before: the time stands with the names asked (`windows.window`)
    assert time_missing(q, article("Bauer met Sestak's brother.", "Bauer interviewed them last summer.")) == []
    assert time_missing(q, article("Bauer interviewed Sestak's brother in June.")) == []
    assert time_missing("When do members start work?", article("They start at 6 a.m. every day.")) == []  # a clock time
    assert time_missing("When did they work together?", article("They worked together in the mid-1970s.")) == []
    assert time_missing("Who interviewed Sestak's brother?", article("Bauer did.")) == []  # no time asked
    assert not answers_question(q, article("Bauer also interviewed representatives for Sestak and Clinton."), [None])


def test_a_when_question_is_answered_by_the_day_of_another_event():
    """News dates an event by another one on the same day: that answers "when" (issue 14, point 3: a false "not
    covered"); "at the same time" is also "meanwhile" and dates nothing."""
    q = "When did the council release the audit?"
    assert time_missing(q, article("The vote came on the same day the council released the audit.")) == []
    assert time_missing(q, article("On that same day, the council released the audit.")) == []
    assert time_missing(q, article("The council released the audit the next day.")) == []
    assert gives_time(q, "The vote came on the same day the council released the audit.")
    assert time_missing(q, article("At the same time, the council released the audit.")) == ["when"]
    assert not gives_time("On what day did the council release the audit?", "It came on the same day.")


def test_a_when_question_is_not_answered_by_the_time_of_another_event():
    """The time must stand with the names the question holds (in the quote or a sentence around it): a dated quote
    about another interview does not date the one asked about, which a quote names without a time (issue 14,
    point 3: a made-up answer)."""
    q = "When did the senator give an interview to The Boston Globe?"
    other = article("She spoke to The Globe in a separate interview.", "The weather was mild.", "Nothing more.",
                    "Her remarks came in a telephone interview with The Herald on Tuesday.")
    assert time_missing(q, other) == ["when"]
    assert time_missing(q, article("She gave The Boston Globe an interview on Tuesday.")) == []
    assert time_missing(q, article("The senator spoke to The Boston Globe.", "The interview ran on Tuesday.")) == []


def test_a_bill_is_referred_back_to_without_its_designation():
    q = "When did Senator Udall announce a Senate companion bill to H.R. 1?"
    assert time_missing(q, article("Senator Udall announced a Senate companion bill on Wednesday.")) == []


def test_a_why_question_is_not_read_for_a_reason_word():
    """A false premise's correction holds no reason word: it does not report the presumed event, so the why-question
    does not abstain for want of one."""
    q = "Why did the administration also drop the ban on the ivory trade?"
    assert element_missing(q, article("A near-total ban on the ivory trade would remain in place.")) == []


def test_a_decision_question_needs_a_word_of_deciding_and_a_said_only_from_the_decider():
    q = "What did the House Ethics Committee decide about Duncan Hunter?"
    probe = article("Mr. Hunter was already being investigated by the House Ethics Committee.",
                    "His lawyer said then that the congressman intended to cooperate fully.")
    assert decision_missing(q, probe) == ["decision"]
    assert decision_missing(q, probe[:1] + article("The House Ethics Committee said he broke no rule.")) == []
    assert decision_missing(q, article("The committee ruled that he broke no rule.")) == []
    assert decision_missing("What did the House Ethics Committee say about Duncan Hunter?", probe) == []  # no decision
    assert decision_missing("What did Duncan Hunter's doctor conclude about his health?", probe) == []  # a possessive


def test_the_decision_question_is_read_as_the_decider_gaps_reads():
    """One reading of "What did <Name> decide …" serves both checks: a name joined by "and" ("the Fish and Wildlife
    Service") and the verbs "recommend" and "order" are a decision question here as they are in gaps."""
    probe = article("The Fish and Wildlife Service has been reviewing trophy imports from Zimbabwe.")
    q = "What did the Fish and Wildlife Service decide about trophy imports?"
    assert decision_missing(q, probe) == ["decision"]
    assert decision_missing("What did the Federal Trade Commission recommend about the merger?",
                            article("The Federal Trade Commission has studied the merger for a year.")) == ["decision"]


def test_a_why_question_whose_answers_only_restate_its_premise_needs_a_reason():
    """Every answering quote reports the presumed event ("the FBI began investigating …") and none gives a cause or a
    purpose: the reason asked for is not there. A quote that gives one, or the subject's own words, answers."""
    q = "Why did the FBI begin investigating charges dating back to 2009?"
    restated = article("The FBI began investigating additional charges dating back as far as 2009, a paper reported.")
    assert element_missing(q, restated) == ["why"]
    assert element_missing(q, article("The FBI began investigating the charges after a tip from a treasurer.")) == []
    assert element_missing(q, article("The FBI began investigating the charges, an agent said, to trace the money.")) \
        == []


def test_a_why_question_about_another_event_is_not_read_for_a_reason():
    q = "Why did Sestak refuse to say who approached him?"
    assert element_missing(q, article("Sestak alluded to a job offer early in his primary run.")) == []  # not restated


def test_a_why_question_restated_in_other_words_needs_a_reason():
    """A light verb ("give … speeches"), a reworded act or a negated one is not read as the presumed event, but a
    quote that names the question's subject and holds most of its words restates the premise: without a reason word the
    why is not given; with one, it is."""
    q = "Why did Bill Clinton give fifteen of his 2013 speeches abroad?"
    restated = article("In 2013 Mr. Clinton earned $13 million for his speeches. Fifteen of his speeches were abroad.")
    assert element_missing(q, restated) == ["why"]
    assert element_missing(q, article("Fifteen of Mr. Clinton's 2013 speeches were abroad because banks paid more.")) \
        == []
    neg = "Why did Wal-Mart not keep good records of promotions?"
    kept = article("Wal-Mart did not keep good records of promotions, the filing shows.")
    assert element_missing(neg, kept) == ["why"]


def test_a_why_question_about_a_statement_is_answered_by_the_speakers_words():
    q = "Why did Sellers say comparing the company's pay disparity with the national average was unfair?"
    assert element_missing(q, article("Sellers compared the company's pay disparity with the national average.")) == []
    q = "Why did the White House take three months to explain the Sestak job offer?"  # "to explain": no statement
    assert element_missing(q, article("For three months the White House refused to discuss the Sestak job offer.")) \
        == ["why"]


def test_a_when_questions_name_is_held_by_the_quotes_attributed_speaker():
    """"…since 2006," he said" answers "Since when …, according to Obama?" when attribution found Obama as the speaker
    a paragraph back (issue 14, point 3: a false "not covered"); a narrated source is no speaker."""
    from dataclasses import replace
    from app.attribution.links import NARRATES, QUOTES, Link
    q = "Since when have the programs been authorized by Congress, according to Obama?"
    said = article("They are not secret, he said.", "These programs have been authored by Congress since 2006.")
    assert time_missing(q, said[1:]) == ["when"]
    assert time_missing(q, [replace(said[1], links=(Link("Barack Obama", QUOTES),))]) == []
    assert time_missing(q, [replace(said[1], links=(Link("Barack Obama", NARRATES),))]) == ["when"]
