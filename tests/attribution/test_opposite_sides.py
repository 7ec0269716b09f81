"""Opposite sides of one dimension the question names, in other words than the question's: a negated synonym
("not secret" / "has not been disclosed"), an antonym ("appreciate and respect" / "frustration", "an accident" /
"knew"); the same side in other words, or a dimension the question does not name, is no dispute."""

from __future__ import annotations

from tests.answer.test_sides import quote, vectors

from app.answer.select import asked
from app.answer.sides import pick
from app.attribution.verdicts import asked_dimensions, opposite_sides


def test_a_negated_synonym_takes_the_other_side():
    q = "Was the surveillance program kept secret?"
    assert opposite_sides(q, "The programs are not secret, in that every member of Congress has been briefed.",
                          "The classified program has not been disclosed publicly before.")
    # "has not been disclosed" is the secret side: it agrees with "classified"
    assert not opposite_sides(q, "The classified program has not been disclosed publicly before.",
                              "It was a secret program.")


def test_antonyms_of_an_attitude_or_of_intent_disagree():
    assert opposite_sides("Is the prime minister frustrated with the president's stance?",
                          "He expressed frustration at the administration's failure to set red lines.",
                          "“I appreciate that and I respect that,” he said.")
    assert opposite_sides("Was the improper spending an accident?", "“It was an accident and I paid it back.”",
                          "The Hunters knew that many of their purchases could be made only with campaign funds.")


def test_a_negative_polarity_item_turns_the_word_after_it():
    assert opposite_sides("Can sport hunting benefit conservation?",
                          "Sport hunting can benefit certain species.",
                          "Hard pressed to change my mind that this horror show in any way helps conservation.")


def test_the_same_side_in_other_words_or_a_quote_on_both_sides_is_no_dispute():
    q = "Was the surveillance program kept secret?"
    assert not opposite_sides(q, "The classified program.", "The secret program.")
    assert not opposite_sides(q, "The programs are secret in that they are classified. They are not secret, "
                              "in that every member has been briefed.", "The secret program.")


def test_only_a_dimension_the_question_names_is_asked():
    assert asked_dimensions("Did the Hunters misuse campaign money?") == ()
    assert not opposite_sides("Did the Hunters misuse campaign money?", "“It was an accident,” he said.",
                              "He knew the purchases were personal.")


def test_a_contested_answer_when_two_outlets_take_opposite_sides_of_the_asked_dimension():
    q = "Does the prime minister respect the president's stance on Iran?"
    warm = quote("“The president is determined to stop Iran, and I appreciate that and I respect that,” he said.",
                 "A", "x", 1.0)
    cold = quote("He expressed frustration at the president's failure to set red lines for Iran.", "B", "y", 0.95)
    picked = pick(asked(q), q, [warm, cold], vectors((1, 0.2), (1, 0.5)))
    assert picked.contested and picked.about == "verdicts"
    far = vectors((1, 0), (0, 1))  # not on one point (cosine below ON_POINT): no dispute
    assert not pick(asked(q), q, [warm, cold], far).contested


def test_a_negation_reaches_a_verb_a_few_words_on():
    q = "Would a win for the two states undo every state's marijuana laws?"
    assert opposite_sides(q, "All state marijuana laws, in any form, could be in jeopardy of being unraveled.",
                          "The suit does not specifically seek to overturn the personal-use portion, meaning that "
                          "portions of legalization could survive even if the states prevail.")


def test_who_said_it_is_not_disputed_by_opposite_sides():
    q = "Who said the surveillance programs are limited in scope?"
    limited = quote("“The programs are limited in scope,” the president said.", "A", "x", 1.0)
    vast = quote("Senators said the bulk collection reached millions of Americans.", "B", "y", 0.95)
    assert asked(q).identity and not pick(asked(q), q, [limited, vast], vectors((1, 0.2), (1, 0.5))).contested


def test_a_relative_clause_names_who_is_asked_about_and_asks_no_dimension():
    q = "Were members of Congress who knew about PRISM free to talk about it?"
    assert asked_dimensions(q) == ()  # "who knew": which members, not whether they knew
    assert not opposite_sides(q, "Members of Congress who are aware of the program were bound by oath.",
                              "Lawmakers in Congress said they were not aware of programs to mine Internet data.")
    assert asked_dimensions("Were members who were not aware of PRISM briefed?") == ()
    assert asked_dimensions("Was the program, which had been kept secret, legal?") == ()
    # the clause's first verb is not asked; the main verb after it is ("agree"), and so is a word outside it
    assert asked_dimensions("Did the lawmakers who knew about it agree to keep it secret?") == (0, 3)
    assert asked_dimensions("Did the official who spoke say the program was secret?") == (0,)


def test_a_body_set_on_one_outcome_and_a_divided_one_disagree():
    q = "Did the council appear ready to approve the stadium plan?"
    assert opposite_sides(q, "The city council appears ready to approve the stadium plan on Monday.",
                          "The council appeared closely divided over the stadium plan during the hearing.")
    assert opposite_sides("How did the board appear to lean on the merger?", "The board seemed inclined to reject it.",
                          "The board was split on the merger, members said.")
    # the same side in other words, a kind of ruling ("a split decision", "divided rulings"), or a question naming
    # no lean: no dispute
    assert not opposite_sides(q, "The council appears ready to approve the plan.", "Members seem poised to approve it.")
    assert not opposite_sides(q, "The council appears ready to approve the plan.",
                              "The council could issue a split decision and approve only part of it.")
    assert not opposite_sides(q, "The council appears ready to approve the plan.",
                              "That raised the prospect of ideologically divided rulings.")
    assert asked_dimensions("Did the council approve the stadium plan?") == ()


def test_a_contested_answer_when_one_outlet_reports_a_lean_and_another_a_divided_body():
    q = "Did the board appear ready to approve the merger?"
    ready = quote("The board appears ready to approve the merger, according to people at the meeting.", "A", "x", 1.0)
    divided = quote("The board appeared deeply divided over the merger on Tuesday.", "B", "y", 0.95)
    picked = pick(asked(q), q, [ready, divided], vectors((1, 0.2), (1, 0.5)))
    assert picked.contested and picked.about == "verdicts"
    also = quote("Several members seemed inclined to approve the merger.", "B", "y", 0.95)  # the same lean
    assert not pick(asked(q), q, [ready, also], vectors((1, 0.2), (1, 0.5))).contested
