"""A text's words as the act test reads them (`app.answer.acts`): for each whitespace-separated token, its first run
of letters in lower case ('' for none), whether that run starts in lower case, and the run's stem.

None depends on the question, so ingest finds them once per sentence and stores them with the document's sentences
(`app.store.sentences`), as `runs_bytes`; a quote of whole sentences reads its sentences' runs back one after
another (`runs_from`) instead of searching and stemming its words on each question.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.text.terms import stem

# Bump when WORD or `word_runs` change what they give: stored runs of another version are not used.
WORDS_VERSION = 1

WORD = re.compile(r"[A-Za-z][\w’'-]*")
Runs = tuple[tuple[str, ...], tuple[bool, ...], tuple[str, ...]]  # words, starts in lower case, stems


def word_runs(text: str) -> Runs:
    """Each token's first run of letters in lower case ('' for none), whether it starts in lower case, its stem."""
    found = [WORD.search(t) for t in text.split()]
    words = tuple(m.group(0).casefold() if m else "" for m in found)
    return (words, tuple(m is not None and m.group(0)[:1].islower() for m in found),
            tuple(stem(w) if w else "" for w in words))


def runs_bytes(text: str) -> bytes:
    """`word_runs(text)` as bytes: the words, a '1' or '0' per token (lower case), the stems, tab-separated (a run
    holds no whitespace: the tokens are whitespace-separated)."""
    words, lower, stems = word_runs(text)
    return f"{' '.join(words)}\t{''.join('1' if x else '0' for x in lower)}\t{' '.join(stems)}".encode()


def runs_from(parts: Iterable[bytes]) -> Runs:
    """The runs of the sentences whose `runs_bytes` these are, one after another: `word_runs` of their texts joined
    by whitespace."""
    words: list[str] = []
    lower: list[bool] = []
    stems: list[str] = []
    for data in parts:
        w, flags, s = data.decode().split("\t")
        if flags:  # a sentence of no tokens: "".split(" ") would give one
            words += w.split(" ")
            lower += [c == "1" for c in flags]
            stems += s.split(" ")
    return tuple(words), tuple(lower), tuple(stems)
