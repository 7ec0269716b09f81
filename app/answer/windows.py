"""The sentences around a quote: what an answer pairs with the event it states.

A question's focus (a year, a recipient, a place, a doer) is paired with the answer when it stands in the
answering sentence or in the sentence just before or after it (`window`); its terms as ingest stored them, its
text as far as the quote's passage holds it (`window_text`).
"""

from __future__ import annotations

import re

from app.answer.select import Quote
from app.attribution.links import NARRATES
from app.text.terms import term_set

_POSSESSIVE = re.compile(r"['’]s?$")


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


def named_window(quote: Quote) -> frozenset[str]:
    """`window`, and the names of the sources whose words the quote passes on: a speaker the attribution found
    further back ("…," he said" after a paragraph naming President Barack Obama) is named by the quote."""
    speakers = [link.name for link in quote.voiced if link.role != NARRATES]
    return window(quote).union(*map(term_set, speakers)) if speakers else window(quote)


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


LEAD = 2  # paragraphs before a quote its lead may stand back: the lead's, then one other quote's of the run


def before_terms(quote: Quote, paragraphs: int = 0) -> frozenset[str]:
    """The search terms ingest stored for the document's sentence just before the quote's first one (`paragraphs`:
    for every sentence of that many paragraphs before the quote's own sentences), whichever passage holds them (a quote
    that opens its passage: "That tracks a comment she made in a separate interview with The Associated Press …" ends
    the passage before "“I don’t want to think about that possibility,” Ginsburg said"), a possessive ending left
    out ("ginsburg’": ginsburg); empty when none is stored."""
    sentences = quote.hit.sentences
    if sentences is None or sentences.bounds is None:
        return frozenset()
    first = sentences.rows(quote.start, quote.end).start
    rows = range(max(0, first - 1), first) if not paragraphs else paragraphs_before(sentences, first, paragraphs)
    return frozenset(_POSSESSIVE.sub("", t) for found in sentences.terms_of(rows) if found for t in found)


def paragraphs_before(sentences, row: int, count: int) -> range:
    """The rows of the sentences before `row` in its own paragraph and in the `count` paragraphs before it (a
    paragraph ends where more than one character, a line break and a blank line, parts two stored sentences)."""
    starts, ends = sentences.offsets
    at, left = row, count + (0 if row == 0 or starts[row] - ends[row - 1] > 1 else 1)
    while at > 0 and left:
        at -= 1
        if at == 0 or starts[at] - ends[at - 1] > 1:
            left -= 1
    return range(at, row)


def lead_terms(quote: Quote) -> frozenset[str]:
    """The stored terms of the LEAD paragraphs before the quote: a lead in the outlet's voice introduces a run of
    reaction quotes, each in its own paragraph ("Ginsburg’s comments also left Democratic lawmakers squirming." /
    "“…,” Sen. Chris Murphy … told Politico." / "“She may have got out over her skis …,” … Dick Durbin … told the
    outlet."): what they react to is named there, not in their own sentences."""
    return before_terms(quote, LEAD)


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
