"""The second looks at the answering articles for a part the question names that the ranking's first quotes lack:
the person of a "Which <role> …" (`named_look`), the doer of a "Who <verb>ed …" (`who_look`), the venue of a "What
did X say to <venue>" (`venue_look`). Each opens the ranking with the sentence it finds, or leaves the ranking."""

from __future__ import annotations

from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.named_look import QuotesOf, named_look
from app.answer.quote import Quote
from app.answer.venue_look import venue_look
from app.answer.who_look import who_look


def looks(ask: Asked, question: str, ranked: Sequence[Quote], close: float, quotes_of: QuotesOf | None
          ) -> list[Quote]:
    """`ranked` after each look (module docstring); `close`: the answering band below the best quote's score."""
    ranked = named_look(question, ranked, close, quotes_of)
    ranked = who_look(question, ranked, close, quotes_of)
    return venue_look(ask, question, ranked, quotes_of)
