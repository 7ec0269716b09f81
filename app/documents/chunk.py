"""Chunk stage: sentence-aligned chunks with offsets into the cleaned text.

Invariants (tested): `text[s.start:s.end]` is the sentence for every Span, and
`doc_text[c.start:c.end] == c.text` for every Chunk. Chunk ids are content hashes, so
re-chunking the same document gives the same ids.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from app.text.sentences import Span, split_sentences


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
