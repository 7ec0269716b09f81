""""What did X tell Y about Z?" opens with the words in quotation marks only when the best quote does not already give
them: reported speech ("The Gazette reported that a night guard said …") gives what was said in the reporter's
wording (app/answer/words_first.py, INDIRECT)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.words_first import INDIRECT, words_first
from tests.answer.test_acts import quote


def test_reported_speech_is_told_apart_from_a_description():
    assert INDIRECT.search("The Brisk Gazette reported that a night guard said staffing had been cut.")
    assert INDIRECT.search("Chatterline said in its quarterly transparency report in August that it had removed them.")
    assert not INDIRECT.search("The director spoke about staffing at length on Monday.")
    assert not INDIRECT.search("A guard said staffing was cut. Officials noted that it was not.")  # no clause break


def test_a_reported_answer_keeps_the_opening_from_a_quotation():
    q = "What did a guard tell the Brisk Gazette about staffing?"
    best = quote("The Brisk Gazette reported that a night guard said overnight staffing had been cut from four guards "
                 "to two.", "Herald", 0.90)
    other = quote("“We were never told why,” said the museum's director, who spoke about the guards on Monday.",
                  "Herald", 0.80)
    assert words_first(asked(q), q, [best, other]) == 0


def test_a_description_still_gives_way_to_the_words():
    q = "What did a guard tell the Brisk Gazette about staffing?"
    best = quote("A night guard spoke to the Brisk Gazette about staffing at the museum.", "Herald", 0.90)
    other = quote("“We were two people for forty rooms,” a night guard told the Brisk Gazette.", "Herald", 0.80)
    assert words_first(asked(q), q, [best, other]) == 1
