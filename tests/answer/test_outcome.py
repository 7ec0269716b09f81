"""Near-topic questions: an event the question asks happened must be reported by a quote, not only
mentioned as a prospect (pure functions, hand-made sentences)."""

from __future__ import annotations

from app.answer.asked_events import events
from app.answer.outcome import reported, unreported
from app.answer.answered import answers_question
from tests.answer.test_sides import quote


def test_the_event_is_the_verb_of_a_did_question_or_a_when_clause():
    assert events("Did the Supreme Court agree to hear the case?") == ["agree"]
    assert events("Did Congress pass the bill after the rally?") == ["pass"]
    assert events("What did the mayor say when he vetoed the budget?") == ["vetoed"]
    assert events("What kind of group was it when it was founded?") == ["founded"]
    assert events("When did he do that?") == [] and events("What did the mayor say?") == []


def test_a_prospect_is_not_a_report_but_a_denial_is():
    assert not reported("vetoed", "The mayor has been advised to veto the budget if it reaches his desk.")
    assert not reported("pass", "Activists gathered to push for passage of the bill.")
    assert not reported("apologize", "Critics suggested that she owed the court an apology.")
    assert reported("pass", "The council passed the bill on Friday.")
    assert reported("pass", "The council did not pass the bill.")  # an answer: no
    assert reported("send", "The channel filmed the camp and sent the footage abroad.")
    # "the prospect of" frames what follows in its clause as not (yet) happened
    assert not reported("ruled", "The split raised the prospect of an ideologically divided ruling this summer.")
    assert reported("ruled", "The court ruled against the company this summer.")


def test_a_question_whose_event_no_answering_quote_reports_is_not_answered():
    q = "Did the Supreme Court agree to hear the lawsuit?"
    filed = [quote("The states filed a lawsuit in the Supreme Court on Thursday.", "A", "x", 1.0)]
    assert unreported(q, [x.text for x in filed]) == ["agree"]
    assert not answers_question(q, filed, ["2014-12-18"])
    agreed = [*filed, quote("The Supreme Court agreed on Monday to hear the lawsuit.", "B", "y", 0.95)]
    assert answers_question(q, agreed, ["2014-12-18"])
    far = [*filed, quote("The Supreme Court agreed on Monday to hear the lawsuit.", "B", "y", 0.5)]
    assert not answers_question(q, far, ["2014-12-18"])  # a quote far below the best does not answer


def test_a_wh_question_s_event_is_its_verb_after_did_or_does_but_not_a_subject_noun_or_a_speech_verb():
    assert events("What fine did Acme Corp pay for the spill?") == ["pay"]
    assert events("How many seats did the Liberal Party win in the election?") == ["win"]
    assert events("Which penalty does the striker face?") == ["face"]
    assert events("Who fouled the striker and what penalty does the defender face?") == ["face"]
    assert events("What did the council finally decide about the bridge?") == []  # "approved" answers it
    assert events("What did the Riverside city manager tell reporters?") == []  # a statement is asked for
    assert events("What did Mayor Jane Park warn about the bridge?") == []
    assert events("What did Mayor Jane Park's spokesman say?") == []  # "spokesman" is the subject, not a verb
    assert events("What role did the union play in the strike?") == []  # a light verb: the noun is the event
    assert events("Just tell me yes or no: did the mayor cross a line?") == []  # not a wh-question


def test_a_wh_question_s_verb_may_take_a_particle():
    assert events("In what year did the Hunters pay back the loan to the bank?") == ["pay"]  # "pay back": repaid
    assert events("Which chapter did the council leave out of the report?") == ["leave"]  # "leave out": left out
    assert events("What did the council set up?") == []  # no element named: any wording answers it


def test_an_irregular_past_reports_its_verb_and_a_short_verb_needs_its_stem():
    assert reported("win", "The Liberal Party won 40 seats.")
    assert reported("pay", "The company paid a $2 million fine.")
    assert not reported("win", "The party will hold its convention in the winter.")  # not "wi…"


def test_an_irregular_participle_reports_its_verb():
    assert reported("break", "The company insisted that no rules were broken.")  # a denial reports the event too
    assert reported("hide", "The payments were hidden from the auditors.")
    assert reported("withdraw", "The nomination was withdrawn on Friday.")
    assert not reported("break", "The company insisted that the rules were followed.")


def test_lay_out_is_reported_by_laid_out():
    assert reported("lay", "The memo laid out six priorities for the agency.")
    assert unreported("How many priorities did the agency lay out?", ["It laid out six priorities for prosecutors."]) \
        == []


def test_a_wh_question_is_unanswered_when_neither_its_event_nor_the_element_it_asks_for_is_quoted():
    q = "What fine did Acme Corp pay for the spill?"
    assert unreported(q, ["Acme Corp was charged on Monday over the spill."]) == ["pay"]
    assert unreported(q, ["Acme Corp agreed to a record fine over the spill."], reworded=True) == []  # the element: a fine
    when = "When did the agency delist the group?"
    assert unreported(when, ["The agency removed the group from the list in March 2012."], reworded=True) == []  # a date answers
    assert unreported(when, ["Lawmakers argued for the agency to delist the group."]) == ["delist"]


def test_a_wh_element_answers_only_in_a_quote_that_names_or_rewords_the_event():
    when = "When did the agency end the program?"
    assert unreported(when, ["The program was started in 2007 by the agency."]) == ["end"]  # a date of another event
    assert unreported(when, ["The agency ended the program in 2013."]) == []


def test_a_figure_question_needs_a_figure_of_the_act_and_the_year_it_asks_about():
    q = "How much did the company pay in taxes for 2019?"
    other_years = [quote("The company paid $4 million in taxes from 2010 to 2018.", "A", "x", 1.0)]
    assert not answers_question(q, other_years, ["2020-02-01"])
    earned = [*other_years, quote("The company earned $9 million from its sales in 2019.", "B", "y", 1.0)]
    assert not answers_question(q, earned, ["2020-02-01"])  # a figure of another act
    paid = [quote("For 2019, the company paid $1.2 million in federal taxes.", "A", "x", 1.0)]
    assert answers_question(q, paid, ["2020-02-01"])
    votes = "How many votes did the mayor win in the runoff?"
    assert not answers_question(votes, [quote("The mayor won the runoff after a long night.", "A", "x", 1.0)], [None])
    assert answers_question(votes, [quote("The mayor won the runoff with 12,400 votes.", "A", "x", 1.0)], [None])
    assert answers_question("Will ferry tickets cost more from 2021?", [quote("Fares rise in 2021.", "A", "x", 1.0)], [None])
    said = "What did Mayor Jane Park say about how long the count took?"
    assert answers_question(said, [quote("Park said the count was slow but fair.", "A", "x", 1.0, "Jane Park")], [None])


def test_a_possessive_subject_is_read_whole_and_the_act_follows_it():
    from app.answer.asked import asked
    assert asked("When did Colorado's marijuana stores open?").verb == {"open"}
    assert asked("When did Nebraska's attorney general sign the suit?").verb == {"sign"}
    assert asked("Who sued Colorado over marijuana?").verb == {"su"}  # no possessive: the first lower-case word


def test_a_questions_events_are_parsed_once_however_many_checks_ask_for_them():
    from app.answer import asked_events
    from app.text.terms import forget_texts

    forget_texts()
    question = "Did the Supreme Court agree to hear the case?"
    first = events(question)
    first.append("mutated")  # each caller gets its own list
    assert events(question) == ["agree"] and asked_events._events.cache_info().misses == 1


def test_an_adverb_or_end_up_before_a_did_questions_verb_is_not_the_event():
    assert events("Did Tea Party protesters actually shout slurs at the congressmen?") == ["shout"]
    assert events("Did the Senate ever vote on the bill?") == ["vote"]
    assert events("Did Ginsburg end up apologizing for her remarks?") == ["apologizing"]
    assert events("Did Clinton really talk to Sestak?") == ["talk"]
    assert events("Did the Internet companies deny it?") == ["deny"]  # a plural subject's noun is still no verb
    owed = "Critics suggested that Ginsburg owed other justices an apology."
    assert unreported("Did Ginsburg end up apologizing for her remarks?", [owed]) == ["apologizing"]


def test_any_verb_of_requesting_frames_what_it_asks_for_as_not_done():
    """One list of requesting verbs serves the prospect frame here and the request an answer opens with (opening)."""
    from app.answer.outcome import prospective

    q = "Did the Supreme Court strike down the marijuana law?"
    for verb in ("asks the United States", "petitioned the", "urged the", "called on the"):
        assert prospective(q, f"Activists {verb} Supreme Court to strike down the marijuana law."), verb
    assert not prospective(q, "The Supreme Court struck down the marijuana law.")


def test_a_suit_is_reported_by_its_noun_and_a_question_about_anyone_suing_needs_one():
    q = "Did anyone sue the NAACP over its Tea Party resolution?"
    assert unreported(q, ["Tea party organizers disputed claims of racism and called on the NAACP to withdraw it."]) \
        == ["sue"]
    assert unreported("Did anyone sue Colorado over its marijuana law?",
                      ["The states of Nebraska and Oklahoma filed a federal lawsuit in the U.S. Supreme Court."]) == []
