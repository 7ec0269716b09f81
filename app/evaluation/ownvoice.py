"""Quoted text and the assistant's own voice: which parts of an answer are quotes, which are
sentences the assistant asserts itself, and which forbidden phrases it asserts unattributed.

Quotes are text between “…” (nesting allowed) or "…"; a citation's own text standing between
quote marks is a quote even when it carries an unbalanced quote mark of its source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.apostrophe import either


def _closing(text: str, at: int) -> int | None:
    """Index of the mark closing the quote opened at `at` (curly quotes nest), or None."""
    if text[at] == '"':
        close = text.find('"', at + 1)
        return close if close >= 0 else None
    depth = 0
    for i in range(at, len(text)):
        if text[i] == "\u201c":
            depth += 1
        elif text[i] == "\u201d":
            depth -= 1
            if depth == 0:
                return i
    return None


def _wrapped(text: str, quotes: Sequence[str]) -> list[tuple[int, int]]:
    """Spans where a known quote (a citation's text) stands between quote marks, marks included.
    Matching the citation's own text first keeps a quote whole when it carries an unbalanced
    inner quote mark of its source."""
    spans = []
    for quote in dict.fromkeys(q for q in quotes if q):
        at = text.find(quote)
        while at >= 0:
            end = at + len(quote)
            if at > 0 and text[at - 1] in '"\u201c' and end < len(text) and text[end] in '"\u201d':
                spans.append((at - 1, end + 1))
            at = text.find(quote, at + 1)
    return spans


def quoted_spans(text: str, quotes: Sequence[str] = ()) -> list[tuple[int, int]]:
    """Spans of quoted text, marks included: a known quote between quote marks, else “…” (nesting
    allowed) or "…". A quote mark never closed quotes to the end of its line."""
    known = sorted(_wrapped(text, quotes))
    spans, i = [], 0
    while i < len(text):
        inside = next((span for span in known if span[0] <= i < span[1]), None)
        if inside:
            spans.append(inside)
            i = inside[1]
        elif text[i] in '"\u201c':
            close = _closing(text, i)
            if close is None:
                line_end = text.find("\n", i)
                close = (line_end if line_end >= 0 else len(text)) - 1
            spans.append((i, close + 1))
            i = close + 1
        else:
            i += 1
    return spans


def outside_quotes(text: str, quotes: Sequence[str] = ()) -> str:
    """`text` with every quoted span blanked out, line breaks inside quotes too (offsets unchanged)."""
    out = list(text)
    for start, end in quoted_spans(text, quotes):
        out[start:end] = " " * (end - start)
    return "".join(out)


_SENTENCE_END = re.compile(r"[.!?]+(?=\s)|\n")


def sentence_spans(masked: str) -> list[tuple[int, int]]:
    """Sentence spans of a quote-masked text: a sentence ends at . ! ? before a space, or a line end."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(masked):
        if masked[start : m.end()].strip():
            spans.append((start, m.end()))
        start = m.end()
    if masked[start:].strip():
        spans.append((start, len(masked)))
    return spans


def _phrase_pattern(phrase: str) -> re.Pattern[str]:
    words = [either(w) for w in phrase.split()]
    left = r"(?<!\w)" if phrase[:1].isalnum() else ""
    right = r"(?!\w)" if phrase[-1:].isalnum() else ""
    return re.compile(left + r"\s+".join(words) + right, re.IGNORECASE)


def own_voice_violations(text: str, phrases: Sequence[str], sources: Sequence[str],
                         quotes: Sequence[str] = ()) -> list[str]:
    """Forbidden phrases the answer asserts itself: outside quotes (`quotes`: the citations' texts,
    known to be quoted where they stand between quote marks), in a sentence that names none of
    `sources` (outlets and their aliases) outside the phrase itself."""
    masked = outside_quotes(text, quotes)
    spans = sentence_spans(masked)
    names = [_phrase_pattern(s) for s in sources if s.strip()]
    found = []
    for phrase in phrases:
        for m in _phrase_pattern(phrase).finditer(masked):
            start, end = next(((a, b) for a, b in spans if a <= m.start() < b), (0, len(text)))
            sentence = masked[start:end]
            attributed = any(
                not (m.start() < start + n.end() and start + n.start() < m.end())
                for pattern in names
                for n in pattern.finditer(sentence)
            )
            if not attributed:
                found.append(f"{phrase!r} in own voice: {' '.join(text[start:end].split())[:100]}")
    return found
