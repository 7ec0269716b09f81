""""When did X begin?" is answered by the state it began: "has been sold since January" dates the start
(app/answer/started.py `start_first`, app/answer/opening.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.opening import plain_order
from app.answer.started import asks_start, start_first
from tests.answer.test_acts import quote


def test_a_when_question_about_a_beginning_asks_a_start():
    for q in ("When did ferry service begin on the lake?", "When did the new bakery open?",
              "When did the strike start?"):
        assert asks_start(asked(q)), q
    for q in ("When did the mayor resign?", "How did the strike start?", "Why did the bakery open?"):
        assert not asks_start(asked(q)), q


def test_a_since_time_opens_an_answer_about_a_beginning():
    q = "When did ferry service begin on the lake?"
    lead = quote("For years, lake residents have complained about the noise of the boats.", "A", 0.9)
    since = quote("The town has collected $2 million in fares from the ferry, which has run daily since April.",
                  "B", 0.8)
    assert start_first(asked(q), [lead, since]) == 1
    assert plain_order(asked(q), q, [lead, since], [1], 2)[0] == 1


def test_a_best_quote_naming_the_beginning_or_a_far_since_keeps_the_opening():
    q = "When did ferry service begin on the lake?"
    began = quote("Ferry service on the lake began in 1998 with one boat.", "A", 0.9)
    since = quote("The ferry has run daily since April.", "B", 0.85)
    assert start_first(asked(q), [began, since]) == 0
    lead = quote("For years, lake residents have complained about the noise of the boats.", "A", 0.9)
    far = quote("The ferry has run daily since April.", "B", 0.4)
    assert start_first(asked(q), [lead, far]) == 0
    other = quote("Residents have asked for a second dock since 2019.", "B", 0.85)  # no time: "since he was a boy"
    assert start_first(asked("When did the mayor resign?"), [lead, other]) == 0
