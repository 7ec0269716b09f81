"""A chosen quote that opens by pointing back carries what it points to (issue 14 point 2): "The remark was widely
seized upon by Republicans who argued she was out of touch." is quoted with the sentence before it, which gives the
remark ("… Mrs. Clinton said last year that she and her husband were “dead broke” …"); "Those firms have denied …"
with the sentence naming the firms (`app.text.points_back`). Applied to the picked quotes only: the ranking, the
disagreement and the speaker checks read the sentences as scored. The quote keeps its own chain: the sentence before
names its source in its own words ("Mrs. Clinton said", "The U.S. Fish and Wildlife Service said in a written
notice"). Pure functions over the quote's passage.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import chain

from app.answer.quote import Quote
from app.answer.retrieve import Hit
from app.answer.select import MAX_QUOTE_WORDS
from app.answer.sentence_before import before_span
from app.answer.sides import Picked
from app.text.points_back import points_back

# a document id, a text test, cued=False -> its passages the first retrieval did not return (`compose.Article`)
Passages = Callable[..., Sequence[Hit]]


def carried_back(picked: Picked, hits: Sequence[Hit] = (), article: Passages | None = None,
                 carries: Callable[[Quote], bool] | None = None) -> Picked:
    """`picked` with each quote that opens by pointing back grown to hold the sentence before it (`with_before`); so
    too each quote `carries` says the sentence before carries what the question names (the venue asked:
    `venue_look.venue_carried`).
    The passage that holds both: the quote's own, one of `hits` (the passages retrieved), or one of its article's
    other passages (`article`, read only then: its own passage starts at the quote)."""
    def passages(q: Quote) -> Iterator[Hit]:
        yield from (h for h in hits if h.chunk.doc_id == q.hit.chunk.doc_id)
        if article is not None:  # every other passage of it: no text test, no rebuttal cue asked
            yield from article(q.hit.chunk.doc_id, lambda _text: True, cued=False)
    quotes = [with_before(q, picked.quotes, passages(q), carries is not None and carries(q)) for q in picked.quotes]
    return picked if all(a is b for a, b in zip(quotes, picked.quotes)) else replace(picked, quotes=quotes)


def with_before(q: Quote, others: Sequence[Quote] = (), passages: Iterable[Hit] = (), carried: bool = False) -> Quote:
    """`q` joined with the sentence before it when `q` opens that sentence and points back (`points_back`) or that
    sentence carries what was asked (`carried`), a passage
    (its own, else the first of `passages` that does) holds both in one paragraph, no other quote of `others` holds any
    of the sentence before, and both together are at most MAX_QUOTE_WORDS; else `q`."""
    if not (carried or points_back(q.text)) or (before := before_span(q)) is None:
        return q
    hit = next((h for h in chain((q.hit,), passages) if h.chunk.start <= before[0] and q.end <= h.chunk.end), None)
    c = hit.chunk if hit is not None else None
    if c is None or "\n\n" in c.text[before[1] - c.start : q.start - c.start]:
        return q
    text = c.text[before[0] - c.start : q.end - c.start]
    if any(o is not q and o.hit.chunk.doc_id == c.doc_id and o.start < q.start and before[0] < o.end
           for o in others) or len(text.split()) > MAX_QUOTE_WORDS:
        return q
    return replace(q, hit=hit, start=before[0], text=text, grown=None)
