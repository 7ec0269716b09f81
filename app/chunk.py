"""Chunk stage: sentence spans and sentence-aligned chunks with offsets into the cleaned text.

Invariants (tested): `text[s.start:s.end]` is the sentence for every Span, and
`doc_text[c.start:c.end] == c.text` for every Chunk. Chunk ids are content hashes, so
re-chunking the same document gives the same ids.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "col", "lt", "maj", "capt", "sgt", "cmdr",
    "adm", "sen", "rep", "gov", "pres", "st", "jr", "sr", "no", "nos", "vol", "vs", "etc", "inc",
    "ltd", "co", "corp", "dept", "est", "fig", "approx", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "hon", "u.s", "u.k",
    "u.n", "e.g", "i.e", "a.m", "p.m", "al",
}
# End of sentence: . ! ? (or …), closing quotes/brackets, whitespace, then a likely sentence start.
_BOUNDARY = re.compile(r"""([.!?…]+["”’'\)\]]*)(\s+)(?=["“‘'\(\[]?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_PARAGRAPH = re.compile(r"[^\n]+")
_MAX_SENTENCE_CHARS = 1500
_LOOKBACK = 64  # characters before a '.' searched for the word it ends


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    id: str
    doc_id: str
    start: int
    end: int
    text: str
    sentences: tuple[Span, ...] = ()


def chunk_id(doc_id: str, start: int, text: str) -> str:
    return hashlib.sha256(f"{doc_id}\x00{start}\x00{text}".encode()).hexdigest()[:16]


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at index `dot` ends an abbreviation or an initial, not a sentence."""
    # Look back a bounded window: searching from 0 made sentence splitting quadratic in the text
    # length. A word longer than the window cannot be an abbreviation or an initial anyway.
    match = _WORD_BEFORE.search(text, max(0, dot - _LOOKBACK), dot)
    if not match:
        return False
    word = match.group(1).rstrip(".").casefold()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _split_long(start: int, end: int, text: str, limit: int) -> list[Span]:
    """Cut an overlong run of text at whitespace so no span exceeds `limit` characters."""
    spans: list[Span] = []
    while end - start > limit:
        cut = text.rfind(" ", start + 1, start + limit)
        cut = cut if cut > start else start + limit
        spans.append(Span(start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        spans.append(Span(start, end))
    return spans


def split_sentences(text: str, max_chars: int = _MAX_SENTENCE_CHARS) -> list[Span]:
    """Sentence spans of `text`: each line (paragraph) is split at sentence ends."""
    spans: list[Span] = []
    for para in _PARAGRAPH.finditer(text):
        start = para.start()
        for m in _BOUNDARY.finditer(text, para.start(), para.end()):
            end = m.end(1)
            if text[m.start(1)] == "." and _is_abbreviation(text, m.start(1)):
                continue
            spans.extend(_trimmed(text, start, end, max_chars))
            start = m.end()
        spans.extend(_trimmed(text, start, para.end(), max_chars))
    return spans


def _trimmed(text: str, start: int, end: int, limit: int) -> list[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _split_long(start, end, text, limit) if end > start else []


def _words(text: str, span: Span) -> int:
    return len(text[span.start : span.end].split())


def chunk(doc_id: str, text: str, chunk_words: int = 110, overlap: int = 1) -> list[Chunk]:
    """Group consecutive sentences into chunks of about `chunk_words` words.

    Neighbouring chunks share `overlap` sentences so a passage cut at a boundary is still whole
    in one of them.
    """
    sentences = split_sentences(text)
    chunks: list[Chunk] = []
    i = 0
    while i < len(sentences):
        j, words = i, 0
        while j < len(sentences) and (j == i or words + _words(text, sentences[j]) <= chunk_words):
            words += _words(text, sentences[j])
            j += 1
        group = tuple(sentences[i:j])
        start, end = group[0].start, group[-1].end
        body = text[start:end]
        chunks.append(Chunk(chunk_id(doc_id, start, body), doc_id, start, end, body, group))
        if j >= len(sentences):
            break
        i = max(j - overlap, i + 1)
    return chunks
