"""Acronyms and the names they stand for: "ACLU" is "American Civil Liberties Union".

A question often names an organisation by its acronym while an article spells it out (or the
other way round), and neither BM25 nor MiniLM connects the two. `initialisms(text)` gives the
initials of every run of capitalised words (small connectors such as "for the" and "of" skipped,
hyphenated parts counted once): "National Association for the Advancement of Colored People" →
"naacp". Pure functions, no model.
"""

from __future__ import annotations

import re

from app.text.terms import per_text

_WORD = re.compile(r"[\w’'-]+")
_CONNECTORS = frozenset("of for the and on in to de".split())
_PUNCTUATION = re.compile(r"[,;:()\[\]\"“”.!?—–]")
ACRONYM = re.compile(r"\b[A-Z]{2,6}s?\b")  # "ACLU", "NSA", "MKOs"


@per_text(maxsize=1 << 12)  # a sentence is scored again in each overlapping passage; the BM25 worker reads ahead
def initialisms(text: str) -> frozenset[str]:
    """Lower-case initials of each run of two or more capitalised words in `text` (connectors
    such as "for the" skipped inside a run; punctuation and all-capital words end a run)."""
    found: set[str] = set()
    for segment in _PUNCTUATION.split(text):
        run: list[str] = []
        for word in [*_WORD.findall(segment), ""]:
            if word[:1].isupper() and not word.isupper() and word.casefold() not in _CONNECTORS:
                run.append(word[0])
            elif word.casefold() in _CONNECTORS and run:
                continue
            else:
                if len(run) >= 2:
                    found.add("".join(run).casefold())
                run = []
    return frozenset(found)


def acronyms(text: str) -> frozenset[str]:
    """The acronyms written in `text`, lower case ("What did the ACLU say" → {"aclu"})."""
    return frozenset(m.group(0).rstrip("s").casefold() for m in ACRONYM.finditer(text))
