"""Right relay (issue 14 point 4, session 20): a speaker heard through a medium keeps it in their next sentence —
'Cole said on CBS’s “Face the Nation.”' | 'When asked …, Cole replied, “…”' (the same interview); 'That echoed remarks
she made in an interview with The Associated Press' | '“…,” Marsh said'. Only the very next sentence (or the
quotation run starting there), only the same person, never the publisher itself.

The sentences are written for these tests in the style of US political news; none is copied from a corpus.
Rules only (nlp=None)."""

from app.attribution import heard, quotemarks
from app.attribution.coref import FEMALE
from app.attribution.speaker_state import Entity, State
from tests.attribution.test_speakers_fifth import chain_of

INTERVIEW = ("“The bill will pass,” Senator Ruth Cole said on CBS’s “Face the Nation.”\n\n"
             "When asked whether she would vote for it, Cole replied, “Of course I will.”")


def test_the_next_sentence_of_a_speaker_heard_on_an_outlet_keeps_the_relay():
    assert chain_of(INTERVIEW, "“The bill") == ["CBS", "Ruth Cole"]
    assert chain_of(INTERVIEW, "When asked") == ["CBS", "Ruth Cole"]


def test_an_interview_named_in_the_sentence_before_relays_the_quote_after_it():
    text = ("Justice Ann Marsh has spoken about the case before. That echoed remarks she made in an interview with "
            "The Associated Press, when the justice declined to name a nominee.\n\n"
            "“I would rather not think about that,” Marsh said when asked about the vacancy.")
    assert chain_of(text, "“I would rather") == ["Associated Press", "Ann Marsh"]
    assert chain_of(text, "That echoed") == []  # the sentence that names the interview quotes no one


def test_a_quotation_run_after_comments_to_an_outlet_is_relayed_whole():
    text = ("Governor Paul Lind made the comments to The Boston Globe on Friday.\n\n"
            "“We will not raise taxes. Not this year, not next year,” he said.")
    assert chain_of(text, "“We will not") == ["Boston Globe", "Paul Lind"]
    assert chain_of(text, "Not this year") == ["Boston Globe", "Paul Lind"]


def test_the_relay_ends_with_a_sentence_between_or_another_speaker():
    gap = INTERVIEW.replace("\n\nWhen asked", "\n\nThe vote is set for March. When asked")
    assert chain_of(gap, "When asked") == ["Ruth Cole"]
    other = INTERVIEW.replace("Cole replied", "Senator Paul Lind replied")
    assert chain_of(other, "When asked") == ["Paul Lind"]


def test_the_publisher_itself_is_never_relayed():
    text = ("Ms. Marsh’s remarks came in an interview with the Evening Courant on Monday.\n\n"
            "“I will run again,” Ann Marsh said.")
    assert chain_of(text, "“I will run") == ["Ann Marsh"]


def test_refers_to_reads_surname_pronoun_of_the_known_gender_or_a_role_word():
    state = State()
    marsh = Entity("Ann Marsh", "person")
    assert heard.refers_to("remarks Marsh made to the Globe", marsh, state)
    assert not heard.refers_to("remarks she made to the Globe", marsh, state)  # her gender not shown yet
    state.people.gender["Ann Marsh"] = FEMALE
    assert heard.refers_to("remarks she made to the Globe", marsh, state)
    assert not heard.refers_to("remarks he made to the Globe", marsh, state)
    state.describe({"justice"}, marsh)
    assert heard.refers_to("the justice’s comments to the Globe", marsh, State(roles=state.roles))


def test_a_sentence_that_only_leads_into_a_quotation_holds_none_of_its_words():
    text = ("A new ad shows Senator Ruth Cole at a rally in Tampa. For effect, a drumbeat fit for the last week of a "
            "close race plays as Ms. Cole continues. “We will not wait. We will win.”")
    assert chain_of(text, "For effect") == []  # the reporter's description of the ad
    assert chain_of(text, "“We will not") == ["Ruth Cole"]
    assert chain_of(text, "We will win") == ["Ruth Cole"]


def test_a_title_in_quotation_marks_is_no_quotation_its_sentence_attributes():
    text = ("A new ad shows Senator Ruth Cole at a rally in Tampa. For effect, a soundtrack fit for a thriller like "
            "“The Watch” plays as Ms. Cole continues. “We will not wait. We will win.”")
    assert chain_of(text, "For effect") == []
    assert chain_of(text, "“We will not") == ["Ruth Cole"]
    for term in ("a drama like “Homeland” plays as the minister continues.",
                 "In 2013, she tested “negative” for all of them, Dr. Lee said."):
        assert quotemarks.named_only(term, term.index("”"))


def test_a_quotation_whose_tail_names_its_speaker_keeps_it():
    text = "“We will win,” Ms. Ruth Cole continued. “And we will win big.”"
    assert chain_of(text, "“We will win") == ["Ruth Cole"]
    assert chain_of(text, "“And we") == ["Ruth Cole"]
    text = "The senator called the bill “a disgrace,” Ms. Ruth Cole said."
    assert not quotemarks.named_only(text, text.index("”"))
    assert chain_of(text, "The senator") == ["Ruth Cole"]
