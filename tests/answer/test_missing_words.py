"""Every "Not covered" line reads as English and says faithfully what is missing (issue 14 point 3): one row per
question shape, question → the line byline writes. A shape that cannot be rephrased safely says "what was asked"
beside the reader's question, quoted."""

from __future__ import annotations

import pytest

from app.answer.missing_words import ASKED, missing
from app.answer.partial import line, untold_parts

_L = "Not covered: none of the indexed sources reports"

SHAPES = [  # (question, what the line names as missing)
    ("When will the council vote on the budget?", "the date asked for"),
    ("On what day was the mayor's interview published?", "the date asked for"),
    ("How many votes did the mayor win?", "the figure asked for"),
    ("How old is the mayor?", "the age asked for"),
    ("How long did the council debate the budget?", "the length of time asked for"),
    ("Who won the race for mayor?", "the name asked for"),
    ("Where did the mayor give the speech?", "the place asked for"),
    ("Did the council pass the budget?", "whether it happened"),
    ("Was the mayor convicted?", "whether it happened"),
    ("Was the new tax legal?", "whether it was so"),  # a state, not a happening
    ("Is the budget balanced?", "whether it is so"),
    ("Does the city pay its clerks less than the county?", "whether it is so"),
    ("Will the council meet again next year?", "whether it will happen"),
    ("What did the ACLU say about the program?", "what the ACLU said about it"),
    ("What did the auditor conclude about the budget?", "what the auditor concluded about it"),  # its own verb
    ("What has the mayor said about the strike?", "what the mayor has said about it"),  # its own tense
    ("What is the mayor saying about the strike?", "what the mayor is saying about it"),
    ("What does the lawsuit say flows into the river?", "what the lawsuit says"),  # no "about": no "about it"
    ("What did the governor say at his news conference?", "what the governor said"),
    ("What did the mayor tell The Denver Post about the strike?", "what the mayor told The Denver Post about it"),
    ("What did the mayor tell the Associated Press?", "what the mayor told the Associated Press"),
    ("What did the mayor say in an interview with The Times?", "what the mayor said in an interview with The Times"),
    ("What did the mayor say on NBC's \"Meet the Press\" about taxes?", "what the mayor said"),  # venue cut: left out
    ("What did the mayor tell Channel 4 about taxes?", "what the mayor said"),
    ("What did the mayor tell reporters about taxes?", "what the mayor said"),  # no one named is told
    ("What did residents call for after the flood?", "what residents called for"),
    ("What did the mayor call the governor?", ASKED),  # a label, not words about something
    ("How did the mayor describe the plan?", "how the mayor described it"),
    ("How did Arlen Specter respond to the White House report?", "how Arlen Specter responded"),
    ("How did the union react to the vote?", "how the union reacted"),
    ("How does the union respond to the vote?", ASKED),  # "how it responded" would change the tense
    ("What did Specter respond to in the White House report?", ASKED),  # the speaker phrase runs over a verb
    ("How did the mayor hide the payments?", ASKED),  # a manner is no outcome
    ("What did the court decide about the suit?", "the outcome asked for"),
    ("How did the court rule in the case?", "the outcome asked for"),
    ("What did the mayor and his wife hide in their filings?", ASKED),
    ("Which senator called on the mayor to resign?", "the name asked for"),
    ("Which senators called on the mayor to resign?", "the names asked for"),
    ("Which sheriffs sued the state?", "the names asked for"),
    ("Which official said the senators were briefed?", "the name asked for"),
    ("What plea did the mayor enter?", "the plea the question asks about"),
    ("Which court did the sheriffs ask to strike down the law?", "the court the question asks about"),
    ("What job did the White House offer the mayor?", "the job the question asks about"),
    ("What was the mayor's share of the vote?", "the share the question asks about"),
    ("Why did the mayor resign?", ASKED),
    ("Who leaked the memo and what charges does the leaker face?", ASKED),  # two things asked: the quote says both
    ("When and where did the mayor speak?", ASKED),
]


@pytest.mark.parametrize(("question", "words"), SHAPES)
def test_the_not_covered_line_names_what_the_question_asks_for(question, words):
    assert missing(question) == words
    assert line(question) == f"{_L} {words} (\u201c{question}\u201d)."


QUOTED = [  # (question, the line's quotation of it)
    ("At which hotel did the mayor stay?", "At which hotel did the mayor stay?"),  # a preposition opens it
    ("According to Fox News, how many people came?", "According to Fox News, how many people came?"),
    ("Just tell me yes or no: did the council pass the budget?", "Did the council pass the budget?"),
]


@pytest.mark.parametrize(("question", "quoted"), QUOTED)
def test_the_line_quotes_the_readers_question_with_its_source_and_without_an_instruction(question, quoted):
    assert line(question).endswith(f"(\u201c{quoted}\u201d).")


def test_a_parts_line_is_the_line_of_the_part_and_its_typed_record_holds_the_same_text():
    (part,) = untold_parts(["How did the union react to the vote?"])
    assert part.line == line("How did the union react to the vote?") and part.missing == "how the union reacted"
