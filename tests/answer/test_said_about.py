"""X's words answer "What did X say about Y's Z?" only when X's quote speaks of Y or of Z."""

from __future__ import annotations

import numpy as np

from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.said_about import owned_topic, silent_on
from app.answer.select import Quote
from app.answer.windows import lead_terms, paragraphs_before
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span
from tests.answer.test_qualifiers import article

Q = "What did Betty Dukes say about Justice Kennedy's questions at the argument?"


def test_the_owner_and_the_thing_owned_are_what_x_is_asked_about():
    assert owned_topic(Q) == frozenset({"kennedi", "question"})
    assert owned_topic("What did Chris Collins say about Duncan Hunter's indictment?") >= {"hunter", "indict"}
    assert owned_topic("What did Betty Dukes say about the case?") == frozenset()  # no named owner


def test_x_speaking_of_something_else_of_the_story_does_not_answer():
    other = article("Wal-Mart worker Betty Dukes said the management at her store was bypassing her for promotions.")
    assert silent_on(asked(Q), Q, other)
    spoke = article("Betty Dukes said Justice Kennedy’s tone worried her.")
    assert not silent_on(asked(Q), Q, spoke)  # the owner named, with a curly possessive
    before = article("Justice Kennedy pressed the lawyer with questions.", "Betty Dukes said she was not worried.")
    assert not silent_on(asked(Q), Q, before[1:])  # named in the sentence before
    assert not silent_on(asked(Q), Q, article("The women's lawyer said the case was strong."))  # X silent: not read



def _paragraphs(*paragraphs: tuple[str, ...]):
    """One quote per sentence of an article whose paragraphs (sentences joined by a space) a blank line parts."""
    text, spans = "", []
    for para in paragraphs:
        for s in para:
            spans.append(Span(len(text), len(text) + len(s)))
            text += s + " "
        text = text[:-1] + "\n\n"
    stored = Sentences.of(spans, np.zeros((len(spans), 2)), text)
    chunk = StoredChunk(id="a", doc_id="a", start=0, end=len(text), text=text, meta={"outlet": "Fox News"})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, stored)
    return [Quote(hit, sp.start, sp.end, text[sp.start:sp.end], 0, (), 1.0) for sp in spans]


DURBIN = "What did Dick Durbin tell Politico about Ginsburg's comments?"


def test_a_run_of_reaction_quotes_speaks_of_what_its_lead_names():
    lead, murphy, durbin = _paragraphs(("Ginsburg’s comments also left Democratic lawmakers squirming.",),
                                       ("“I’m not sure we’re well served,” Sen. Chris Murphy told Politico.",),
                                       ("“She may have got out over her skis,” Dick Durbin told the outlet.",))
    assert "ginsburg" in lead_terms(durbin) and "comment" in lead_terms(durbin)
    assert not silent_on(asked(DURBIN), DURBIN, [durbin])  # the lead, two paragraphs back, names them
    far = _paragraphs(("Ginsburg’s comments also left Democratic lawmakers squirming.",), ("The Senate met.",),
                      ("The House met.",), ("“She may have got out over her skis,” Dick Durbin told the outlet.",))
    assert silent_on(asked(DURBIN), DURBIN, [far[-1]])  # three paragraphs back: no lead of its run


def test_the_paragraphs_before_a_quote_are_told_by_the_blank_line_between_stored_sentences():
    quotes = _paragraphs(("A.", "B."), ("C.",), ("D.", "E."))
    stored = quotes[0].hit.sentences
    assert paragraphs_before(stored, 3, 1) == range(2, 3)  # D opens its paragraph: C's
    assert paragraphs_before(stored, 4, 1) == range(2, 4)  # E: D before it in its own, then C's
    assert paragraphs_before(stored, 3, 2) == range(0, 3)
