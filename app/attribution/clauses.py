"""The subject of a speech verb inside a subordinate 'as' clause: '… a soundtrack plays as the prime minister
continues' → 'the prime minister' (the main clause before 'as' is not who speaks). Not 'such as', 'as well as'."""

from __future__ import annotations

import re

from app.attribution.phrases import words_of

_AS = re.compile(r"(?<!such)(?<!well)\s+as\s+((?:the|his|her|their|its|he|she|they|[A-Z])[^,;:“”\"]*?)\s*$")
MAX_WORDS = 5


def as_subject(tail: str) -> str | None:
    """The words after the last 'as' of a speech verb's subject phrase, when they are a short noun phrase."""
    m = _AS.search(tail)
    return m.group(1) if m and len(words_of(m.group(1))) <= MAX_WORDS else None
