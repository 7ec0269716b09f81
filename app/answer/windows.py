"""The sentences around a quote: what an answer pairs with the event it states.

A question's focus (a year, a recipient, a place, a doer) is paired with the answer when it stands in the
answering sentence or in the sentence just before or after it (`window`); its terms as ingest stored them, its
text as far as the quote's passage holds it (`window_text`).
"""

from __future__ import annotations

from app.answer.select import Quote
from app.text.terms import term_set


def near_rows(quote: Quote) -> range:
    """The rows of the quote's sentences and of the sentence just before and just after them (its stored sentences)."""
    sentences = quote.hit.sentences
    rows = sentences.rows(quote.start, quote.end)
    return range(max(0, rows.start - 1), min(len(sentences), max(rows.stop, rows.start + 1) + 1))


def window(quote: Quote) -> frozenset[str]:
    """The terms of the quote's sentences and of the sentences just before and after it."""
    sentences = quote.hit.sentences
    if sentences is None or sentences.bounds is None:
        return term_set(quote.text)
    near = sentences.terms_of(near_rows(quote))
    return frozenset().union(*(t for t in near if t is not None)) or term_set(quote.text)


def window_text(quote: Quote) -> str:
    """The text of the quote and of its neighbouring sentences as far as its passage holds them."""
    sentences, chunk = quote.hit.sentences, quote.hit.chunk
    if sentences is None:
        return quote.text
    near = sentences.spans_of(near_rows(quote))
    return " ".join(chunk.text[s - chunk.start:e - chunk.start] for s, e in near
                    if s >= chunk.start and e <= chunk.end) or quote.text


def before_text(quote: Quote) -> str:
    """The text of the sentence just before the quote's first one, as far as its passage holds it; "" when none is
    known (the sentence a pronoun-led quote continues: "She topped out at $400,000 …")."""
    return _next_text(quote, after=False)


def before_terms(quote: Quote) -> frozenset[str]:
    """The search terms ingest stored for the document's sentence just before the quote's first one, whichever passage
    holds it (a quote that opens its passage: "That tracks a comment she made in a separate interview with The
    Associated Press …" ends the passage before "“I don’t want to think about that possibility,” Ginsburg said");
    empty when none is stored."""
    sentences = quote.hit.sentences
    if sentences is None or sentences.bounds is None:
        return frozenset()
    first = sentences.rows(quote.start, quote.end).start
    return (sentences.terms_of(range(first - 1, first))[0] or frozenset()) if first > 0 else frozenset()


def after_text(quote: Quote) -> str:
    """The text of the sentence just after the quote's last one, as far as its passage holds it; "" when none is
    known (the sentence that names whom the quote counts: "… the second Republican congressman to be indicted this
    month. Representative Chris Collins … was indicted …")."""
    return _next_text(quote, after=True)


def after_span(quote: Quote) -> tuple[int, int] | None:
    """The document offsets of the sentence just after the quote's last one, when its passage holds it."""
    spans = _next_spans(quote, after=True)
    return spans[0] if spans else None


def _next_spans(quote: Quote, after: bool) -> list[tuple[int, int]]:
    sentences, chunk = quote.hit.sentences, quote.hit.chunk
    if sentences is None or sentences.bounds is None:
        return []
    rows = sentences.rows(quote.start, quote.end)
    last = max(rows.stop, rows.start + 1)  # as `near_rows`: a quote inside one sentence ends with it
    at = range(last, min(len(sentences), last + 1)) if after else range(max(0, rows.start - 1), rows.start)
    return [(s, e) for s, e in sentences.spans_of(at) if s >= chunk.start and e <= chunk.end]


def _next_text(quote: Quote, after: bool) -> str:
    chunk = quote.hit.chunk
    return " ".join(chunk.text[s - chunk.start:e - chunk.start] for s, e in _next_spans(quote, after))
