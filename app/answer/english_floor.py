"""The retrieval floor's third way in (pure, no model): term weights read as in a corpus of English news.

On a corpus of a dozen articles (a few dozen passages) idf weighs a question's plain English words as if they were its
subject: "How long did the fighting go on?" gives "long" and "go" more weight than "fighting" because the articles
happen to use them once or twice, so the passage that answers it ("… lasted until dawn") holds a small share of the
question's weight and the question is turned away unread. Beside a few hundred news passages such words weigh little.
`english_floor` reads the question's term weights as if the index were padded with general English passages up to
FLOOR_PASSAGES (`background.prior_idf`: wordfreq's frequencies), and asks the floor (`retrieve.answerable`) again with
those weights, a passage lacking only plain words of the question (`plain`: "How are shops near the bridge doing?"
is not let in by a passage about the bridge without the shops). It only lets a question in that plain idf turned
away: the passages' ranking keeps plain idf (a wider prior in ranking changed the seed corpus's answers for the
worse), and every later check still decides whether a passage answers it. An index of FLOOR_PASSAGES passages or
more keeps plain idf (basil-dev: 349 passages).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.answer.retrieve import Hit, answerable
from app.config import Config
from app.text.background import passage_share, prior_idf
from app.text.terms import terms

FLOOR_PASSAGES = 300  # an index smaller than this reads the floor's term weights as one of this size
PLAIN_SHARE = 0.05  # a passage it lets in may lack only words this common in English news passages


def english_weights(question_terms: set[str], idf: Callable[[str], float], df: dict[str, int], n: int
                    ) -> dict[str, float]:
    """Each term's idf in an index of `n` passages padded with English passages up to FLOOR_PASSAGES, never more
    than its plain `idf`: the prior only lowers a plain word's weight ("now", "want", "long"), it never makes a
    story's word or one the corpus lacks weigh more."""
    return {t: min(idf(t), prior_idf(t, df.get(t, 0), n, FLOOR_PASSAGES)) for t in question_terms}


def english_floor(search: str, hits: list[Hit], idf: Callable[[str], float], df: dict[str, int], n: int,
                  config: Config) -> bool:
    """Whether the passages pass the floor once the question's terms weigh as in English news (False for an index of
    FLOOR_PASSAGES passages or more: plain idf is the English one there)."""
    if n >= FLOOR_PASSAGES or not hits:
        return False
    asked = set(terms(search, query=True))
    weights = english_weights(asked, idf, df, n)
    total = sum(weights.values())
    if not total:
        return False
    held = [asked & set(terms(h.chunk.text)) for h in hits]
    covered = [sum(weights[t] for t in has) / total if all(plain(t) for t in asked - has) else 0.0 for has in held]
    return answerable([replace(h, coverage=c) for h, c in zip(hits, covered)], config)


def plain(term: str) -> bool:
    """A plain English word: in PLAIN_SHARE of news passages or more ("want", "now", "long"; not "shop", "near")."""
    return passage_share(term) >= PLAIN_SHARE
