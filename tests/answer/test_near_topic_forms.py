"""Near-topic abstention in both directions (issue 14 point 3): an event named only inside a
prospective frame, or only next to what was asked, is not reported; an event worded otherwise
(a mis- verb, a repetition, another verb in a quote that holds the rest of the question) is.
Hand-made sentences, no model."""

from __future__ import annotations

from app.answer.asked_events import events, subject_terms
from app.answer.outcome import mentions, unreported
from app.answer.answered import answers_question
from tests.answer.test_sides import quote


def test_a_yes_no_question_with_a_participle_asks_about_that_event():
    assert events("Were Jane Park and her deputy arrested on Monday?") == ["arrested"]
    assert events("Was Acme Corp fined for the spill?") == ["fined"]
    assert events("Has the Harbor Authority lifted the ban?") == ["lifted"]
    assert events("Was the Acme offer illegal?") == [] and events("Is the Harbor Bill a tax?") == []


def test_a_subject_may_join_capitalised_words_with_and_or_of():
    assert events("When did the Port of Riverside begin charging the fee?") == ["begin"]
    assert events("Did Nebraska and Oklahoma sue Colorado?") == ["sue"]
    assert subject_terms("Did the Senate pass the bill?") == {"pass": frozenset({"senat"})}


def test_a_schedule_or_modal_earlier_in_the_clause_frames_the_event():
    assert mentions("arraigned", "The pair are scheduled to be formally arraigned on Thursday in Riverside.") == "prospect"
    assert mentions("begin", "The agency announced that it would within weeks begin issuing permits.") == "prospect"
    assert mentions("pass", "The bill has virtually no chance of passing the Senate.") == "prospect"
    assert mentions("arraigned", "The pair were arraigned on Thursday, as scheduled.") == "reported"  # the cue is after it
    assert mentions("pass", "If nothing else, the council passed the budget.") == "reported"  # another clause


def test_an_event_only_framed_as_a_prospect_is_unreported_even_when_the_asked_element_is_quoted():
    when = "When did the Port of Riverside begin charging the fee?"
    assert unreported(when, ["On Thursday the Port of Riverside said it would begin charging the fee."]) == ["begin"]
    assert unreported(when, ["The Port of Riverside began charging the fee on Thursday."]) == []


def test_a_mis_verb_is_reported_by_its_base_after_a_word_of_wrong_manner_and_a_repetition_by_re():
    assert mentions("misuse", "They were charged with improperly using campaign funds.") == "reported"
    assert mentions("misuse", "The department said the improper use of funds continued.") == "reported"
    assert mentions("misuse", "They were charged with using campaign funds.") is None
    assert mentions("pay", "He repaid his campaign more than $60,000.") == "reported"


def test_a_quote_further_down_reports_the_event_only_when_it_names_its_subject():
    q = "Did the Senate pass the bill?"
    close = ["The bill is not expected to succeed in the Senate."]
    assert unreported(q, close, ["The House passed the bill 234-193."]) == ["pass"]
    assert unreported(q, close, ["The Senate passed the bill on Friday."]) == []
    assert unreported("Did Jane Park repay the loan?", ["Park was charged."], ["She repaid the loan in May."]) == []


def test_a_quote_close_to_the_question_that_holds_its_other_terms_words_the_event_otherwise():
    q = "Did Hillary Clinton disclose her tax returns?"
    released = [quote("Hillary Clinton on Friday released eight years of tax returns.", "A", "x", 1.0)]
    assert answers_question(q, released, [None], [0.7])
    assert not answers_question(q, released, [None], [0.5])  # not close enough to say the same
    other = [quote("Hillary Clinton on Friday released her health records.", "A", "x", 1.0)]
    assert not answers_question(q, other, [None], [0.7])  # does not hold "tax returns"
    framed = [quote("Hillary Clinton will disclose her tax returns next week.", "A", "x", 1.0)]
    assert not answers_question(q, framed, [None], [0.9])  # named, but only as a prospect


def test_a_quote_further_down_the_ranking_can_report_the_event():
    q = "Did Duncan Hunter misuse campaign funds?"
    ranked = [quote("Duncan Hunter was indicted on Tuesday.", "A", "x", 1.0),
              quote("A grand jury said Duncan Hunter misused $250,000.", "B", "y", 0.7)]
    assert answers_question(q, ranked, [None])
    assert not answers_question(q, [ranked[0], quote(ranked[1].text, "B", "y", 0.5)], [None])  # too far down


def test_an_open_what_question_is_unanswered_when_its_event_is_named_only_as_a_prospect():
    q = "What did the council decide about the bridge?"
    assert unreported(q, ["The council is expected to decide about the bridge next week."]) == ["decide"]
    assert unreported(q, ["The council approved the bridge on Monday."]) == []  # worded otherwise
    assert unreported(q, ["The council decided to rebuild the bridge.",
                          "The mayor will decide on the budget later."]) == []


def test_a_present_tense_question_is_answered_by_a_prospect():
    assert unreported("When does the pier open?", ["The authority said the pier would open in June."]) == []
    assert unreported("When did the pier open?", ["The authority said the pier would open in June."]) == ["open"]
    assert unreported("What does the council decide?", ["The council is expected to decide next week."]) == []


def test_an_open_question_is_unanswered_when_every_answering_quote_is_a_prospect_where_it_meets_the_question():
    q = "Who did the mayor pick as her deputy?"
    plan = "The mayor said she expected to announce her choice of a deputy by Friday."
    assert unreported(q, [plan]) == ["pick"]
    named = "The mayor named Jo Lee as her deputy on Friday."
    assert unreported(q, [plan, named], reworded=True) == []
    assert unreported(q, ["The mayor, who will travel on Friday, named Jo Lee as her deputy."], reworded=True) == []  # another clause


def test_a_who_question_is_unanswered_by_quotes_that_neither_name_nor_reword_its_event():
    q = "Who did the mayor nominate to replace the judge?"
    about = "The mayor criticized the judge on Tuesday for speaking out on the race."
    assert unreported(q, [about]) == ["nominate"]
    assert unreported(q, [about], reworded=True) == []  # a quote that holds the question's other terms, close to it


def test_a_request_or_a_prospect_among_the_clauses_closest_to_the_question_leaves_its_outcome_open():
    q = "What did the High Court decide about the suit against Riverside's fee?"
    asks = "The suit asks the High Court to strike down the Riverside fee."
    tie = "The Riverside fee hurts shops, and we will defend the suit in court."  # two clauses hold two terms each
    assert unreported(q, [asks, tie]) == ["decide"]
    assert unreported(q, ["The High Court struck down the Riverside fee on Monday."]) == []


def test_an_open_outcome_is_unanswered_when_its_subject_is_only_the_place_or_addressee_of_the_quotes():
    q = "What did the High Court decide about the suit against the Riverside fee?"
    filed = "Two towns filed a suit in the High Court on Thursday, claiming the Riverside fee is unlawful."
    assert unreported(q, [filed], reworded=True) == ["decide"]  # the court is where the suit was filed
    assert unreported(q, ["The High Court struck down the Riverside fee on Monday."], reworded=True) == []


def test_went_on_to_tells_what_happened_next_not_a_prospect():
    assert mentions("defeat", "Ms. Park declined the offer and went on to defeat Jo Lee.") == "reported"
    assert mentions("defeat", "Ms. Park hopes to defeat Jo Lee.") == "prospect"


def test_a_subject_with_a_possessive_ending_is_named():
    q = "When will the High Court decide the Riverside case?"
    from app.answer.answer_type import off_type
    assert off_type(q, ["The court’s decision, expected by June, will matter."]) == []


def test_a_figure_is_given_only_by_a_quote_whose_article_names_what_the_question_names():
    """A cost from another story ("the estimated cost of GOP plans to read the document") does not give the
    cost of the bill asked about, though an article lower in the ranking names the bill."""
    q = "What is the estimated cost of H.R. 1 to taxpayers?"
    other_story = quote("$1.1 million is the estimated cost of GOP plans to read the document on the House floor.",
                        "A", "x", 1.0)
    the_bill = quote("The House passed H.R. 1 on Friday.", "B", "y", 0.5)
    assert not answers_question(q, [other_story, the_bill], [None])
    priced = quote("The estimated cost of H.R. 1 to taxpayers is $2 billion.", "C", "z", 1.0)
    assert answers_question(q, [priced, the_bill], [None])


def test_an_abbreviation_with_full_stops_is_one_name_of_the_question():
    from app.answer.named import question_names
    assert question_names("Who is the president of the N.A.A.C.P.?") == (frozenset({"naacp"}),)
    assert question_names("What is the estimated cost of H.R. 1 to taxpayers?") == (frozenset({"hr"}),)


def test_a_word_a_shorter_stem_only_opens_is_no_form_of_the_event():
    """Stems of one family differ by a letter or two ("decis" / "decid", "sent" / "send"); a short stem that a longer
    word merely opens with is another word: "county" is no countersuit, "campaign" no "camp" (issue 14, point 3: a
    sheriff's county answered "Did Colorado announce a countersuit …")."""
    assert mentions("countersuit", "Scotts Bluff County Sheriff Mark Overman said the plant is extra potent.") is None
    assert mentions("court", "He thanked them as a courtesy.") is None
    assert mentions("decide", "The decision was announced Friday.") == "reported"
    assert mentions("send", "The letter was sent to the board.") == "reported"
    assert unreported("Did Rivertown announce a countersuit against Lakeside?",
                      ["Lakeside County officials said Rivertown had broken the law."]) == ["countersuit"]


def test_the_noun_after_a_possessive_is_the_subjects_not_the_verb():
    assert "camp" not in events("Did Jane Park's camp say the inquiry was politically motivated?")
    assert events("Did Jane Park's lawyers announce a plea deal?") != ["lawyers"]
    assert events("Did Jane Park's office release the audit?") == ["release"]


def test_a_get_passives_auxiliary_is_no_term_the_rewording_quote_must_hold():
    q = "Did Acme Corp get accused of polluting the river?"
    claims = [quote("A lawsuit claims that Acme Corp has been polluting the river for a decade.", "A", "x", 1.0)]
    assert answers_question(q, claims, [None], [0.7])  # "get" is the passive's auxiliary, no word of the event
    assert not answers_question(q, claims, [None], [0.5])  # not close enough to say the same
    other = [quote("A lawsuit claims that Acme Corp has been draining the lake for a decade.", "A", "x", 1.0)]
    assert not answers_question(q, other, [None], [0.7])  # does not hold "polluting the river"
