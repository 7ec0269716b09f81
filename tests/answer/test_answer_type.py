"""Abstention by answer type (issue 14 point 3): a quote of the right topic answers only when it
carries what the question's form asks for, about that event. Hand-made sentences, no model."""

from __future__ import annotations

from app.answer.answer_type import WHEN_WILL, off_type
from app.answer.outcome import mentions


def test_a_when_will_question_needs_the_event_and_a_time_in_one_quote():
    q = "When will the Senate vote on the bill?"
    assert off_type(q, ["The Senate will not take up the bill.", "The House voted on Friday."]) == ["vote"]
    assert off_type(q, ["The Senate is expected to vote on the bill next week."]) == []
    assert off_type("When will the mayor's trial begin?", ["The mayor was charged on Tuesday."]) == ["begin"]


def test_a_when_will_question_reads_its_verb_after_a_subject_with_a_preposition_or_a_determiner():
    # "of" is no verb (the subject is "construction of the library"), nor "ban" after "the" (the subject's noun)
    quote = ["Construction is expected to begin in September and to finish in 2024."]
    assert off_type("When will construction of the library begin?", quote) == []
    assert off_type("When will construction of the library begin?", ["The library opened in 1990."]) == ["begin"]
    assert off_type("When will the ban on imports end?", ["The ban on imports will end in March."]) == []
    assert off_type("When will the ban on imports end?", ["The ban on imports began in March."]) == ["end"]
    assert WHEN_WILL.match("When will the House take up the bill?").group("verb") == "take"  # a particle after it


def test_a_when_will_question_with_a_light_verb_needs_only_the_subject_and_a_time():
    q = "When will the council make the final text of its resolution public?"
    assert off_type(q, ["The final wording won't be released until the council's board approves it in October."]) == []
    assert off_type(q, ["The council's board approves it at its next meeting."]) == ["make"]  # no time


def test_a_will_again_question_is_not_answered_by_the_last_occurrence():
    q = "Will the council read the charter aloud again next year?"
    assert off_type(q, ["Members of the council read the charter aloud on Thursday."]) == ["read"]
    assert off_type(q, ["The council will read the charter aloud again every year."]) == []
    assert off_type("Will the council fight the suit?", ["We will vigorously defend against it."]) == []  # no repetition asked


def test_a_bare_object_must_be_reported_with_its_verb():
    q = "Did Mayor Ann Park win re-election against Jo Lee?"
    running = "Ms. Park is running for re-election in November against Jo Lee."
    assert off_type(q, ["Ms. Park easily won the primary; Jo Lee took 17 percent.", running]) == ["win"]
    assert off_type("Did Ann Park sign legislation on fees?", ["Ms. Park signed the bill on fees."]) == []  # not named: a synonym may stand
    assert off_type(q, ["Ms. Park won re-election on Tuesday."]) == []
    assert off_type("Did the House approve H.R. 1?", ["The House approved the plan 234-193."]) == []  # a name: not checked
    assert off_type("Did Ann Park pay back any of the money?", ["He repaid $60,000."]) == []  # a particle, not an object
    q = "Did the NAACP resolution brand the whole movement as racist?"  # "resolution" parsed as the verb: no object
    assert off_type(q, ["The NAACP adopted a resolution condemning racist elements."]) == []


def test_a_verb_is_not_reported_by_another_word_that_only_shares_its_first_letters():
    assert mentions("convicted", "He was indicted on charges of illegally converting funds.") is None
    assert mentions("decide", "The court is expected to reach a decision by June.") == "prospect"
    assert mentions("send", "The letters were sent on Monday.") == "reported"


def test_the_noun_of_whom_an_event_befalls_does_not_report_it():
    assert mentions("nominate", "Trump, the presumptive GOP nominee, called her a disgrace.") is None
    assert mentions("nominate", "Trump nominated Jo Lee on Monday.") == "reported"


def test_talking_is_reported_by_a_call_or_a_conversation():
    from app.answer.outcome import unreported
    q = "When did the mayor talk to the senator about a job?"
    assert mentions("talk", "Park said the mayor called him last summer.") == "reported"
    assert mentions("talk", "The conversation moved on to other subjects.") == "reported"
    assert unreported(q, ["Park said the mayor called him last summer."]) == []
    assert mentions("pay", "The mayor called him last summer.") is None  # only talking verbs are one family


def test_what_a_buyer_spent_is_reported_by_what_the_thing_cost():
    from app.answer.outcome import unreported
    q = "How much did the group spend on the ad?"
    assert unreported(q, ["The ad, to air in Miami, is costing the group $1 million, it confirmed."]) == []
    assert mentions("spend", "The ad cost the group $1 million.") == "reported"
    assert unreported(q, ["The ad, to air in Miami, features the prime minister."]) == ["spend"]


def test_a_vote_on_a_measure_is_reported_as_passed_adopted_or_approved():
    from app.answer.outcome import unreported
    q = "Did the council pass a resolution condemning the plan?"
    assert unreported(q, ["The council adopted a resolution Tuesday condemning the plan."]) == []
    assert mentions("approve", "The measure passed 234-193 on Friday.") == "reported"
    assert mentions("pass", "Critics urged members to approve the measure.") == "prospect"  # still a prospect
    assert mentions("pass", "The council rejected the resolution.", kin=False) is None  # another verb entirely,
    assert mentions("pass", "The council rejected the resolution.") == "reported"  # but its opposite: an answer, no


def test_a_did_question_whose_subject_ends_in_a_plural_noun_asks_about_the_verb_after_it():
    from app.answer.asked_events import events
    assert events("Did the Internet companies deny giving the government a back door?") == ["deny"]
    assert events("Did the Tea Party organizers dispute the claims of racism?") == ["dispute"]
    assert events("Did the NAACP pass a resolution?") == ["pass"]  # -ss, -us: verbs, not plural nouns
    assert events("Did Obama focus on Iran?") == ["focus"]


def test_a_reflexive_follows_the_verb_of_a_did_question():
    from app.answer.asked_events import events
    assert events("Did Colorado's attorney general recuse himself from the lawsuit?") == ["recuse"]
    assert events("Did the justices recuse themselves?") == ["recuse"]
    assert events("Did observers suggest that she might have to recuse herself?") == []  # not the main verb


def test_a_refusal_answers_whether_an_offer_was_accepted():
    from app.answer.outcome import unreported
    q = "Did Senator Park accept the offer of a seat on the board?"
    assert unreported(q, ["Mr. Park said the mayor conveyed the offer, but he declined."]) == []
    assert unreported(q, ["The mayor made Mr. Park an offer of a seat on the board."]) == ["accept"]


def test_a_how_long_did_question_needs_a_duration_in_a_quote():
    from app.answer.durations import duration_given
    q = "How long did the council debate the budget?"
    assert not duration_given(q, ["The council debated the budget on Tuesday.", "It was the second day of the session."])
    assert duration_given(q, ["The council debated the budget for three hours."])
    assert duration_given(q, ["After a weekslong debate, the council passed the budget."])
    assert duration_given(q, ["The council has debated the plan since March."])
    assert not duration_given(q, ["The plan stalled since they could not agree."])  # "since" as a cause, no date
    # a span that places the event in time is no length of it: "two days after", "a year ago", "months later"
    assert not duration_given(q, ["The council debated the budget two days after the mayor's veto."])
    assert not duration_given(q, ["The council debated a similar budget a year ago.", "Three weeks later it passed."])
    assert duration_given(q, ["The council debated for two days after the veto."])
    assert duration_given(q, ["The debate lasted three hours before the vote."])
    assert duration_given("How long is the text of the bill?", ["The bill is on the floor."])  # a length: not checked


def test_a_how_much_money_question_is_answered_by_a_sum_of_the_subject_it_names():
    from app.answer.answer_type import figure_given, money_subject
    from app.answer.asked import asked
    q = "How much would the city's new transit plan cost?"
    assert money_subject(q) == frozenset({"citi", "new", "transit", "plan"})  # whose money: the subject's head
    other = "The mayor was charged with converting $90,000 in transit funds to personal use."
    assert not figure_given(asked(q), q, ["The city's transit plan adds three bus lines.", other])
    assert figure_given(asked(q), q, ["The transit plan would cost $4 million over two years."])
    q = "How much has Dover spent on snow removal?"
    assert not figure_given(asked(q), q, ["Milton has spent $2 million on snow removal this winter."])
    assert figure_given(asked(q), q, ["Dover has spent $3 million on snow removal."])
    assert figure_given(asked(q), q, ["They have spent $3 million on snow removal."])  # a pronoun for the town just named
    q = "How much will the arena cost taxpayers?"  # a definite description or "it" for the thing just named
    assert figure_given(asked(q), q, ["The deal will cost taxpayers $300 million, the city said."])
    assert figure_given(asked(q), q, ["It will cost taxpayers $300 million."])
    assert not figure_given(asked(q), q, ["The school will cost taxpayers $300 million."])


def test_a_how_old_question_needs_an_age_in_a_quote():
    from app.answer.answer_type import age_given
    from app.answer.asked import asked
    q = asked("How old is Jane Park, the agency's lawyer?")
    assert q.age and not asked("How long did the debate last?").age
    assert not age_given(q, ["Jane Park and her deputy were charged Tuesday on 60 counts."])
    for told in ["Ms. Park, 52, becomes the agency's second lawyer to be charged.", "The 10-year-old lawsuit goes on.",
                 "Park, who is 52 years old, said nothing.", "The decade-old rule was struck down.",
                 "She was born in Ohio in 1966.", "Park, aged 52, left."]:
        assert age_given(q, [told]), told
    assert not age_given(q, ["Park was born in Ohio.", "At 5 p.m. Park left."])  # a birthplace, an hour: no age
    assert age_given(asked("How many counts did Park face?"), ["Park faced charges."])  # not an age question


def test_an_age_question_ranks_an_age_as_its_figure_and_only_an_age():
    from app.answer.asked import asked
    from app.answer.signals import figure_answers
    q = asked("How old is Jane Park?")
    assert figure_answers(q, "Ms. Park, 52, becomes the second lawyer to be charged.")
    assert not figure_answers(q, "Park was charged on 60 counts in 2018.")  # a figure, but no age


def test_a_how_old_question_with_no_age_in_its_quotes_is_not_answered():
    from app.answer.answered import answers_question
    from tests.answer.test_sides import quote
    q = "How old is Jane Park?"
    about = [quote("Jane Park and her husband were indicted Tuesday on campaign finance charges.", "A", "left", 0.8)]
    aged = [quote("Ms. Park, 52, was indicted Tuesday on campaign finance charges.", "A", "left", 0.8)]
    assert not answers_question(q, about, [None])
    assert answers_question(q, aged, [None])


def test_how_much_someone_made_asks_a_sum_of_money():
    from app.answer.asked import asked
    from app.answer.signals import figure_answers
    q = "How much did the senator make as a corporate consultant?"
    assert asked(q).money and asked(q).figure
    assert figure_answers(asked(q), "Besides his speaking fees, he earned nearly $20 million for advising companies.")
    assert not asked("How much would the bill match small donations to candidates?").money


def test_how_much_of_a_thing_made_raised_or_paid_is_no_money():
    from app.answer.asked import asked
    for q in ("How much progress did the talks make?", "How much attention did the agency pay to the warnings?",
              "How much concern did the ruling raise?"):
        assert not asked(q).money, q
    for q in ("How much money did the Clintons make?", "How much federal income tax did the couple pay?",
              "How much has the state raised from the tax?", "How much was the governor paid for her speeches?",
              "How much back pay did the women win?"):
        assert asked(q).money, q


def test_how_much_someone_took_in_or_brought_in_asks_a_sum_of_money():
    """"take in" / "bring in" is income: the Clintons' earnings answer how much they took in; a count of people taken
    in ("How many refugees …") is no money, and neither is how much of a thing was taken in."""
    from app.answer.answered import answers_question
    from app.answer.asked import asked
    from tests.answer.test_sides import quote
    for q in ("How much did Bill and Hillary Clinton take in from 2007 to 2014?", "How much did the film bring in?",
              "How much has the campaign brought in since June?"):
        assert asked(q).money, q
    for q in ("How many refugees did Germany take in?", "How much of the view did the tourists take in?"):
        assert not asked(q).money, q
    q = "How much did Bill and Hillary Clinton take in from 2007 to 2014?"
    earned = quote("Hillary and Bill Clinton earned roughly $141 million and paid nearly $44 million in federal income "
                   "taxes from 2007 to 2014, according to tax returns.", "A", "left", 0.9)
    assert answers_question(q, [earned], [None])


def test_a_money_word_inside_another_word_asks_no_money():
    from app.answer.asked import asked
    for q in ("How much do voters feel the economy matters?", "How much of the fundamental law changed?",
              "How much did the costume weigh?"):
        assert not asked(q).money, q
    for q in ("How much did the campaign's fundraising bring in?", "How much were the fees?", "How much are earnings up?"):
        assert asked(q).money, q



def test_a_verb_of_earning_inside_another_word_asks_no_money():
    from app.answer.asked import asked
    for q in ("How much has the makeup of the Senate changed?", "How much did the Madeira vote matter?",
              "How much did the payroll deadline slip?", "How much did the raisin harvest shrink?"):
        assert not asked(q).money, q
    for q in ("How much does she make?", "How much is he paying?", "How much are they raising?",
              "How much did payments to farmers grow?"):
        assert asked(q).money, q


def test_a_how_many_question_counts_things_not_a_measure_beside_its_words():
    from app.answer.asked import asked
    from app.answer.signals import figure_answers
    q = asked("How many drug arrests did the county make last year?")
    assert not figure_answers(q, "Seizures rose to a yearly average of 3,690 pounds of the drug.")  # pounds of drug
    assert not figure_answers(q, "Drug arrests rose 40 percent last year.")  # a change, no count of arrests
    assert figure_answers(q, "The county made 312 drug arrests last year.")
    assert figure_answers(asked("How many years did the senator serve?"), "He served 30 years in the Senate.")
    assert figure_answers(asked("How much of the drug was seized each year?"),
                          "Seizures rose to a yearly average of 3,690 pounds of the drug.")  # "how much" measures


def test_a_count_asked_of_picked_quotes_without_any_figure_is_figureless():
    from app.answer.answer_type import figureless
    from app.answer.asked import asked
    q = "How many shops have closed on the harbour front since the ferry stopped?"
    assert figureless(asked(q), q, ["The council called the ferry closure a mistake."])
    assert not figureless(asked(q), q, ["Eleven shops have closed since the ferry stopped, traders said."])
    assert not figureless(asked(q), q, ["At least 11 shops have closed, traders said."])
    why = "Why did the shops on the harbour front close?"
    assert not figureless(asked(why), why, ["The council called the ferry closure a mistake."])
