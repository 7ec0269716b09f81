"""A sum belongs to the person written before it: "How much did Hillary Clinton earn …?" opens with a sum the
article's "she" or "Mrs. Clinton" holds, not "Mr. Clinton earned …", when the question or the article tells her sex."""

from __future__ import annotations

from dataclasses import replace

from app.answer.asked import asked
from app.answer.holders import holder_first, sum_holders
from tests.answer.test_qualifiers import article

TAXES = ("Hillary Rodham Clinton on Friday released her tax returns.",
         "In all, Mr. Clinton earned $13.17 million in 2013 for 41 speeches.",
         "Among Mrs. Clinton's disclosures was that she was paid $9.68 million in 2013 for 41 speeches.")


def _ranked(*texts: str, title: str = "Clintons Report Earnings"):
    quotes = article(*texts, title=title)
    return [replace(q, score=1.0 - 0.1 * i) for i, q in enumerate(quotes)]


def test_each_sum_is_held_by_the_title_pronoun_or_relative_before_it():
    assert sum_holders(TAXES[1]) == ["m"]
    assert sum_holders(TAXES[2]) == ["f"]
    assert sum_holders("She and her husband paid $1 million.") == ["mf"]


def test_the_article_tells_the_asked_persons_sex_when_the_question_does_not():
    q = "How much did Hillary Clinton earn from speeches in 2013?"
    ranked = _ranked(TAXES[1], TAXES[2], TAXES[0])
    assert holder_first(asked(q), q, ranked) == 1
    bill = "How much did Bill Clinton earn from speeches in 2013?"
    assert holder_first(asked(bill), bill, ranked) == 0  # the article tells no sex for him: the best stays
    untold = _ranked(TAXES[1], TAXES[2])  # no "Hillary Rodham Clinton … her": her sex is not known
    assert holder_first(asked(q), q, untold) == 0
