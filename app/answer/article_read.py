"""What a look into one more article takes: a text test for its passages, and the reader that applies it.

A look past the first retrieval (a rebuttal's article, another outlet's figure or weekday) reads one article's
passages the first retrieval did not return, keeping those a text test passes. A test may also say what ingest's
stored per-sentence signals answer (`StoredTest`: the figures' units), so an article none of whose sentences can
pass is not read at all, and one whose stored signals tell its answer (`StoredTest.told`) reads no text.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence

from app.answer.quote import Quote
from app.store.sentences import Sentences

Keep = Callable[[str], bool]  # a text test a passage (and then its quote) must pass


def keep_any(_text: str) -> bool:
    """The `Keep` every text passes: an article read whole, not for a cue."""
    return True


class StoredTest(ABC):
    """A text test (`Keep`) that ingest's stored sentence signals may answer first: `stored` gives False when no
    sentence of the span can pass (the text is not read), None when nothing is stored, True when one may. A test
    is one by subclassing this (not by having a `stored` attribute)."""

    @abstractmethod
    def __call__(self, text: str) -> bool: ...

    @abstractmethod
    def stored(self, sentences: Sentences | None, start: int = 0, end: int | None = None) -> bool | None: ...

    def stored_spans(self, sentences: Sentences | None, starts: Sequence[int], ends: Sequence[int]
                     ) -> list[bool | None]:
        """`stored` of each span [starts[i], ends[i]) (a test may answer them all at once)."""
        return [self.stored(sentences, int(a), int(b)) for a, b in zip(starts, ends)]

    def told(self, sentences: Sentences, start: int, end: int) -> bool | None:
        """What the test gives the text of the sentences spanning [start, end), told by what ingest stored for
        them, so the text is not read; None: the test must read the text."""
        return None


def passes(keep: Keep, text: str, sentences: Sentences | None, start: int, end: int) -> bool:
    """`keep(text)`, where `text` is the document's [start, end) (whole sentences of `sentences`, the document's
    stored ones, None: none stored): a `StoredTest` answers from the stored sentences when it can (`told`)."""
    told = keep.told(sentences, start, end) if sentences is not None and isinstance(keep, StoredTest) else None
    return keep(text) if told is None else told


ArticleQuotes = Callable[[str, Keep], Sequence[Quote]]  # a document id, a text test -> the quotes of its passages
                                                          # that the first retrieval did not return, passing it
