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


# In search terms a possessive "’s" stays as printed ("Trump’s": trump’, "Trump's": trump). Folded too, every
# possessive of a story's subject ("Ginsburg’s comments", "Colorado’s law", "Mrs. Clinton’s disclosures") matched the
# name, and retrieval and quote ranking, calibrated without those matches, lost 12 dev cases for 5 (session 23's
# apos23 notes: outlet-diversity and BM25-cut moves, owners outranking actors, a namesake by title).
_NOT_POSSESSIVE = re.compile(r"’(?!s\b)")


def typed_inside_words(text: str) -> str:
    """`text` with each printed apostrophe typed except a possessive "’s" ("don’t": don't, "O’Halleran":
    O'Halleran, "couldn’t": couldn't; "Trump’s" stays); the same length."""
    return _NOT_POSSESSIVE.sub(TYPED, text) if PRINTED in text else text


def either(word: str) -> str:
    """A regular expression for `word`, literally, with each apostrophe (either kind) matching either kind:
    "O'Halleran" and "O’Halleran" both find "O’Halleran" and "O'Halleran"."""
    return re.escape(straight(word)).replace(TYPED, f"[{TYPED}{PRINTED}]")
