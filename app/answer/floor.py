"""The retrieval floor's second way in (pure, no model): a passage that repeats a rare phrase of the question.

`retrieve.answerable` reads how close the passages are and how much of the question's idf weight they hold. A question
worded in the reader's own words holds few of the article's terms ("When are Duncan Hunter and his wife due to be
arraigned, and what prison sentence did the judge give them?"), yet a passage that repeats a run of its words with two
lower-case content words, one of them rare in the corpus ("The pair is due to be arraigned …"), is about what it asks,
not only about its topic. Names are shared by every passage of a story, so they do not count; nor does a run of common
words ("the two states", "presidential election", "back pay"): any passage of the story repeats those. Such a question
still faces every later check (`covered`, `untold`, `answered` …), which decide whether a passage answers it; the floor
only no longer turns it away unread.
"""

from __future__ import annotations

from collections.abc import Callable

from app.answer.phrases import content_runs
from app.answer.retrieve import Hit
from app.text.terms import terms

FLOOR_PHRASE_WORDS = 2  # lower-case content words in a run that a passage repeats from the question
RARE_IDF = 4.0  # a word this rare in the corpus (the lexical index's idf) says what the run is about
FLOOR_PHRASE_DENSE = 0.3  # how close the passage that repeats it must still be to the question


def rare_run(runs: list[list[str]], idf: Callable[[str], float]) -> bool:
    """One of `runs` (each the lower-case content words of a run) has FLOOR_PHRASE_WORDS words, one of them rare."""
    return any(len(run) >= FLOOR_PHRASE_WORDS and any(idf(t) >= RARE_IDF for w in run for t in terms(w))
               for run in runs)


def repeats_question(question: str, hits: list[Hit], idf: Callable[[str], float]) -> bool:
    """Some passage close enough to the question repeats a run of its words with FLOOR_PHRASE_WORDS lower-case content
    words, one of them rare in the corpus (`idf`)."""
    return any(h.dense >= FLOOR_PHRASE_DENSE and rare_run(content_runs(question, h.chunk.text), idf) for h in hits)
