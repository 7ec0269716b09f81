"""The answering sentence of a retrieved article whose passage the retrieval left out goes first when it scores
clearly better than every ranked quote (`article_look`), for an answered question only (`article_first`), and never
for a question about what a source or a document said (their rankings put the source's own words first)."""

from __future__ import annotations

from dataclasses import replace

from app.answer.article_look import ARTICLE_MARGIN, ARTICLES, article_first, article_look
from app.answer.asked import asked
from tests.answer.test_qualifiers import article

WHY = asked("Why did the Hunters mischaracterize their purchases?")


def _doc(doc_id: str, *sentences: str, score: float = 1.0):
    quotes = article(*sentences)
    return [replace(q, hit=replace(q.hit, chunk=replace(q.hit.chunk, id=doc_id, doc_id=doc_id)), score=score)
            for q in quotes]


RANKED = _doc("nyt", "The Hunters knew their purchases could be made only with campaign funds.", score=0.9)
LEFT_OUT = _doc("nyt", "The Hunters knew their purchases could be made only with campaign funds.",
                "To conceal their personal spending, the Hunters mischaracterized the purchases.")[1:]


def _reader(found, asked_docs=None):
    def quotes_of(doc_id, keep, cued=True, floor=None):
        if asked_docs is not None:
            asked_docs.append(doc_id)
        return [q for q in found if q.hit.chunk.doc_id == doc_id and (floor is None or q.score >= floor)]
    return quotes_of


def test_a_left_out_sentence_scoring_clearly_better_goes_first():
    better = [replace(LEFT_OUT[0], score=0.9 + ARTICLE_MARGIN + 0.01)]
    looked = article_look(WHY, RANKED, _reader(better))
    assert looked[0].text.startswith("To conceal") and looked[1:] == RANKED


def test_one_scoring_less_than_the_margin_better_does_not():
    close = [replace(LEFT_OUT[0], score=0.9 + ARTICLE_MARGIN - 0.01)]
    assert article_look(WHY, RANKED, _reader(close)) == RANKED


def test_a_ranked_quote_its_span_holds_is_dropped():
    grown = replace(LEFT_OUT[0], start=RANKED[0].start, score=2.0)
    assert article_look(WHY, RANKED, _reader([grown])) == [grown]


def test_only_the_rankings_first_articles_are_read():
    ranked = [q for i in range(ARTICLES + 2) for q in _doc(f"d{i}", "The Hunters spent campaign money.", score=0.9)]
    read: list[str] = []
    article_look(WHY, ranked, _reader([], read))
    assert read == [f"d{i}" for i in range(ARTICLES)]


def test_a_question_about_what_a_source_said_is_not_looked_at():
    said = asked("What did Duncan Hunter say about the purchases?")
    better = [replace(LEFT_OUT[0], score=5.0)]
    assert said.said and article_look(said, RANKED, _reader(better)) == RANKED


def test_the_look_keeps_the_ranking_when_it_would_no_longer_answer():
    better = [replace(LEFT_OUT[0], score=5.0)]
    question = "Why did the Hunters mischaracterize their purchases?"
    assert article_first(WHY, question, RANKED, _reader(better), lambda ranked: True)[0] == better[0]
    assert article_first(WHY, question, RANKED, _reader(better), lambda ranked: False) == RANKED
