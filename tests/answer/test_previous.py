"""'When did X last <verb>?' asks the time before this one (app/answer/previous.py): the close quote that dates the
previous occurrence ('the first strike since 1994') opens a plain answer before the lead that dates this one
(openers.duration_first). Invented sentences."""

import numpy as np

from app.answer.asked import asked
from app.answer.previous import asks_previous, gives_earlier, gives_previous
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


def test_before_asks_for_an_earlier_occurrence_dated_back():
    q = "Has the Varn mill been fined for pollution before?"
    lead = quote("Varn Mill, the company whose plant leaked the dye, still calls it a small spill.", "Post", 0.69)
    answer = quote("According to state records, the mill was cited in 2019 and paid a $40,000 fine.", "Star", 0.59)
    picked = pick(asked(q), q, [lead, answer], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is answer
    assert not gives_earlier("The mill has sold dye since 2019.")  # how long it has gone on, no earlier occurrence


def test_a_best_quote_saying_none_was_before_keeps_the_opening():
    q = "Had the Varn charter ever been read aloud in the council before?"
    lead = quote("But the clerk could not find any record of the charter being read aloud in full.", "Post", 0.9)
    other = quote("The only earlier readings, in 1921 and 1950, were of parts of it.", "Star", 0.8)
    picked = pick(asked(q), q, [lead, other], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is lead
