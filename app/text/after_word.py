"""What follows a word of a text: the first match of a compiled pattern right after the word standing as a word.

`after_word(text, word, pattern)` finds what `re.search(rf"\\b{re.escape(word)}{pattern.pattern}", text)` finds,
without compiling a pattern for each word: a rule that reads what follows a question's verb ("beat Pat Toomey",
"meet with Mitt Romney") otherwise compiles one per question and verb, and the `re` module's cache of 512 patterns
keeps none of them from one question to the next."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"\b")


def after_word(text: str, word: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The match of `pattern` that starts right after the first occurrence of `word` at a word boundary (as `\\b`
    reads it, the character before included) after which `pattern` matches; None when there is none."""
    at = text.find(word)
    while at >= 0:
        if _BOUNDARY.match(text, at) is not None and (m := pattern.match(text, at + len(word))) is not None:
            return m
        at = text.find(word, at + 1)
    return None
