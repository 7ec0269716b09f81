"""A who-question's answer names a person the question does not (app/answer/persons.py), and a plain
answer to it opens with the close quote that names the act and such a person (opening.act_first)."""

from __future__ import annotations

import numpy as np

from app.answer.asked import asked
from app.answer.opening import AGENT_MARGIN, by_agent
from app.answer.persons import asks_person, asks_speaker_of, gives_doer, names_person, others_act
from app.answer.sides import pick
from tests.answer.test_acts import quote

Q = "Who was indicted along with Representative Duncan Hunter?"
LEAD = ("WASHINGTON — Representative Duncan Hunter was indicted by a federal grand jury in San Diego on Tuesday "
        "over family trips to Hawaii and Italy.")
WIFE = "U.S. Rep. Duncan Hunter (R-Calif.) and his wife, Margaret Hunter, were indicted Tuesday on charges."


def test_who_and_whom_ask_a_person_whose_and_which_do_not():
    assert asks_person(Q) and asks_person("Whom did the counsel interview?")
    assert not asks_person("Whose request was it?") and not asks_person("Which court heard the case?")


def test_a_person_is_a_name_the_question_does_not_give():
    assert names_person(Q, WIFE)
    assert not names_person(Q, LEAD)  # the dateline, the question's own name, places after "in", a weekday
    assert names_person(Q, "He was indicted with Mr. Campa-Najjar.")
    assert not names_person(Q, "Former President Duncan Hunter Jr. was indicted.")  # titles and suffixes name no one new
    assert names_person("Who asked Clinton to talk to Sestak?",
                        "Clinton called at the behest of White House Chief of Staff Rahm Emanuel.")


def test_the_capitalised_run_a_sentence_opens_with_is_no_person_however_long():
    # the sentence's first word is capitalised anyway: its run is skipped whole, not from its second word
    assert not names_person("Who voted to advance the bill?", "The House Judiciary Committee voted to advance it.")
    assert not names_person("Who voted to advance the bill?", "“Senate Democrats voted for it,” she said.")
    assert names_person("Who voted to advance the bill?", "The panel, led by Jerrold Nadler, voted to advance it.")


def test_a_run_a_title_opens_names_a_person_even_at_the_sentence_start():
    q = "Which justice offered doubts about the merits of the lawsuit?"
    assert names_person(q, "Chief Justice John Roberts also offered his doubts about the merits of lawsuit.")
    assert names_person(q, "Mr. Sestak said he was offered a job.")
    assert names_person(q, "“Sen. Chris Murphy said he doubted the merits,” she wrote.")
    assert not names_person(q, "Justice Department officials offered doubts.")  # a body the title word opens
    assert not names_person(q, "United States Supreme Court justices offered doubts.")  # a country opens no name
    assert not names_person(q, "General Electric offered doubts.")
    assert not names_person("Who did Chief Justice John Roberts question?", "Chief Justice John Roberts asked.")


def test_a_who_answer_opens_with_the_act_quote_that_names_another_person():
    lead, wife = quote(LEAD, "Times", 1.07), quote(WIFE, "HuffPost", 0.99)
    picked = pick(asked(Q), Q, [lead, wife], np.eye(2, dtype=np.float32))
    assert picked.quotes == [wife]  # the lead names only the question's person: no answer beside the one that does
    named = quote("Representative Duncan Hunter was indicted with Mr. Campa-Najjar in San Diego.", "Times", 1.07)
    assert pick(asked(Q), Q, [named, wife], np.eye(2, dtype=np.float32)).quotes[0] is named


def test_a_country_named_as_a_title_is_no_person():
    # "U.S.", "United States" title an office ("U.S. Attorney General"); the country names no one
    assert not names_person(Q, "Prosecutors for the United States said the case was strong.")
    assert names_person(Q, "Prosecutors for the United States said Margaret Hunter was charged.")


PAID = "Who paid for the ad featuring Netanyahu?"
FEATURES = ("The ad features Netanyahu laying out Israel’s security concerns about Iran’s nuclear program, which "
            "Republicans have used to knock President Barack Obama’s relationship with the prime minister.")
AGENT = "The ad, paid for by nonprofit conservative advocacy group Secure America Now, could sway Jewish voters."


def test_the_agent_of_the_asked_act_in_a_passive_names_who():
    assert by_agent(("paid",), AGENT)
    assert by_agent(("sponsored",), "The amendment was sponsored by Rep. John Sarbanes of Maryland.")
    assert not by_agent(("paid",), "The ad was paid for by the group.")  # no name: nobody named
    assert not by_agent(("paid",), "She paid for the ad by herself in May.")


def test_a_who_answer_opens_with_the_passive_agent_from_further_down_than_the_act_margin():
    # the best quote shares the question's other words ("features Netanyahu") and says nothing of who paid; the one
    # naming the payer as the passive's agent scores far below it, beyond ACT_MARGIN but within AGENT_MARGIN
    best, agent = quote(FEATURES, "HuffPost", 0.935), quote(AGENT, "Fox News", 0.553)
    picked = pick(asked(PAID), PAID, [best, agent], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is agent
    far = quote(AGENT, "Fox News", 0.935 - AGENT_MARGIN - 0.01)
    assert pick(asked(PAID), PAID, [best, far], np.eye(2, dtype=np.float32)).quotes[0] is best


SAID_Q = "Who said the inspection reports are not secret because every council member has read them?"
OWN_WORDS = "“The reports are not secret, in that every council member has read them,” he said at a town hall."
NAMED = ("In a letter last year, Deputy Mayor Carla Ruiz told two of the council’s critics that the inspection reports "
         "had been shared with members.")


def test_a_who_said_question_asks_for_the_speaker_the_label_names():
    assert asks_speaker_of(SAID_Q) and asks_speaker_of("Which council member wrote that the plan was dead?")
    assert asks_speaker_of("Who told reporters that the count was wrong?")
    assert not asks_speaker_of(Q) and not asks_speaker_of("Who called on the mayor to resign?")  # a request, an act
    assert not asks_speaker_of("Which court heard the case?")
    # other verbs of saying only with "that": arguing a side, urging or telling someone to act are acts
    assert asks_speaker_of("Who argued that the law was void?") and not asks_speaker_of("Who argued the city's side?")
    assert not asks_speaker_of("Which group urged lawmakers to vote against the bill?")
    assert not asks_speaker_of("Who told lawmakers to vote no?") and not asks_speaker_of("Which senator wrote to the IRS?")


def test_a_who_said_answer_opens_with_the_words_asked_about_not_a_sentence_that_names_someone():
    # the best quote is the words asked about, spoken by a pronoun its label resolves; a lower one that names a
    # person and a word of the question is no better answer to who said them
    own, named = quote(OWN_WORDS, "Herald", 1.0), quote(NAMED, "Times", 0.80)
    assert pick(asked(SAID_Q), SAID_Q, [own, named], np.eye(2, dtype=np.float32)).quotes[0] is own


def test_a_who_said_answer_keeps_a_further_quote_only_when_it_has_a_speaker_of_its_own():
    from tests.answer.test_sides import quote as voiced_quote

    own = voiced_quote(OWN_WORDS, "Herald", "left", 1.0, "Ada Blum")
    narration = voiced_quote("Council members who saw the files were bound by oath to keep them private.",
                             "Times", "right", 0.98)
    echo = voiced_quote("“Every council member has read them,” the council clerk said.", "Ledger", "center", 0.97,
                        "Omar Tate")
    picked = pick(asked(SAID_Q), SAID_Q, [own, narration, echo], np.eye(3, dtype=np.float32))
    assert picked.quotes[0] is own and narration not in picked.quotes  # no one speaks in it: it answers no "who"
    named = voiced_quote("Deputy Mayor Carla Ruiz also said every council member had read them.", "Times", "right",
                         0.98)  # no chain found, but its words name who said it
    assert named in pick(asked(SAID_Q), SAID_Q, [own, named], np.eye(2, dtype=np.float32)).quotes


DECIDED_Q = "Who decided that the old parts of the charter could be skipped?"
DOER = "Council members did not read every article of the charter because Republicans decided the old parts can go."
ASKED_WHO = ("Before the reading began, Jay Inslee asked the majority what parts would be deleted and who would decide "
             "how.")


def test_an_active_who_question_is_answered_by_the_acts_subject_or_agent_even_when_no_person():
    assert gives_doer(DECIDED_Q, ("decided",), DOER)  # a capitalised subject right before the verb
    assert gives_doer("Who indicted Duncan Hunter?", ("indicted",),
                      "Representative Duncan Hunter was indicted by a federal grand jury in San Diego.")  # by-phrase
    assert gives_doer(DECIDED_Q, ("decided",), "Democrats quickly decided to skip them.")  # an adverb between
    assert not gives_doer(DECIDED_Q, ("decided",), ASKED_WHO)  # "who would decide": a question reported, no doer
    assert not gives_doer(DECIDED_Q, ("decided",), "They decided to skip them.")  # a pronoun names no doer
    assert not gives_doer("Who indicted Duncan Hunter?", ("indicted",), "Hunter indicted himself.")  # the question's
    assert not gives_doer(Q, ("indicted",), LEAD)  # "Who was indicted …" asks who underwent it, not its doer


def test_a_who_answer_keeps_the_best_quote_that_names_the_doer_over_a_lower_one_naming_a_person():
    best, lower = quote(DOER, "Fox News", 0.853), quote(ASKED_WHO, "Times", 0.583)
    picked = pick(asked(DECIDED_Q), DECIDED_Q, [best, lower], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is best


RESPOND_Q = "How did Senator Jane Mills respond to the judge's comments about the governor?"
MILLS = "Senator Jane Mills said Tuesday the judge's comments were “totally inappropriate.”"
GOVERNOR = "Governor Ortiz swiftly responded Tuesday, telling reporters it was “highly inappropriate.”"


def test_a_quote_naming_the_act_only_as_another_named_doers_is_not_the_asked_subjects_act():
    assert others_act(RESPOND_Q, ("respond",), GOVERNOR)  # "Ortiz (swiftly) responded": not Mills
    assert not others_act(RESPOND_Q, ("respond",), "Mills responded within the hour.")  # the asked subject's
    assert not others_act(RESPOND_Q, ("respond",), "She responded within the hour.")  # a pronoun may be hers
    assert not others_act(RESPOND_Q, ("respond",), "The senator responded within the hour.")  # a common noun may be
    assert not others_act(RESPOND_Q, ("respond",), "Ortiz responded, and Mills responded too.")  # one is hers
    assert not others_act("How did the board respond to the ruling?", ("respond",), GOVERNOR)  # no one named asked
    # the subject's head is a body or a common noun: a person may act for it, a name inside it is no doer asked
    assert not others_act("Why did the White House want Sestak out?", ("want",), "because Mr. Emanuel wanted him out")
    assert not others_act("Does the Mills ad mention Ortiz?", ("mention",), "Governor Ortiz mentions no one.")
    # a comma between: the capitalised word ends a clause, it is no subject of the verb
    assert not others_act(RESPOND_Q, ("respond",), "Mills, who met Governor Ortiz, responded at once.")


def test_a_plain_answer_keeps_the_best_quote_over_a_lower_one_naming_the_act_as_another_doers():
    best, other = quote(MILLS, "Fox News", 0.832), quote(GOVERNOR, "Fox News", 0.649)
    picked = pick(asked(RESPOND_Q), RESPOND_Q, [best, other], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is best


def test_an_opening_name_an_appositive_introduces_is_a_person():
    # "Marcus Webb, a delivery rider …, has sued the company" answers "Who is suing …?" (invented sentences)
    assert names_person("Who is suing Brakko?", "Lena Osk, a courier in Varn whose flat burned, has sued the company.")
    assert names_person("Who is suing Brakko?", "Lena Osk, who lost her flat to a fire, has sued the company.")
    assert not names_person("Who is suing Brakko?", "Brakko Mobility, which denies any defect, was sued.")
    assert not names_person("Who voted to advance the bill?", "The House Judiciary Committee, a panel, voted for it.")
