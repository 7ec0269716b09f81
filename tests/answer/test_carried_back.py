"""A chosen quote that opens by pointing back ("The remark was widely seized upon …") carries the sentence before it,
which names what it points to; offsets stay exact (the document's text at them is the quote)."""

from __future__ import annotations

import numpy as np

from app.answer.carried_back import carried_back, with_before
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.sides import Picked
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span

DOC = ("Mrs. Clinton said last year that she and her husband were “dead broke” when they left the White House. "
       "The remark was widely seized upon by Republicans who argued she was out of touch.\n\n"
       "The comment drew no reply. The couple paid $43 million in taxes.")


SENTENCES = ("Mrs. Clinton said last year that she and her husband were “dead broke” when they left the White House.",
             "The remark was widely seized upon by Republicans who argued she was out of touch.",
             "The comment drew no reply.", "The couple paid $43 million in taxes.")


def stored() -> Sentences:
    spans = [Span(DOC.index(s), DOC.index(s) + len(s)) for s in SENTENCES]
    return Sentences.of(spans, np.ones((len(spans), 3), dtype=np.float32), DOC)


def hit(start: int, end: int) -> Hit:
    return Hit(StoredChunk(f"c{start}", "doc", start, end, DOC[start:end], {"outlet": "Times"}), 0.5, 0.0, 0.5, 0.1,
               0.1, stored())


def quote_of(h: Hit, text: str) -> Quote:
    start = DOC.index(text)
    return Quote(h, start, start + len(text), text, 0, (), 1.0)


REMARK = "The remark was widely seized upon by Republicans who argued she was out of touch."


def test_a_quote_pointing_back_carries_the_sentence_before_with_exact_offsets():
    q = with_before(quote_of(hit(0, len(DOC)), REMARK))
    assert q.text.startswith("Mrs. Clinton said") and q.text.endswith("out of touch.")
    assert DOC[q.start:q.end] == q.text


def test_the_sentence_before_is_found_in_another_passage_when_the_quotes_own_starts_at_it():
    own = hit(DOC.index(REMARK), len(DOC))
    whole = hit(0, len(DOC))
    picked = carried_back(Picked([quote_of(own, REMARK)], False), article=lambda doc_id, keep, cued: [whole])
    q = picked.quotes[0]
    assert q.text.startswith("Mrs. Clinton said") and DOC[q.start:q.end] == q.text and q.hit is whole
    assert carried_back(Picked([quote_of(own, REMARK)], False)).quotes[0].text == REMARK  # no passage holds both


def test_a_quote_opening_a_paragraph_or_not_pointing_back_stays_as_it_is():
    h = hit(0, len(DOC))
    for text in ("The comment drew no reply.", "The couple paid $43 million in taxes.", "Mrs. Clinton said last year"):
        q = quote_of(h, text)
        assert with_before(q) is q


def test_a_quote_too_long_with_the_sentence_before_stays_as_it_is():
    long = REMARK[:-1] + ", " + " ".join(["and"] * 60) + "."
    text = SENTENCES[0] + " " + long
    stored_long = Sentences.of([Span(0, len(SENTENCES[0])), Span(len(SENTENCES[0]) + 1, len(text))],
                               np.ones((2, 3), dtype=np.float32), text)
    h = Hit(StoredChunk("c", "doc", 0, len(text), text, {}), 0.5, 0.0, 0.5, 0.1, 0.1, stored_long)
    q = Quote(h, len(SENTENCES[0]) + 1, len(text), long, 0, (), 1.0)
    assert with_before(q) is q


def test_the_sentence_before_another_quote_holds_is_not_repeated():
    h = hit(0, len(DOC))
    before = quote_of(h, "Mrs. Clinton said last year that she and her husband were “dead broke”")
    remark = quote_of(h, REMARK)
    assert carried_back(Picked([before, remark], False)).quotes[1] is remark
