"""The act a question asks about (app/answer/acts.py), and a plain answer that opens with the quote
naming it (sides.pick): read from the question's shape, matched by stem in the quotes."""

from __future__ import annotations

import numpy as np

from app.answer.acts import around_act, names_act, question_acts
from app.answer.dates import gives_time
from app.answer.retrieve import Hit
from app.answer.select import Quote, asked
from app.answer.sides import pick
from app.store.chroma import StoredChunk


def test_the_act_after_an_auxiliary_and_its_subject():
    assert question_acts("Did the House approve the bill?") == ("approve",)
    assert question_acts("Did Duncan Hunter win re-election against his rival?") == ("win",)
    assert question_acts("How much did the federal agencies spend on the trips?") == ("spend",)
    assert question_acts("Did the Obama administration defend the programs?") == ("defend",)
    assert question_acts("In how many cases did the justices recuse themselves?") == ("recuse",)


def test_a_participle_an_ing_form_a_word_after_who_or_to():
    assert question_acts("Was anyone removed from the chamber during the reading?") == ("removed",)
    assert question_acts("Are federal authorities investigating the job offer made to him?") == ("investigating",)
    assert question_acts("Who came up with the idea of reading it aloud?") == ("came",)
    assert question_acts("Are any other states going to join the lawsuit?") == ("join",)
    assert question_acts("Which group paid for the ad?") == ("paid",)


def test_the_act_of_a_clause_said_and_after_a_plural_subject_or_a_modal():
    assert question_acts("Does the company say its policies bar discrimination?") == ("bar",)
    assert question_acts("Did the mayor say the chief should resign?") == ("resign",)
    assert question_acts("Why did the agency say allowing trophy imports would help?") == ("help",)
    assert question_acts("Did the justices appear ready to block the lawsuit?") == ("block",)  # "appear": no act


def test_the_subject_ends_at_a_copula_and_names_no_act():
    assert question_acts("Would the Wal-Mart case be the largest class action in U.S. history?") == ()
    assert question_acts("Could the Wal-Mart class action be tried fairly as one case?") == ("tried",)
    assert question_acts("Will the new state law be the strictest in the country?") == ()


def test_a_copula_question_opens_with_the_best_quote_not_one_naming_its_subject_noun():
    q = "Would the Wal-Mart case be the largest class action in U.S. history?"
    best = quote("A class action against Wal-Mart that would be the largest of its kind in U.S. history.", "Fox", 1.0)
    other = quote("Much of the argument was about whether the case could be certified.", "Fox", 0.85)
    assert pick(asked(q), q, [best, other], np.eye(2, dtype=np.float32)).quotes[0] is best


def test_the_act_of_the_main_clause_only():
    assert question_acts("What did the speaker do after the congressman was indicted?") == ()
    assert question_acts("Elephants killed in which years are covered by the new policy?") == ("covered",)
    assert question_acts("Did the court agree to hear the lawsuit the states filed?") == ("agree", "hear")


def test_an_ing_form_after_a_preposition_is_a_gerund_not_the_act_when_the_clause_names_another():
    assert question_acts("What did the governor say about getting involved in the race?") == ("involved",)
    assert question_acts("When had the ban on importing ivory that the agency lifted been imposed?") == ("lifted",)
    assert question_acts("Is the company worried about losing the contract?") == ("worried",)
    assert question_acts("Are federal authorities investigating the offer?") == ("investigating",)  # no preposition


def test_a_gerund_is_the_act_when_the_clause_names_no_other():
    assert question_acts("What did the mayor say about raising taxes?") == ("raising",)
    assert question_acts("What reason did the senator give for not meeting the president?") == ("meeting",)
    assert question_acts("Were the bills read during the Senate reading of the treaty?") == ("reading",)


def test_an_adverb_between_the_subject_and_its_object_is_not_the_act():
    assert question_acts("Did the Senate read aloud the whole treaty?") == ("read",)
    assert question_acts("Did the two chambers vote together on the bill?") == ("vote",)


def test_a_gerund_act_no_longer_opens_the_answer_with_an_unrelated_quote():
    q = "What has the governor said about getting involved in the Senate race?"
    best = quote("The governor said he will stay out of the Senate race entirely.", "Fox", 0.80)
    other = quote("The governor has been getting calls from donors every day.", "Times", 0.70)
    assert pick(asked(q), q, [best, other], np.eye(2, dtype=np.float32)).quotes[0] is best


def test_speech_and_light_verbs_and_subjects_are_no_act():
    assert question_acts("Does the government have direct access to the servers?") == ()
    assert question_acts("Would the bill make Election Day a federal holiday?") == ()
    assert asked("What did the senator say about the leak?").acts == ()  # a said-question: the act is speaking


def test_a_verb_form_of_the_act_names_it_a_noun_of_its_family_does_not():
    assert names_act(("removed",), "The sergeant-at-arms was called to remove a protester.")
    assert names_act(("win",), "He won the primary.")
    assert names_act(("misuse",), "They were charged with improperly using campaign funds.")
    assert not names_act(("respond",), "The group had an all-hands-on-deck response.")


def test_an_act_after_a_modal_is_another_event_unless_the_question_asks_a_prospect():
    assert not names_act(("announce",), "The decision will be announced next week.")
    assert names_act(("join",), "Utah said it would join the suit.", prospect=True)


def test_a_day_answers_on_what_day_a_year_does_not():
    assert gives_time("On what day did he announce it?", "In a tweet on Friday night, he said so.")
    assert not gives_time("On what day did he announce it?", "It reversed a 2014 ban.")
    assert gives_time("When was the program launched?", "a program launched in 2007")


def quote(text: str, outlet: str, s: float) -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=outlet, start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": "center"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


def test_a_plain_answer_opens_with_the_close_quote_that_names_the_act():
    q = "Was anyone removed from the House chamber during the reading of the Constitution?"
    lead = quote("Members of the House began to read the Constitution aloud on Thursday.", "Times", 0.66)
    answer = quote("At one point the sergeant-at-arms was called to remove a protester.", "Times", 0.60)
    picked = pick(asked(q), q, [lead, answer], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is answer and not picked.contested


def test_after_a_quote_the_act_chose_a_lead_that_only_restates_the_topic_is_left_out():
    q = "Was anyone removed from the House chamber during the reading of the Constitution?"
    lead = quote("Members of the House began to read the Constitution aloud on Thursday.", "Fox", 0.66)
    answer = quote("At one point the sergeant-at-arms was called to remove a protester.", "Times", 0.60)
    picked = pick(asked(q), q, [lead, answer], np.eye(2, dtype=np.float32))
    assert picked.quotes == [answer]
    plain = "What happened in the House chamber during the reading of the Constitution?"
    assert asked(plain).acts == ()
    both = pick(asked(plain), plain, [lead, answer], np.eye(2, dtype=np.float32))
    assert len(both.quotes) == 2  # no act asked: the close quote of another outlet corroborates


def test_a_quote_naming_the_act_far_below_the_best_does_not_open_the_answer():
    q = "Was anyone removed from the House chamber during the reading of the Constitution?"
    lead = quote("Members of the House began to read the Constitution aloud on Thursday.", "Times", 1.0)
    far = quote("At one point the sergeant-at-arms was called to remove a protester.", "Times", 0.60)
    assert pick(asked(q), q, [lead, far], np.eye(2, dtype=np.float32)).quotes[0] is lead


def test_the_act_quote_must_give_the_date_a_when_question_asks():
    q = "On what day did Trump announce that the decision was on hold?"
    best = quote("In a tweet on Friday night, Trump said he put the decision on hold.", "Fox", 0.70)
    other = quote("It was first announced that the administration would reverse a 2014 ban.", "Fox", 0.65)
    assert pick(asked(q), q, [best, other], np.eye(2, dtype=np.float32)).quotes[0] is best


def test_a_capitalised_word_inside_a_sentence_is_a_name_not_the_act():
    assert not names_act(("meeting",), "He made an appearance on NBC's Meet the Press last Sunday.")
    assert names_act(("meeting",), "He rejected reports that Obama refused to meet him.")


def test_a_possessive_companion_belongs_to_the_subject():
    assert question_acts("What did the indictment say Ann Park and her husband spent the money on?") == ("spent",)


def test_a_when_answer_gives_the_time_beside_the_act():
    q = "When did the House pass the bill?"
    best = quote("The bill, which passed 234-193, was the party's top priority upon winning the House in the "
                 "2018 elections.", "HuffPost", 1.0)
    dated = quote("The House passed the showcase legislation on Friday, an expansive measure.", "Times", 0.8)
    assert pick(asked(q), q, [best, dated], np.eye(2, dtype=np.float32)).quotes[0] is dated


def test_a_when_answer_opens_with_the_quote_naming_the_act_by_a_verb_of_its_family():
    q = "When did the mayor talk to the senator about a job?"
    lead = quote("The mayor used an aide as an intermediary to see if the senator would drop out of the race.", "Times", 1.0)
    answer = quote("The senator said the mayor called him last summer about the race.", "Fox", 0.85)
    picked = pick(asked(q), q, [lead, answer], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is answer  # "called" names the talk, "last summer" gives the time beside it


def test_the_questions_own_verb_decides_when_a_close_quote_uses_it():
    q = "In which city did the council adopt its resolution?"
    lead = quote("The council approved a resolution condemning the plan.", "Post", 1.0)
    answer = quote("The council adopted the resolution at its meeting in Kansas City.", "Times", 0.9)
    picked = pick(asked(q), q, [lead, answer], np.eye(2, dtype=np.float32))
    assert picked.quotes == [answer]  # "approved" is of the family, but "adopted" is the question's own word


def test_a_quote_naming_the_act_a_third_below_the_best_still_opens_the_answer():
    q = "Which group paid for the ad?"
    lead = quote("The ad features the prime minister laying out his security concerns.", "HuffPost", 0.93)
    paid = quote("The ad, paid for by the advocacy group Secure Future, could sway voters.", "Fox", 0.61)
    assert pick(asked(q), q, [lead, paid], np.eye(2, dtype=np.float32)).quotes[0] is paid


def test_a_why_answer_opens_with_the_act_quote_only_when_it_gives_a_reason():
    q = "Why might the judge have to step aside from the case?"
    reasons = quote("Scholars say her remarks raise questions about her impartiality in the coming case.", "Post", 0.70)
    act = quote("Under federal law, judges must step aside from cases where their impartiality is questioned.",
                "Post", 0.60)
    assert pick(asked(q), q, [reasons, act], np.eye(2, dtype=np.float32)).quotes[0] is reasons
    given = quote("Judges must step aside from such cases because remarks like hers raise questions of impartiality.",
                  "Post", 0.60)
    assert pick(asked(q), q, [reasons, given], np.eye(2, dtype=np.float32)).quotes[0] is given


def test_a_text_asked_again_for_another_act_or_window_is_read_afresh():
    text = "The House approved the bill, and the Senate rejected it on Friday."
    assert names_act(("approve",), text)
    assert around_act(("reject",), text, width=1) == ["Senate rejected it"]
    assert around_act(("approve",), text) == ["approved"]
    assert around_act(("senate",), text) == []  # a capitalised word inside the text is a name, also when read before


def test_a_verb_of_beginning_names_the_start_asked_about():
    q = "In what year did the surveillance program start?"
    lead = quote("The administration tried Saturday to defend a secret program called Vista in 2013.", "Times", 0.93)
    answer = quote("The Post reported the existence of a program launched in 2007 to collect data.", "HuffPost", 0.76)
    assert names_act(("start",), answer.text, kin=True) and not names_act(("start",), answer.text)
    picked = pick(asked(q), q, [lead, answer], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is answer  # "launched" names the start, "in 2007" gives the year beside it


def test_an_ing_word_after_a_possessive_or_a_determiner_names_a_thing_not_the_act():
    # a possessive is a determiner: a noun phrase follows it, graded adjectives ("most lucrative") between
    assert question_acts("What was Bill Clinton's most lucrative speaking fee in 2013?") == ()
    assert question_acts("What was the most lucrative speaking fee in 2013?") == ()
    assert question_acts("What was Clinton's speaking fee?") == ()
    # a noun between the possessive and the -ing form: that is the subject's verb
    assert question_acts("Is Hunter's wife spending the campaign money?") == ("spending",)
    assert question_acts("How much is Secure America Now spending on the ad?") == ("spending",)


def test_the_noun_of_which_after_its_modifiers_is_asked_about_not_the_act():
    assert question_acts("Which Republican leader criticized the bill?") == ("criticized",)
    assert question_acts("Which Republican leader called the bill a takeover?") == ()  # "called": a speech verb
    assert question_acts("Which Democratic senators opposed the bill?") == ("opposed",)
    assert question_acts("Which group paid for the ad?") == ("paid",)


def test_an_ing_word_closing_a_set_phrase_after_in_is_no_act():
    assert question_acts("How many candidates asked in writing for the reforms to come first?") == ()
    assert question_acts("Was the suspect in hiding during the trial?") == ()
    assert question_acts("What did the senator say about voting in person?") == ("voting",)  # "in" before a noun
    assert question_acts("Was the governor interested in running for the seat?") == ("interested",)


def test_would_not_tells_a_refusal_or_a_decision_against_the_act_not_a_prospect():
    assert names_act(("read",), "It was decided that any portion superseded would not be read, sparing lawmakers.")
    assert names_act(("comment",), "The spokesman would not comment on the inquiry.")
    assert not names_act(("announce",), "The decision would be announced next week.")
    assert not names_act(("announce",), "The decision will not be announced until next week.")


def test_a_word_in_s_that_is_no_plural_is_not_read_as_the_subjects_plural():
    """One plural look for the act and the counted noun (`text.plurals.plural`): 'status' and 'bus' end in -s and
    are singular, so the verb after them is the act, not the noun that follows them."""
    assert question_acts("Did the status quo change after the vote?") == ("change",)
    assert question_acts("Did the bus company fire drivers?") == ("fire",)


def test_a_support_verb_s_object_names_the_event_too():
    """"Where did the NAACP hold its convention?": the convention is the event ("at its annual convention in Kansas
    City"); not so for "file", whose object is the thing filed."""
    assert question_acts("Where did the NAACP hold its convention?") == ("hold", "convention")
    assert question_acts("Did the NAACP hold a vote on the resolution?") == ("hold", "vote")
    assert question_acts("When did Nebraska file the lawsuit?") == ("file",)
    text = "The nation's leading civil rights group took up the language at its annual convention in Kansas City, Mo."
    assert names_act(question_acts("Where did the NAACP hold its convention?"), text)


def test_a_yes_no_answer_that_says_no_keeps_the_opening_from_a_quote_naming_the_act():
    q = "Was the White House willing to talk about the Sestak job offer?"
    no = quote("For three months the White House had refused to discuss the job offer.", "Times", 0.95)
    act = quote("The White House asked Bill Clinton to talk to Joe Sestak about a position.", "Fox", 0.82)
    assert pick(asked(q), q, [no, act], np.eye(2, dtype=np.float32)).quotes[0] is no
    yes = quote("The White House press office answered questions about the job offer.", "Times", 0.95)
    assert pick(asked(q), q, [yes, act], np.eye(2, dtype=np.float32)).quotes[0] is act  # no negation: the act opens


def test_a_lower_quote_that_says_no_by_an_opposite_verb_still_opens_before_a_negated_lead():
    q = "Did Joe Sestak accept the offer of a seat on a presidential board?"
    lead = quote("The White House did not offer Mr. Sestak a full-time paid position.", "Times", 0.95)
    declined = quote("Mr. Sestak said he was offered a seat on a presidential board, but he declined.", "Times", 0.85)
    assert pick(asked(q), q, [lead, declined], np.eye(2, dtype=np.float32)).quotes[0] is declined


def test_last_and_next_are_adverbs_of_sequence_and_last_week_a_time_adverbial():
    assert question_acts("When did the nurses last strike?") == ("strike",)
    assert question_acts("When do Marl's voters next choose a council?") == ("choose",)
    assert question_acts("How long did the strike last?") == ("last",)  # at the clause's end: the verb
    assert question_acts("When did the mayor speak last week?") == ("speak",)
    assert question_acts("Did the council vote last month?") == ("vote",)
