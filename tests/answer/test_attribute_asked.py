"""A question asking for an attribute the story never gives (a weight, a hospital, a salary, an age) is not covered
when no quote near the best holds a word of that attribute's family; one that gives it in other words ("pounds",
"medical center", "earned", "Hunter, 41,") is answered."""

from __future__ import annotations

from app.answer.answered import answers_question
from app.answer.attribute_asked import attribute_asked, attribute_missing
from app.answer.partial import missing
from tests.answer.test_perspectives_view import quote

LEAD = quote("Clinton's campaign released a statement from her doctor declaring she is in excellent physical "
             "condition.", "A", "x", 0.75)
TRAINS = quote("She also exercises regularly, practices yoga, swims, walks and weight trains, her doctor said.",
               "A", "x", 0.6)
DRUGS = quote("Clinton's current medications also include Armour Thyroid, which is used to treat underactive "
              "thyroids.", "A", "x", 0.53)


def test_the_attribute_is_read_as_the_noun_asked_for():
    assert attribute_asked("What was Hillary Clinton's weight at her most recent physical?") == "weight"
    assert attribute_asked("Which hospital treated Hillary Clinton for her concussion?") == "hospital"
    assert attribute_asked("What salary does Duncan Hunter earn as a congressman?") == "salary"
    assert attribute_asked("What was the weight of the marijuana seized?") == "weight"
    assert attribute_asked("What is Duncan Hunter's age?") is None  # an age: `answer_type.age_given`
    # a verb or no wh-question: nothing asked
    assert attribute_asked("Did Ginsburg weigh in on the election?") is None
    assert attribute_asked("Was the hospital closed?") is None
    assert attribute_asked("What did Sestak say about the job?") is None
    assert attribute_asked("Did Clinton's doctor release her weight?") is None  # yes/no: whether, not the weight


def test_an_attribute_no_near_quote_names_is_missing():
    assert attribute_missing("What was Hillary Clinton's weight at her most recent physical?",
                             [LEAD, TRAINS]) == ["weight"]  # "weight trains" is exercise, not a weight
    assert attribute_missing("Which hospital treated Hillary Clinton for her concussion?", [LEAD, DRUGS]) == ["hospital"]
    assert attribute_missing("What salary does Duncan Hunter earn?", [LEAD]) == ["salary"]


def test_an_attribute_given_in_other_words_is_not_missing():
    pounds = quote("Colorado pot seized rose to a yearly average of 3,690 pounds.", "B", "y", 0.5)
    assert attribute_missing("What was the weight of the marijuana seized each year?", [LEAD, pounds]) == []
    center = quote("She was treated at NewYork-Presbyterian/Columbia University Medical Center.", "B", "y", 0.7)
    assert attribute_missing("Which hospital treated Hillary Clinton?", [LEAD, center]) == []
    earned = quote("The congressman earned $174,000 last year.", "B", "y", 0.7)
    assert attribute_missing("What salary does Duncan Hunter earn?", [LEAD, earned]) == []


def test_only_quotes_near_the_best_count():
    far = quote("The hospital said it was treating the patient.", "B", "y", 0.3)  # 0.45 below the best
    assert attribute_missing("Which hospital treated Hillary Clinton?", [LEAD, far]) == ["hospital"]


def test_the_not_covered_reply_names_the_attribute():
    assert missing("Which hospital treated Hillary Clinton for her concussion?") == "the hospital asked for"
    assert missing("What was Hillary Clinton's weight at her physical?") == "the weight asked for"


def test_the_answer_check_abstains_on_a_missing_attribute():
    assert not answers_question("What was Hillary Clinton's weight at her most recent physical?", [LEAD, TRAINS],
                                [None, None])
    assert answers_question("What did Clinton's doctor declare?", [LEAD, TRAINS], [None, None])
