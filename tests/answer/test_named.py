"""A name the question gives must stand in some article the answer could quote: a near-topic question
that swaps in another person or body is not answered by the story's quotes."""

from __future__ import annotations

from app.answer.named import question_names, unnamed
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.store.chroma import StoredChunk


def quote(text: str, doc: str = "a", outlet: str = "Times") -> Quote:
    chunk = StoredChunk(id=doc, doc_id=doc, start=0, end=len(text), text=text, meta={"outlet": outlet})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), 1.0)


def test_a_questions_names_are_its_capitalised_runs_without_titles_openers_or_acronyms():
    assert question_names("What did Justice Clarence Thomas say during the argument?") == [frozenset({"clarenc", "thoma"})]
    assert question_names("What did the ACLU say in March?") == []  # an acronym, a month


def test_a_name_no_candidate_article_holds_is_unnamed():
    story = [quote("Justice Kennedy said the argument points in conflicting directions."),
             quote("Mr. Sellers said the comparison was not fair.", "b")]
    assert unnamed("What did Justice Clarence Thomas say during the argument?", story) == ["clarenc thoma"]
    assert unnamed("What did Anthony Kennedy say during the argument?", story) == []  # one word of the name is enough
    assert unnamed("What did Walmart's lawyer say?", [quote("Wal-Mart's lawyer said no.")]) == []  # split in two
    assert unnamed("What did the Times report?", story) == []  # the outlet names itself
