"""Which quote opens a contested answer, and whose side comes first.

The rules that find a disagreement, and the looks that add each side's best quote, build the quotes in their own
order; the answer reads best when the quote that answers the question opens it:

- the best-scoring quote of the two sides that disagree opens, and its side comes first (`Picked.sides` 0 and 1; a
  third stance group's quote, added for its side by `every_side`, takes no part in the disagreement and opens none);
- within that side, the disagreeing pair's quote opens ahead of a better-ranked one of the same article when it says
  no to what is asked: it rebuts a claim, or a yes/no question's act is negated in it ("It was decided in
  advance that … the amendments themselves — would not be read" for "Were the amendments read aloud …?"). The
  article's own statement of the dispute answers; its framing sentence, which repeats the question's words ("Setting
  the tone for the 112th Congress — … members of the House began to read the Constitution"), follows it.

The other sides follow in their order; sides keep their quotes.
"""

from __future__ import annotations

from dataclasses import replace

from app.answer.opening import YES_NO
from app.answer.select import Asked, Quote
from app.answer.sides import Picked
from app.attribution.contradict import negated
from app.text.terms import terms

OTHER_SIDE = 2  # `Picked.sides` of a third stance group's quote (`every_side.OTHER_SIDE`)


def answer_first(ask: Asked, question: str, picked: Picked) -> Picked:
    """`picked` reordered so that the quote answering the question opens, its side first (unchanged when plain,
    or when the sides are not recorded)."""
    n = len(picked.quotes)
    if not picked.contested or n < 2 or len(picked.sides) != n:
        return picked
    lead = max((k for k in range(n) if picked.sides[k] < OTHER_SIDE), key=lambda k: picked.quotes[k].score, default=0)
    side = picked.sides[lead]
    said_no = [k for k in picked.pair if k != lead and picked.sides[k] == side and
               _same_article(picked.quotes[k], picked.quotes[lead]) and denies_asked(ask, question, picked.quotes[k])]
    lead = said_no[0] if said_no else lead
    order = [lead, *(k for k in range(n) if k != lead and picked.sides[k] == side),
             *(k for k in range(n) if picked.sides[k] != side)]
    if order == list(range(n)):
        return picked
    return replace(picked, quotes=[picked.quotes[k] for k in order], sides=tuple(picked.sides[k] for k in order),
                   pair=tuple(order.index(k) for k in picked.pair))


def denies_asked(ask: Asked, question: str, q: Quote) -> bool:
    """The quote rebuts a claim, or negates the act a yes/no question asks about (the question's terms when it
    names no act): "would not be read" for "Were the amendments read aloud …?"."""
    asked = frozenset(terms(" ".join(ask.acts))) or ask.terms
    return q.rebuts or (YES_NO.match(question) is not None and negated(q.text, asked))


def _same_article(a: Quote, b: Quote) -> bool:
    return a.hit.chunk.doc_id == b.hit.chunk.doc_id
