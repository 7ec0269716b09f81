"""A reported question ("“Is it true …?” Roberts asked") restates what is asked and asserts nothing: a plain answer
does not open with one when a close quote asserts something, nor adds one as corroboration
(app/answer/opening.py `asserts_first`, `attribution.contradict.question_quote`). An appeal ("What did X call for?")
is answered by a report of what was called for as well as by quoted words (`words_first`)."""

from __future__ import annotations

from app.answer.opening import asserts_first, plain_order
from app.answer.words_first import words_first
from app.answer.select import asked
from app.attribution.contradict import question_quote
from tests.answer.test_speaker_first import quote

Q = "Why did Sellers say comparing Wal-Mart's pay disparity with the national average was unfair?"
ASKED = quote("“Is it true,” Chief Justice Roberts asked Mr. Sellers, “that Wal-Mart’s pay disparity across the "
              "company was less than the national average?”", "New York Times", 1.04)
ASKED_TAIL = quote('"Is it true that Wal-Mart\'s pay disparity across the company was less than the national '
                   'average?" he asked.', "Fox News", 0.97)
ANSWER = quote("Sellers said that wasn't a fair comparison because Wal-Mart has an obligation under federal law to "
               "make sure its managers do not discriminate.", "Fox News", 0.88)


def test_a_question_with_or_without_its_attribution_asserts_nothing():
    assert question_quote(ASKED.text) and question_quote(ASKED_TAIL.text)
    assert not question_quote(ANSWER.text)
    assert not question_quote("The lawyers asked the court to dismiss the case.")


def test_a_close_quote_that_asserts_opens_instead_of_a_reported_question():
    ranked = [ASKED, ASKED_TAIL, ANSWER]
    assert asserts_first(ranked) == 2
    assert plain_order(asked(Q), Q, ranked, [0, 1], 2) == [2]


def test_a_best_quote_that_asserts_keeps_its_place_and_no_question_corroborates_it():
    ranked = [ANSWER, ASKED]
    assert asserts_first(ranked) == 0
    assert plain_order(asked(Q), Q, ranked, [0, 1], 2) == [0]


def test_a_reported_question_opens_when_no_close_quote_asserts():
    far = quote(ANSWER.text, "Fox News", 0.5)
    assert asserts_first([ASKED, far]) == 0


APPEAL = "What did environmental groups call for after the elephant trophy reversal?"
REPORTED = quote("But environmental groups applauded the reversal on Friday and called for more restrictions on "
                 "trophy hunting.", "New York Times", 0.91)
TWEET = quote("“Big-game trophy decision will be announced next week but will be very hard pressed to change my "
              "mind,” Trump wrote.", "HuffPost", 0.65)


def test_an_appeal_is_answered_by_the_report_of_it_not_by_other_quoted_words():
    assert words_first(asked(APPEAL), APPEAL, [REPORTED, TWEET]) == 0
    said = "What did the environmental groups say after the elephant trophy reversal?"  # no source parsed
    assert words_first(asked(said), said, [REPORTED, TWEET]) == 1  # what was said: the words
    groups = "What did environmental groups say after the elephant trophy reversal?"  # a group is a source too:
    assert words_first(asked(groups), groups, [REPORTED, TWEET]) == 0  # another speaker's words do not answer it
