"""Whose change "How much has <subject> <changed>?" asks: the quote giving a figure of the subject's head noun opens the
answer ("the wetlands … have shrunk by more than half"), not a better-scoring figure of another thing's change ("the
crane population has shrunk from about 90,000"), whether it made a quote of its own (`change_first`) or only grew
the other's quote (`change_grown`). A change in words answers "how much" as digits do (`changed_in_words`). Pure:
hand-made passages."""

from __future__ import annotations

from app.answer.changed import change_first, change_grown, changed_head, gives_change
from app.answer.opening import grown, plain_order
from app.answer.select import Quote, asked
from tests.answer.test_parts import quote
from tests.answer.test_parts import ranked as parts_ranked

HEAD = "The wetlands where the cranes nest have also dwindled by more than half."
OTHER = "As a result, the crane population has shrunk from about 90,000 to 20,000."
WETLANDS = "How much have the cranes' wetlands shrunk?"


def ranked(question: str) -> list[Quote]:
    """The passage's quotes for `question`: the population sentence the question's own vector, the wetlands one after
    it far from it (`test_parts.ranked`)."""
    return parts_ranked(question, f"{OTHER} {HEAD}")


def test_the_head_of_the_subject_whose_change_is_asked():
    assert changed_head(WETLANDS) == "wetland"
    assert changed_head("By how much did seizures of Colorado marijuana increase?") == "seizur"  # before "of"
    assert changed_head("How much has the deficit grown since 2010?") == "deficit"
    assert changed_head("How much has Colorado grown?") == ""  # a name: no head noun
    assert changed_head("How much did the Clintons pay in property taxes?") == ""  # no change asked


def test_a_sentence_naming_the_head_with_a_figure_in_words_gives_the_change():
    assert gives_change("wetland", HEAD)
    assert not gives_change("wetland", OTHER)  # a figure, of the population
    assert not gives_change("wetland", "The wetlands where the cranes nest are drying.")  # the head, no figure


def test_the_other_things_quote_grows_to_hold_the_heads_change():
    quotes = ranked(WETLANDS)
    assert [q.text for q in quotes] == [OTHER] and quotes[0].grown is not None
    assert [q.text for q in change_grown(WETLANDS, quotes)] == [f"{OTHER} {HEAD}"]
    assert [q.text for q in grown(asked(WETLANDS), WETLANDS, quotes)] == [f"{OTHER} {HEAD}"]


def test_a_question_about_the_other_thing_keeps_its_quote():
    question = "How much has the crane population shrunk?"
    quotes = ranked(question)
    assert change_grown(question, quotes) == quotes


def test_a_close_quote_giving_the_heads_change_opens_the_answer():
    quotes = [quote(OTHER, 1.0, "The Times"), quote(HEAD, 0.8, "The Post")]
    assert change_first(WETLANDS, quotes) == 1
    assert plain_order(asked(WETLANDS), WETLANDS, quotes, [0, 1], 2)[0] == 1
    far = [quote(OTHER, 1.0, "The Times"), quote(HEAD, 0.5, "The Post")]
    assert change_first(WETLANDS, far) == 0


def test_a_change_in_words_answers_how_much_but_no_count_and_no_sum():
    from app.answer.answer_type import figure_given

    def given(question: str, text: str) -> bool:
        return figure_given(asked(question), question, [text])
    assert given("How much did arrests grow?", "Arrests doubled last year.")
    assert given("How much has the budget been cut?", "The budget was cut in half.")
    assert given("How much did turnout fall?", "Turnout fell by nearly half in the city.")
    assert not given("How many arrests were made?", "Arrests doubled.")  # a count is asked
    assert not given("How much did the plan cost?", "Arrests fell by half after the plan.")  # a sum is asked
    assert not given("How much did the stadium cost?", "The stadium's cost doubled after the delays.")  # no sum given
    assert not given("How much did turnout fall?", "The mayor doubled down on Monday.")  # an idiom, no change
