"""An interview told as a quick question and its quoted reply is one quote (app/answer/replied.py, select.extend)."""

from __future__ import annotations

from app.answer.replied import replies
from app.answer.scoring import Scored
from app.answer.select import extend
from app.attribution.links import Link
from tests.answer.test_extend import scored

MAYOR = (Link("Mayor Jones", "quotes"),)


def _with_reply_voiced(text: str, scores: list[float]) -> list[Scored]:
    """The passage's sentences, the second one (the reply) under the mayor's chain."""
    sentences = scored(text, scores)
    reply = sentences[1]
    return [sentences[0], Scored(reply.sentence._replace(links=MAYOR), reply.score, reply.dense, reply.cover),
            *sentences[2:]]


def test_a_quick_question_in_the_outlets_voice_joins_its_quoted_reply_and_takes_its_chain():
    text = "Councilwoman Ada Park of the Third Ward? “A tireless, honest public servant.”"
    sentences = _with_reply_voiced(text, [1.0, 0.3])
    start, end, links = extend(sentences[0], sentences, 0.05)
    assert (start, end) == (0, len(text)) and links == MAYOR


def test_a_long_question_or_a_reply_without_quotation_marks_is_no_interview_round():
    long_q = "Did the council ever consider what would happen to the ward if the plant closed and the jobs left town?"
    assert not replies(long_q, (), "“We did,” she said.")
    assert not replies("Councilwoman Ada Park?", (), "She is a tireless public servant.")
    assert not replies("Councilwoman Ada Park?", MAYOR, "“A tireless public servant.”")  # the question is relayed
    assert replies("Councilwoman Ada Park?", (), "“A tireless public servant.”")


def test_a_statement_in_the_outlets_voice_still_never_joins_a_relayed_quote():
    text = "Councilwoman Ada Park of the Third Ward spoke on Monday. “A tireless, honest public servant.”"
    sentences = _with_reply_voiced(text, [1.0, 0.3])
    start, end, links = extend(sentences[0], sentences, 0.05)
    assert text[start:end] == sentences[0].sentence.text and links == ()
