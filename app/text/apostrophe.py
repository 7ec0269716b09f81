"""One apostrophe for every word. Articles print the typographic apostrophe ("Trump’s", "don’t", "O’Halleran");
readers type the straight one ("Trump's"): the same word. `straight` writes a text as typed, `either` matches a
word written either way. Every stage that compares a question's words with an article's folds through here."""

from __future__ import annotations

import re

PRINTED = "’"  # U+2019: the apostrophe as typeset (also a closing single quotation mark)
TYPED = "'"


def straight(text: str) -> str:
    """`text` with each printed apostrophe typed ("O’Halleran" is "O'Halleran"); the same length, so an offset
    found in the result is an offset in `text`."""
    return text.replace(PRINTED, TYPED)


def either(word: str) -> str:
    """A regular expression for `word`, literally, with each apostrophe (either kind) matching either kind:
    "O'Halleran" and "O’Halleran" both find "O’Halleran" and "O'Halleran"."""
    return re.escape(straight(word)).replace(TYPED, f"[{TYPED}{PRINTED}]")
