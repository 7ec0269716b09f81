"""'When did X last <verb>?' asks the time before this one (app/answer/previous.py): the close quote that dates the
previous occurrence ('the first strike since 1994') opens a plain answer before the lead that dates this one
(openers.duration_first). Invented sentences."""

import numpy as np

from app.answer.asked import asked
from app.answer.previous import asks_previous, gives_previous
from app.answer.sides import pick
from tests.answer.test_acts import quote

Q = "When did Varn Hill nurses last go on strike?"


def test_last_before_a_verb_asks_the_previous_time():
    assert asks_previous(Q) and asks_previous("When was the Marl ferry last inspected?")
    assert asks_previous("When was the last time the Marl flooded?")
    assert not asks_previous("When did the nurses strike last year?")  # "last year" only places the question
    assert not asks_previous("How long did the strike last?")


def test_a_previous_occurrence_is_dated_by_since_or_last_beside_a_date():
    assert gives_previous("Nurses walked out on Monday in the hospital's first strike since 1998.")
    assert gives_previous("The ferry passed its last inspection in April.")
    assert gives_previous("The previous strike, in 1998, lasted nine days.")
    assert gives_previous("The levee had not been inspected since 2019.")
    assert not gives_previous("Nurses at Varn Hill went on strike Monday, March 3, after talks broke down.")
    assert not gives_previous("The union said last week it would strike.")


def test_the_quote_dating_the_previous_strike_opens_the_answer():
    lead = quote("Nurses at Varn Hill went on strike Monday, March 3, after talks over pay broke down.", "Post", 1.2)
    answer = quote("Hundreds of nurses picketed on Monday in the hospital's first strike since 1998.", "Star", 1.05)
    picked = pick(asked(Q), Q, [lead, answer], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is answer
