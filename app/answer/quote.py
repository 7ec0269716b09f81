"""A candidate quote: a span of one passage, its chain and its score against the question (pure data)."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.answer.retrieve import Hit
from app.attribution.contradict import rebuts
from app.attribution.links import Link, carried
from app.support.once import once
from app.text.word_runs import Runs


@dataclass(frozen=True)
class Quote:
    hit: Hit
    start: int
    end: int
    text: str
    overlap: int  # question terms in the quote (legacy passage picking) …
    links: tuple[Link, ...]
    score: float = 0.0  # … or its sentence score against the question (sentence-level picking)
    dense: float = 0.0
    cover: float = 0.0
    lift: float = 0.0  # `Scored.lift`
    # this quote grown to hold a neighbour sentence that made no quote of its own because the span it was extended
    # to overlaps this one (`select.rank_quotes`); the answer opens with it when only it answers (`opening.grown`).
    # Not part of the quote's identity: a ranking cut at a floor grows its quotes only from sentences above it
    grown: Quote | None = field(default=None, compare=False)

    @once  # asked of each candidate many times per answer (pick's pairs); frozen fields, one value
    def outlet(self) -> str:
        return str(self.hit.chunk.meta.get("outlet", "unknown"))

    @once
    def stance(self) -> str | None:
        return self.hit.chunk.meta.get("stance")

    @once
    def runs(self) -> Runs | None:
        """Its words as the act test reads them (`word_runs`), as ingest stored them for its sentences (None: not
        stored, or the quote is not whole sentences: the test reads its text)."""
        stored = self.hit.sentences
        return None if stored is None else stored.word_runs(self.start, self.end, self.text)

    @once
    def rebuts(self) -> bool:
        """Its text holds a rebuttal cue (`contradict.rebuts`): never when its passage holds none (`Hit.cued`, what
        the index found once: a cue in a passage's sentences is one in the passage)."""
        return self.hit.cued and rebuts(self.text)

    @once
    def voiced(self) -> tuple[Link, ...]:  # the links whose words it passes on: not a source it disputes
        return carried(self.links)

    @once
    def source(self) -> tuple[str, str]:
        """Who speaks: the outlet and the innermost link it passes on (its own voice: '', also for a disputed one)."""
        return self.outlet, self.voiced[-1].name if self.voiced else ""
