"""A text's content words as `word_meaning` reads them: the one definition the question path and the index's word
table (`app/store/word_table.py`) share, so that every word a passage says is a word the table holds."""

from __future__ import annotations

import re

from app.text.terms import QUERY_STOPWORDS

_WORD = re.compile(r"[a-z][a-z'-]{3,}")  # words of four letters and more: short words carry no asked act or thing


def words_of(text: str) -> list[str]:
    """The distinct content words of `text`, lower-cased, as written (not stemmed), in order."""
    return list(dict.fromkeys(w for w in _WORD.findall(text.lower()) if w not in QUERY_STOPWORDS))
