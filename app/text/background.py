"""How common a term is in English at large: the prior that keeps term weights steady on a small corpus.

idf read from a corpus of one story collapses: the story's words are in every passage, while a plain English word the
three articles happen not to use ("Will it create jobs?", "How close was the vote?") gets the largest weight of the
question, so a passage that answers it holds only a small share of the question's weight. Beside a few dozen other
articles the same word is in many passages and weighs little. `passage_share(term)` is the chance that a news passage
of PASSAGE_WORDS words holds the term (the question's stemmed `terms`), from the word frequencies of the `wordfreq`
package (its "small" English list: words used at least once per million; a rarer word gets 0, and so keeps the top
weight), the frequencies of the words of one stem added up. `LexicalIndex.idf` reads an index of fewer than
`PRIOR_PASSAGES` passages as if general English passages filled it up to that many.
"""

from __future__ import annotations

import math
from functools import lru_cache

PASSAGE_WORDS = 110  # words of a passage: the chunk size (`Config.chunk_words`)
# an index smaller than this reads its idf as one of this size: one story's 3 articles are 20-41 passages; the seed
# corpus (49 passages) and basil-dev (349), on which the thresholds were set, keep plain idf and never load the
# frequencies (100 and 150, tried on half of basil-dev's stories, changed the seed's answers)
PRIOR_PASSAGES = 49


@lru_cache(maxsize=1)
def _stem_frequencies() -> dict[str, float]:
    """Per stem, the summed frequency (per word of running text) of the English words with that stem."""
    import wordfreq

    from app.text.terms import stem_words

    found = wordfreq.get_frequency_dict("en", wordlist="small")
    words = list(found)
    out: dict[str, float] = {}
    for word, stemmed in zip(words, stem_words(words)):
        out[stemmed] = out.get(stemmed, 0.0) + found[word]
    return out


def passage_share(term: str) -> float:
    """The chance that a passage of PASSAGE_WORDS words of English holds `term` at least once (0..1)."""
    return 1.0 - math.exp(-PASSAGE_WORDS * _stem_frequencies().get(term, 0.0))


def prior_idf(term: str, df: int, n: int, passages: int = PRIOR_PASSAGES) -> float:
    """BM25's idf of a term in `df` of `n` passages; below `passages`, as if the index were padded with
    general English passages up to that many (each holding the term with `passage_share`)."""
    pad = max(0, passages - n)
    total, found = n + pad, df + (pad * passage_share(term) if pad else 0.0)
    return math.log(1 + (total - found + 0.5) / (found + 0.5))
