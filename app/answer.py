"""Answer stage: compose an extractive answer from retrieved passages.

Every claim from the corpus sits inside a verbatim quote labelled with its outlet (and source
chain). The assistant's own voice only introduces the quotes, says when outlets from opposing
stance groups speak, or abstains.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.attribute import Link, label, links_from_meta
from app.chunk import split_sentences
from app.models import Answer, Citation
from app.registry import Registry
from app.retrieve import Hit
from app.terms import terms

ABSTAIN_TEXT = "The indexed sources don't answer this."
INTRO = "Here is what the indexed sources say, each quoted verbatim under the outlet that published it:"
INTRO_SIDES = (
    "Outlets from opposing sides address this, so byline takes no side: "
    "each is quoted verbatim under the outlet that published it."
)
MAX_QUOTE_WORDS = 70


@dataclass(frozen=True)
class Quote:
    hit: Hit
    start: int
    end: int
    text: str
    overlap: int
    links: tuple[Link, ...]


def select_quote(question_terms: set[str], hit: Hit) -> Quote:
    """The sentence (plus a short neighbour in the same paragraph) that best matches the question."""
    c = hit.chunk
    spans = split_sentences(c.text)
    scored = [len(question_terms & set(terms(c.text[s.start : s.end]))) for s in spans]
    best = max(range(len(spans)), key=lambda i: (scored[i], -i))
    start, end = spans[best].start, spans[best].end
    words = len(c.text[start:end].split())
    for j in (best + 1, best - 1):  # widen to a neighbour when the sentence is short or shares terms
        if 0 <= j < len(spans) and "\n" not in c.text[min(start, spans[j].start) : max(end, spans[j].end)]:
            extra = len(c.text[spans[j].start : spans[j].end].split())
            if (words < 15 or scored[j] > 0) and words + extra <= MAX_QUOTE_WORDS:
                start, end = min(start, spans[j].start), max(end, spans[j].end)
                words += extra
                break
    return Quote(hit, c.start + start, c.start + end, c.text[start:end], scored[best], links_from_meta(c.meta))


def _overlapping(q: Quote, kept: list[Quote]) -> bool:
    return any(
        k.hit.chunk.doc_id == q.hit.chunk.doc_id and q.start < k.end and k.start < q.end for k in kept
    )


def choose_quotes(question: str, hits: list[Hit], min_similarity: float) -> list[Quote]:
    qterms = set(terms(question))
    quotes: list[Quote] = []
    for hit in hits:
        quote = select_quote(qterms, hit)
        if hit.dense < min_similarity and quote.overlap < 2:
            continue
        if not _overlapping(quote, quotes):
            quotes.append(quote)
    return quotes


def abstain(question: str) -> Answer:
    return Answer(question=question, answer=ABSTAIN_TEXT, abstained=True, contested=False, citations=[])


def compose(question: str, quotes: list[Quote], registry: Registry,
            carried: Callable[[str], str] | None = None) -> Answer:
    """Citations in stance-group order, one labelled line each; the answer names every marker.

    `carried(doc_id)` gives a note for outlets that ran a copy, e.g. ' (also carried by X)'.
    """
    if not quotes:
        return abstain(question)
    stances = list(dict.fromkeys(q.hit.chunk.meta.get("stance") for q in quotes))
    sides = len([s for s in stances if s]) > 1
    order = {s: i for i, s in enumerate(stances)}
    quotes = sorted(quotes, key=lambda q: order[q.hit.chunk.meta.get("stance")])  # stable within a side
    citations: list[Citation] = []
    lines = [INTRO_SIDES if sides else INTRO]
    current = object()
    for n, q in enumerate(quotes, start=1):
        meta = q.hit.chunk.meta
        stance = meta.get("stance")
        if sides and stance != current:
            lines.append(f"{registry.stance_label(stance) or stance or 'Stance not recorded'}:")
            current = stance
        outlet = str(meta.get("outlet", "unknown"))
        note = carried(q.hit.chunk.doc_id) if carried else ""
        lines.append(f"- {label(outlet, q.links)}: \u201c{q.text}\u201d [{n}]{note}")
        citations.append(
            Citation(
                id=str(n), outlet=outlet, stance=stance, doc_id=q.hit.chunk.doc_id,
                title=meta.get("title"), url=meta.get("url"), date=meta.get("date"),
                quote=q.text, start=q.start, end=q.end, chain=[link.name for link in q.links],
            )
        )
    return Answer(question=question, answer="\n".join(lines), abstained=False, contested=sides, citations=citations)
