"""The sentence right before a quote in its document (pure functions over the quote's passage and the sentences ingest
stored for its document): `carried_back` grows a quote that points back with it, `exception` reads it for the
negation an exception answers."""

from __future__ import annotations

from bisect import bisect_left

from app.answer.quote import Quote
from app.answer.scoring import passage_sentences


def before_span(q: Quote) -> tuple[int, int] | None:
    """The document span of the sentence right before the one `q` opens (None: `q` opens no sentence, or is the
    first): from the sentences ingest stored for the document, else the passage's own."""
    stored = q.hit.sentences
    if stored is not None and len(stored):
        starts, ends = stored.offsets
        row = bisect_left(starts, q.start)
        return (starts[row - 1], ends[row - 1]) if 0 < row < len(starts) and starts[row] == q.start else None
    spans = [(s.start, s.end) for s in passage_sentences(q.hit)]
    at = next((i for i, (a, _) in enumerate(spans) if a == q.start), 0)
    return spans[at - 1] if at else None


def sentence_before(q: Quote) -> str | None:
    """The text of the sentence right before the one `q` opens, when `q`'s own passage holds it (else None)."""
    span = before_span(q)
    c = q.hit.chunk
    if span is None or span[0] < c.start or span[1] > c.start + len(c.text):
        return None
    return c.text[span[0] - c.start : span[1] - c.start]
