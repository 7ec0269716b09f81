"""Right speaker, seventh round (issue 14 point 4): a common noun that refers back to a body the article named ('the
agency said', 'the department said', 'the group wrote', 'the company says', 'the board noted') names that body, and a
generic role ('the official', 'the lawmaker') names the one person described by such a word, else no one: never the
last person named by default.

The sentences are written for these tests in the style of US political news; none is copied from a corpus.
Rules only (nlp=None)."""

from app.attribution import speech
from tests.attribution.test_speakers_fifth import chain_of


def test_the_agency_said_names_the_service_named_before():
    text = ("Sen. Ann Marsh questioned the rule on Friday. "
            "The U.S. Forest and Range Service said in a notice that permits would resume. "
            "“Managed grazing can help the land,” the agency said in a statement.")
    assert chain_of(text, "“Managed grazing") == ["U.S. Forest and Range Service"]


def test_the_department_said_names_the_department_named_before():
    text = ("In a filing released by the Labor Department, Mr. Cole was charged with fraud. "
            "The department said that the payments continued despite “repeated warnings.”")
    assert chain_of(text, "The department said") == ["Labor Department"]


def test_the_group_wrote_names_the_body_a_description_called_a_group():
    text = ("The rule was first announced by Prairie Hunters United, a sportsmen's advocacy group that sued in 2015. "
            "Paul Lind, a rancher, welcomed it. "
            "“This is the best news in years,” the group wrote.")
    assert chain_of(text, "“This is the best") == ["Prairie Hunters United"]


def test_the_company_says_names_the_name_described_as_a_retailer():
    text = ("The case is against Shopwell, the country’s second-largest retailer. "
            "Shopwell calls that evidence unrepresentative and unreliable. "
            "The company says its policies bar discrimination.")
    assert chain_of(text, "Shopwell calls") == ["Shopwell"]
    assert chain_of(text, "The company says") == ["Shopwell"]


def test_the_campaign_and_the_committee_name_the_campaign_and_committee_named_before():
    text = ("The Marsh for Senate Campaign filed its report on Monday. The House Ethics Committee opened an inquiry. "
            "“The matter is under review,” the committee said. The campaign said that it had raised $2 million.")
    assert chain_of(text, "“The matter") == ["House Ethics Committee"]
    assert chain_of(text, "The campaign said") == ["Marsh for Senate Campaign"]


def test_the_board_noted_relays_the_outlet_whose_editorial_board_spoke():
    text = ("“The remarks were unwise,” The Hartford Ledger’s editorial board said Tuesday. "
            "The board noted that judges must stay out of campaigns.")
    assert chain_of(text, "The board noted") == ["Hartford Ledger"]


def test_the_agency_with_no_body_named_is_still_the_news_agency():
    text = "The Pars News Agency reported the arrests on Monday. The agency said that six people were held."
    assert chain_of(text, "The agency said") == ["Pars News Agency"]


def test_the_official_is_no_one_when_no_person_was_described_so():
    text = ("Sen. Ann Marsh criticized the program on Monday. "
            "“The program is lawful and overseen,” the official said.")
    assert chain_of(text, "“The program") == []


def test_the_lawmaker_is_the_one_person_described_as_a_legislator():
    text = ("Rep. Paul Lind of Idaho spoke first. Ruth Cole, a rancher, spoke next. "
            "“We will not back down,” the lawmaker said.")
    assert chain_of(text, "“We will not") == ["Paul Lind"]


def test_the_lawmaker_is_no_one_when_two_legislators_fit():
    text = ("Rep. Paul Lind of Idaho spoke first. Sen. Ann Marsh of Maine spoke next. "
            "“We will not back down,” the lawmaker said.")
    assert chain_of(text, "“We will not") == []


def test_a_specific_description_still_refers_to_the_person_just_named():
    text = ("Ruth Cole, a vocal critic of the rule, said in a statement that she was “saddened.” "
            "The former Idaho governor said the claims were false.")
    assert chain_of(text, "The former Idaho governor") == ["Ruth Cole"]


def test_calling_an_object_something_is_speech_but_calling_the_police_is_not():
    assert speech.leading("Democrats called that a mischaracterization.") is not None
    assert speech.leading("Shopwell calls that evidence unrepresentative and unreliable.") is not None
    assert speech.leading("He called the police immediately.") is None
    assert speech.leading("She called the police and firefighters.") is None
    assert speech.leading("They called on the administration to answer questions.") is None
