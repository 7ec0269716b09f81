"""The day look (`rebuttal.day_look`): a day question whose best quote dates the asked event reads the other
outlets' articles for another weekday of that event, which the question's retrieval may not return."""

from __future__ import annotations

from app.answer.rebuttal import day_look
from app.answer.select import asked
from app.answer.sides import Picked
from tests.answer.test_rebuttal import embed_with
from tests.answer.test_sides import quote

Q = "On what day was the senator's interview with the Gazette printed?"
BEST = quote("The senator told the Gazette in an interview printed Sunday that she is running.", "A", "x", 1.0)
OTHER = quote("The senator's quarrel with the governor went on this week.", "B", "y", 0.8)  # B's article is among them


def articles(sentences: dict[str, list]):
    def article(doc_id, keep):
        return [q for q in sentences.get(doc_id, []) if keep(q.text)]
    return article


def test_another_weekday_of_the_asked_event_in_another_outlets_article_is_contested():
    printed = quote("She had started the storm with remarks to the Gazette printed Saturday.", "B", "y", 0.2)
    embed = embed_with({BEST.text: (1, 0.2), printed.text: (1, 0.5)})
    picked = day_look(asked(Q), Q, Picked([BEST], False), [BEST, OTHER], articles({"B": [printed]}), embed)
    assert picked.contested and picked.about == "days" and picked.quotes == [BEST, printed]


def test_a_weekday_of_another_event_or_the_same_day_is_no_disagreement():
    attacked = quote("The governor on Tuesday attacked the senator over her remarks.", "B", "y", 0.2)
    same = quote("Her remarks to the Gazette were printed Sunday.", "B", "y", 0.2)
    embed = embed_with({BEST.text: (1, 0.2), attacked.text: (1, 0.5), same.text: (1, 0.4)})
    found = articles({"B": [attacked, same]})
    assert not day_look(asked(Q), Q, Picked([BEST], False), [BEST, OTHER], found, embed).contested
    how = "How did the senator describe the race to the Gazette?"  # no day asked: no look
    assert not day_look(asked(how), how, Picked([BEST], False), [BEST, OTHER], found, embed).contested


def test_no_look_when_the_question_names_no_act_to_date():
    light = "On what day did the senator put her campaign on hold?"  # a light verb: no act parsed
    printed = quote("She had started the storm with remarks to the Gazette printed Saturday.", "B", "y", 0.2)
    best = quote("The senator on Sunday said she is running.", "A", "x", 1.0)
    embed = embed_with({best.text: (1, 0.2), printed.text: (1, 0.5)})
    assert not asked(light).acts
    assert not day_look(asked(light), light, Picked([best], False), [best, OTHER], articles({"B": [printed]}), embed).contested


def test_articles_are_read_only_until_enough_of_their_quotes_are_kept():
    from app.answer.rebuttal import articles_quotes

    read: list[str] = []
    found = {d: [quote(f"Sentence {i} of {d} printed Sunday.", d, d, 1.0 - i / 10) for i in range(3)] for d in "xyz"}

    def article(doc_id, keep):
        read.append(doc_id)
        return [q for q in found[doc_id] if keep(q.text)]
    got = articles_quotes("xyz", article, lambda text: "Sunday" in text, floor=0.85, most=3)
    assert [q.text for q in got] == ["Sentence 0 of x printed Sunday.", "Sentence 1 of x printed Sunday.",
                                     "Sentence 0 of y printed Sunday."]  # x's third is below the floor
    assert read == ["x", "y"]  # z's article is never ranked
