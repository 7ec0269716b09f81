"""A why-question takes its event for granted: it is answered only when an article the answer could quote
names that event in some form; when none does, the corpus does not tell why (it does not tell that)."""

from __future__ import annotations

from app.answer.presumed import presumed_events, unreported_presumed
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.store.chroma import StoredChunk


def quote(text: str, doc: str = "a") -> Quote:
    chunk = StoredChunk(id=doc, doc_id=doc, start=0, end=len(text), text=text, meta={"outlet": "Times"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), 1.0)


def test_a_why_question_presumes_the_event_of_its_did_form():
    assert presumed_events("Why did the Supreme Court reject the lawsuit?") == ["reject"]
    assert presumed_events("Why did the Internet companies deny it?") == ["deny"]
    assert presumed_events("Why did the two states go to court?") == []  # a light verb is worded otherwise
    assert presumed_events("Did the Supreme Court reject the lawsuit?") == []


def test_a_presumed_event_no_article_names_is_unreported():
    q = "Why did the Supreme Court reject the lawsuit?"
    filed = [quote("The two states asked the Supreme Court to hear the lawsuit."),
             quote("Legal scholars say it is too early to know if the court will accept it.", "b")]
    assert unreported_presumed(q, filed) == ["reject"]
    assert unreported_presumed(q, [*filed, quote("Voters rejected a similar measure in 2010.", "c")]) == []


def test_any_form_of_the_presumed_verb_or_its_family_counts():
    assert unreported_presumed("Why did the states sue Colorado?", [quote("It is unusual for a state to be suing another.")]) == []
    assert unreported_presumed("Why did the mayor talk to the senator?", [quote("The mayor called him last summer.")]) == []
