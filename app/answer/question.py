"""A question as byline reads it: one line of normalised text, or a QueryError saying why not."""

from __future__ import annotations

import unicodedata

from app.documents.clean import normalise
from app.errors import QueryError


def clean_question(question: str, max_chars: int) -> str:
    """The question with control characters as spaces, invisible ones gone and spaces folded."""
    if not isinstance(question, str) or not question.strip():
        raise QueryError("the question is empty")
    if question.isprintable():  # no control, invisible or odd space character: only runs of spaces to fold
        question = " ".join(question.split())
    else:  # as in documents: control characters separate words, invisible ones (zero-width, bidi) vanish
        spaced = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in question)
        question = " ".join(normalise(spaced).split())
    if len(question) > max_chars:
        raise QueryError(f"the question is {len(question):,} characters; the limit is {max_chars:,}")
    if not any(ch.isalnum() for ch in question):
        raise QueryError("the question has no words to search for")
    return question
