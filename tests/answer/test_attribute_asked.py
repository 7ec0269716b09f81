"""A "Which <noun>" question (or a "What <measured noun>": a salary, fee, weight) is not covered when no quote near
the best names an instance of the kind asked for: the noun itself, as a name's head ("Columbia University", "the 18th
Amendment"), or a figure in the measured noun's unit ("3,690 pounds", "$174,000"); kinds of people, places, times and
organisations are answered by a name alone and are not read."""

from __future__ import annotations

from app.answer.answered import answers_question
from app.answer.attribute_asked import attribute_asked, attribute_missing, names_instance, only_modifier
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
    question = "Which hospital treated Hillary Clinton for her concussion?"
    assert attribute_missing(question, [LEAD, DRUGS]) == ["hospital"]
    assert attribute_missing("What salary does Duncan Hunter earn?", [LEAD]) == ["salary"]


def test_an_attribute_given_as_its_unit_or_a_names_head_is_not_missing():
    pounds = quote("Colorado pot seized rose to a yearly average of 3,690 pounds.", "B", "y", 0.5)
    assert attribute_missing("What was the weight of the marijuana seized each year?", [LEAD, pounds]) == []
    hospital = quote("She was treated at Lenox Hill Hospital in Manhattan.", "B", "y", 0.7)
    assert attribute_missing("Which hospital treated Hillary Clinton?", [LEAD, hospital]) == []
    earned = quote("The congressman earned $174,000 last year.", "B", "y", 0.7)
    assert attribute_missing("What salary does Duncan Hunter earn?", [LEAD, earned]) == []
    brinkley = quote("Historian Alan Brinkley of Columbia University told Fox News the reading was theater.", "B", "y",
                     0.7)
    assert attribute_missing("Which university is historian Alan Brinkley from?", [brinkley]) == []
    section = quote("The law struck down Section 4 of the act.", "B", "y", 0.7)
    assert attribute_missing("Which section of the Voting Rights Act did the court strike down?", [section]) == []


def test_a_measured_noun_needs_a_figure_in_its_unit():
    permit = quote("The service said it would begin issuing permits to allow the import of elephants.", "B", "y", 0.7)
    assert attribute_missing("What fee must a hunter pay for an elephant trophy import permit?", [permit]) == ["fee"]
    donated = quote("The club's committees donated a collective $24,500 to the campaign.", "B", "y", 0.6)
    assert attribute_missing("What fee must a hunter pay for an elephant trophy import permit?",
                             [permit, donated]) == []  # a dollar sum near the best: an opener may still find it
    assert attribute_missing("What share of the vote did he win?", [quote("He won 52 percent.", "B", "y", 0.7)]) == []
    assert attribute_missing("What share of the vote did he win?", [quote("He won the vote.", "B", "y", 0.7)]) == [
        "share"]


def test_which_head_noun_is_read_past_modifiers_and_before_the_verb():
    assert attribute_asked("Which advisory board did the White House consider for Joe Sestak?") == "board"
    assert attribute_asked("Which amendment imposing prohibition did lawmakers not read?") == "amendment"
    assert attribute_asked("At which Hawaii hotel did the Hunters stay?") == "hotel"
    assert attribute_asked("What fee must a hunter pay for a permit?") == "fee"
    assert attribute_asked("Which Colorado court ruled first?") == "court"
    # the run ends at a verb of saying, an adverb, or after a plural
    assert attribute_asked("Which assistant attorney told the senators?") is None  # a person: "attorney"
    assert attribute_asked("Which outlet first reported the resolution?") is None  # an organisation
    assert attribute_asked("Which agencies shut down pages?") == "agencies"
    assert attribute_asked("Which Democrat asked how parts were chosen?") is None  # a name, no kind


def test_kinds_named_by_a_name_alone_are_not_read():
    for question in ("Which lawyer said the stories differ?", "In which Florida cities will the ad air?",
                     "On which day did the NAACP approve its resolution?", "Which newspaper published the remarks?",
                     "Which congressman said the reading was emotional?", "Which countries supported the camp?",
                     "Which senators said officials had called it analogous?", "Which side is telling the truth?"):
        assert attribute_asked(question) is None, question


def test_what_questions_are_read_only_for_a_measured_noun():
    assert attribute_asked("What job does Betty Dukes hold at Wal-Mart?") is None  # "a greeter"
    assert attribute_asked("What drugs does Hillary Clinton take?") is None  # "medications"
    assert attribute_asked("What did John Boehner say about the cost of the reading?") is None  # no copula
    assert attribute_asked("What was the cost of the reading?") == "cost"


def test_only_quotes_near_the_best_count():
    far = quote("The hospital said it was treating the patient.", "B", "y", 0.3)  # 0.45 below the best
    assert attribute_missing("Which hospital treated Hillary Clinton?", [LEAD, far]) == ["hospital"]


def test_the_not_covered_reply_names_the_attribute():
    assert missing("Which hospital treated Hillary Clinton for her concussion?") == "the hospital the question asks about"
    assert missing("What was Hillary Clinton's weight at her physical?") == "the weight the question asks about"


def test_the_answer_check_abstains_on_a_missing_attribute():
    assert not answers_question("What was Hillary Clinton's weight at her most recent physical?", [LEAD, TRAINS],
                                [None, None])
    assert answers_question("What did Clinton's doctor declare?", [LEAD, TRAINS], [None, None])


def test_a_kind_noun_that_only_qualifies_another_noun_names_no_instance_of_it():
    assert only_modifier("drug", "The rower had missed three drug tests in a year.")
    assert not names_instance("drug", "The rower had missed three drug tests in a year.")
    assert not names_instance("ferry", "A ferry spokesman declined to comment.")


def test_a_kind_noun_standing_as_a_head_or_before_a_name_or_verb_names_an_instance():
    assert names_instance("drug", "She tested positive for the drug Norvalin.")
    assert names_instance("drug", "The drug was banned in 2019, and she missed two drug tests.")
    assert names_instance("ferry", "The ferry, the Marla Jane, sank on Monday.")
