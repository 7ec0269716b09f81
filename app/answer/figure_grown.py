"""The figure in the neighbour sentence: a how-many / how-much / how-old / how-long question's answering quote whose
own sentence gives no figure of what is asked, while the sentence beside it that its quote grew to hold does.

News tells a figure about a person or thing in the sentence that introduces it and goes on about it in the next:
"Hunter, 41, is a five-term congressman … His family has been a household name …". The second sentence names the
question's words ("Duncan Hunter") and ranks first, the first one's span reaches into it and makes no quote of its own
(`select.rank_quotes`: the better quote holds it as `Quote.grown`). Read alone, the best quote counts nothing, and the
question would be "not covered" although the quote's own paragraph answers it. So, before the answer check, a quote
within CLOSE of the best that gives no figure of what is asked (`signals.figure_answers`) stands as its grown form when
the sentence it adds does: the figure is read where the quote is, never from a sentence no quote reaches. Scores stay;
a figure of another quantity in the neighbour changes nothing (it does not answer). Pure function of the ranking.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.parts import added
from app.answer.quote import Quote
from app.answer.signals import figure_answers


def figure_grown(ask: Asked, ranked: Sequence[Quote], close: float) -> list[Quote]:
    """`ranked` with each quote within `close` of the best that does not give the figure asked as its grown form when
    the neighbour sentence it adds does (see above); `ranked` as it was for a question asking no figure."""
    if not ask.figure or not ranked or all(q.grown is None for q in ranked):
        return list(ranked)
    floor = ranked[0].score - close
    return [q.grown if q.grown is not None and q.score >= floor and not figure_answers(ask, q.text)
            and figure_answers(ask, added(q, q.grown).text) else q for q in ranked]
