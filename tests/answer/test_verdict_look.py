"""Praise against blame: a verdict question the speakers answer in their own evaluative words (`verdict_look`)."""

from app.answer.select import asked
from app.answer.verdict_look import polarity as judged, verdict_asked
from app.text.terms import term_set


def polarity(text: str, voiced: bool, subject: str = "program exercise money park budget plan remarks") -> int:
    return judged(text, voiced, term_set(subject))


def test_a_judging_verb_is_praise_or_blame_whoever_speaks():
    assert polarity("The president forcefully defended the surveillance program on Friday.", voiced=False) == 1
    assert polarity("Other lawmakers decried the exercise altogether.", voiced=False) == -1


def test_an_evaluative_word_judges_only_in_a_named_speakers_words():
    text = "The couple spent the money for their own personal benefit."
    assert polarity(text, voiced=False) == 0
    assert polarity("The mayor said the new park would benefit the whole town.", voiced=True) == 1


def test_only_a_judgement_near_the_subject_counts():
    assert polarity("Groups applauded the reversal on Friday and called for more parks.", False, "program") == 0
    assert polarity("Groups applauded the program on Friday.", False, "program") == 1


def test_a_negation_bearing_on_the_word_turns_the_verdict():
    assert polarity("\"I don't think the budget is propaganda. I think it's a valuable plan,\" she said.", True) == 1
    assert polarity("The lawyer said that wasn't a fair comparison.", True, "comparison") == -1


def test_praise_and_blame_in_one_quote_or_an_embedded_question_give_no_verdict():
    assert polarity("She praised the plan's budget but decried the plan's parks.", voiced=True) == 0
    assert polarity("He declined to comment on whether the remarks were appropriate.", voiced=True) == 0


def test_a_yes_no_question_in_evaluative_words_asks_a_verdict():
    for q in ("Was closing the library a worthwhile decision?", "Are the fines against the mayor fair?",
              "Is the new stadium good for the city?"):
        assert verdict_asked(asked(q), q), q


def test_an_act_a_figure_or_a_persons_opinion_asks_no_verdict():
    for q in ("Did the council close the library?", "How much did the stadium cost?",
              "Did the mayor's lawyer think the comparison was fair?",
              "Did the senator comment on whether it was fair?",
              "What did critics say about the fines?"):
        assert not verdict_asked(asked(q), q), q


from app.answer.sides import Picked  # noqa: E402
from app.answer.verdict_look import verdict_look  # noqa: E402
from tests.answer.test_day_look import articles  # noqa: E402
from tests.answer.test_sides import quote  # noqa: E402

VQ = "Was closing the branch library a worthwhile decision?"
VBEST = quote("The council voted on Monday to close the branch library in March.", "A", "x", 1.0)
PRAISED = quote("Mayor Lee defended the decision to close the library, saying it would save money.", "A", "x", 0.5,
                "Lee")
BLAMED = quote("\"Closing the library is a disgrace,\" said Ann Ruiz, who led the parents' group.", "B", "y", 0.4,
               "Ann Ruiz")


def test_praise_and_blame_of_the_asked_subject_in_the_candidates_articles_are_opposite_verdicts():
    picked = verdict_look(asked(VQ), VQ, Picked([VBEST], False), [VBEST], articles({"A": [PRAISED], "B": []}))
    assert not picked.contested  # one side only
    picked = verdict_look(asked(VQ), VQ, Picked([VBEST], False), [VBEST, BLAMED], articles({"A": [PRAISED]}))
    assert picked.contested and picked.about == "verdicts" and picked.quotes == [VBEST, PRAISED, BLAMED]


def test_one_outlet_quoting_two_named_speakers_on_opposite_sides_is_a_dispute_its_own_voice_twice_is_not():
    blamed_in_a = quote("\"Closing the library is a disgrace,\" said Ann Ruiz.", "A", "x", 0.4, "Ann Ruiz")
    picked = verdict_look(asked(VQ), VQ, Picked([VBEST], False), [VBEST], articles({"A": [PRAISED, blamed_in_a]}))
    assert picked.contested
    decried = quote("Parents decried the decision to close the library.", "A", "x", 0.4)
    lauded = quote("Officials defended the decision to close the library.", "A", "x", 0.3)
    assert not verdict_look(asked(VQ), VQ, Picked([VBEST], False), [VBEST],
                            articles({"A": [decried, lauded]})).contested


def test_a_plain_question_is_not_read_for_praise_and_blame():
    q = "Did the council close the branch library?"
    assert not verdict_look(asked(q), q, Picked([VBEST], False), [VBEST, BLAMED], articles({"A": [PRAISED]})).contested


def test_an_adjective_before_another_noun_judges_that_noun_not_the_subject():
    assert polarity("\"It is a legitimate question to raise about the remarks,\" he said.", True, "remarks") == 0
    assert polarity("\"It is a valuable exercise,\" he said.", True, "exercise") == 1
    assert polarity("\"It is a horror show for the park,\" he said.", True, "park") == -1  # a noun of blame
