"""A response is reported by what the responder says or does, seldom by the word "respond": a question's event of
responding is told by a quote whose subject, named as the question writes it, speaks (`app/answer/responded.py`)."""

from __future__ import annotations

from app.answer.outcome import unreported
from app.answer.responded import responded_to, responders, untold_responses

WHEN = "When did Mayor Alvarez respond to the council's vote?"
SAID = "Mayor Alvarez, a first-term Democrat, said in a statement late Friday that the vote was a mistake."


def still_untold(question: str, text: str) -> list[str]:
    return untold_responses(question, unreported(question, [text]), [text])


def test_a_response_is_told_by_what_the_responder_says():
    assert unreported(WHEN, [SAID]) == ["respond"]  # no "respond" in it: the verb check alone misses it
    assert still_untold(WHEN, SAID) == []
    assert still_untold(WHEN, "Alvarez swiftly responded Friday, telling reporters the vote was rushed.") == []


def test_a_response_of_a_relative_clause_subject_is_told():
    question = "How did Democrats react to the governor's remark?"
    assert still_untold(question, "The remark was quickly seized upon by Democrats who argued it was cruel.") == []
    assert still_untold(question, "The remark was made to Democrats who were in the room.") == ["react"]


def test_a_responder_only_mentioned_does_not_respond():
    assert still_untold(WHEN, "The council's vote drew protests outside City Hall on Friday.") == ["respond"]
    assert still_untold(WHEN, "Critics said the vote embarrassed Alvarez.") == ["respond"]


def test_a_title_is_no_responders_name():
    question = "When did President Alvarez respond to the council's vote?"
    assert responders(question) == {"respond": frozenset({"alvarez"})}
    assert still_untold(question, "The union's President Dana Kim said on Friday the vote was a mistake.") == ["respond"]


def test_only_a_verb_of_responding_with_a_named_subject_is_read():
    assert responders("When did Mayor Alvarez sign the council's bill?") == {}
    assert responders("Did the U.N. respond to the ad?") == {}  # an abbreviation is no name word here
    assert responders("How did the council respond to the vote?") == {}  # no name


def test_a_response_names_what_it_answers_or_the_act_of_responding():
    question = "When did Mayor Alvarez respond to the union's lawsuit over the budget?"
    assert responded_to(question) == "lawsuit"
    other = "Mayor Alvarez said on Friday that the budget would be balanced."  # speaks, of something else
    assert still_untold(question, other) == ["respond"]
    pointing = "That effort was made urgent after Mayor Alvarez said on Friday that the budget would be balanced."
    assert still_untold(question, pointing) == ["respond"]  # "That effort": whatever it was, no response named
    assert still_untold(question, "Mayor Alvarez said on Friday that the lawsuit was frivolous.") == []
    assert still_untold(question, "Alvarez responded on Friday, telling reporters the city would fight.") == []
    seized = "The remark was quickly seized upon on Monday by Democrats who argued it was cruel."
    assert still_untold("When did Democrats react to the governor's remark?", seized) == []
    assert still_untold("When did Democrats react to the governor saying the schools had failed?", seized) == []
