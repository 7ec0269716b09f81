"""The dimension's look: a yes/no question naming a dimension ("Can sport hunting benefit conservation?", "Was PRISM
kept secret?") is disputed by two outlets on its opposite sides in words the question does not use ("in any way
helps" after a doubt, "not an undisclosed program"), and such a sentence often ranks below the first passages: it
shares the dimension's word with no other. When the answer holds no disagreement, the sentences of the candidates'
articles that take a side of an asked dimension (`verdicts.takes_side`) are paired across outlets by the same rules as
the first window (`sides.contradiction`); only the verdicts rule counts (opposite sides of the asked dimension, on one
point: the pair's own similarity, ON_POINT, or both holding what the dimension is asked of,
`verdicts.dimension_objects`: "conservation" in "Can sport hunting benefit conservation?"). How well each answers the
question does not bound them: a side told in other words than the question's ranks low by its words alone ("a
strategy that seeks to eliminate poaching" for
"Would allowing trophy imports increase poaching?", 0.41 below a sentence that repeats the question's words), and the
text test with the pair's similarity is the precise rule (as the figures of `figure_look`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from app.answer.article_read import ArticleQuotes
from app.answer.rebuttal import OTHER_MAX, articles_quotes
from app.answer.scoring import sentence_vectors
from app.answer.select import Asked, Quote
from app.answer.sides import ON_POINT, Picked, contradiction, verdict_pair
from app.attribution.verdicts import asked_dimensions, dimension_objects, takes_side
from app.text.terms import term_set

Embed = Callable[[Sequence[str]], np.ndarray]
SIDED_MAX = 2 * OTHER_MAX  # sentences taking a side that are paired, best first


def dimension_look(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes,
                   embed: Embed) -> Picked:
    """`picked` unless two sentences of different outlets among the candidates (`ranked`, best first) and their
    articles' other passages take opposite sides of a dimension the question names: then those two, contested,
    after the best quote when it is neither."""
    if picked.contested or not ranked or not asked_dimensions(question) or ask.said or ask.role or ask.figure \
            or ask.identity or ask.date:
        return picked
    best = ranked[0]

    def keep(text: str) -> bool:
        return takes_side(question, text)
    sided = [q for q in ranked if keep(q.text)]
    docs = dict.fromkeys(q.hit.chunk.doc_id for q in ranked)
    found = {q.text: q for q in sorted([*sided, *articles_quotes(docs, article, keep, most=SIDED_MAX)],
                                       key=lambda q: q.score)}  # a sentence two overlapping passages share: once
    sided = sorted(found.values(), key=lambda q: -q.score)
    pair = _opposed(ask, question, sided[:SIDED_MAX], embed)
    return picked if pair is None else verdict_pair(best, *pair)


def _opposed(ask: Asked, question: str, sided: Sequence[Quote], embed: Embed) -> tuple[Quote, Quote] | None:
    """The first two of `sided` that the verdicts rule sets against each other."""
    if len(sided) < 2:
        return None
    vectors = sentence_vectors([q.text for q in sided], embed)
    sims = vectors @ vectors.T
    objects = dimension_objects(question)
    return next(((a, b) for i, a in enumerate(sided) for j, b in enumerate(sided) if j > i and
                 contradiction(ask, question, a, b, _on_point(a, b, objects, float(sims[i, j]))) == "verdicts"), None)


def _on_point(a: Quote, b: Quote, objects: frozenset[str], sim: float) -> float:
    """The pair's similarity, or ON_POINT when both sentences hold what the dimension is asked of (`objects`): a side
    told in a long sentence of other matters ("… will be announced next week but will be very hard pressed to change
    my mind that this horror show in any way helps conservation …") is on the asked point by that word."""
    return max(sim, ON_POINT) if objects and objects <= term_set(a.text) and objects <= term_set(b.text) else sim
