"""Sentence spans: where each sentence of a cleaned text starts and ends.

The one sentence splitter every stage uses (chunking at ingest, attribution, quote choice).
Invariant (tested): `text[s.start:s.end]` is the sentence for every Span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.text.terms import STOPWORDS

# A '.' after one of these never ends a sentence (a title before a name: "Sen. Bob Casey").
_TITLES = frozenset(
    "mr mrs ms messrs dr prof gen gens brig col lt lieut maj capt sgt cpl pvt cmdr adm sen sens rep reps "
    "gov govs pres supt det insp amb atty st mt ft rev hon fr".split())
# …after these, only before a figure ("No. 5", "Vol. 2"): "she said no. Then…" ends there.
_BEFORE_FIGURE = frozenset("no nos vol vols fig figs pp art sec ch".split())  # ("p." is an initial too)
# …after these, and after initials and initialisms ("J. Smith", "H.R. 1", "U.S. Supreme Court"),
# unless the next word is a capitalised function word that opens a sentence ("…in the U.S. The
# next day…"): months, company and Latin abbreviations. (A state's "Concord, Calif." ends its
# sentence as often as not: "…in Concord, Calif. Dukes is…", so states are not listed.)
_AMBIGUOUS = frozenset("jr sr inc ltd co corp dept est approx etc vs al jan feb mar apr jun jul aug sep sept oct "
                       "nov dec".split())
_INITIALISM = re.compile(r"(?:[a-z]\.)*[a-z]")  # "j", "h.r", "u.s", "d.c", "e.g"
_NEXT_WORD = re.compile(r"\W*([A-Za-z]+)")
# End of sentence: . ! ? (or …), closing quotes/brackets, whitespace, then a likely sentence start.
_BOUNDARY = re.compile(r"""([.!?…]+["”’'\)\]]*)(\s+)(?=["“‘'\(\[]?[A-Z0-9])""")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_WORD_WINDOW = 40  # look back this far for the word before a '.'; keeps long paragraphs linear
_PARAGRAPH = re.compile(r"[^\n]+")
_MAX_SENTENCE_CHARS = 1500


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the '.' at index `dot` ends an abbreviation or an initial, not a sentence."""
    window = max(0, dot - _WORD_WINDOW)
    match = _WORD_BEFORE.search(text, window, dot)
    if not match or (match.start() == window > 0 and _WORD_BEFORE.match(text[window - 1])):
        return False  # no word, or one longer than the window: not an abbreviation
    word = match.group(1).rstrip(".").casefold()
    if word in _TITLES:
        return True
    after = text[dot + 1 : dot + 1 + _WORD_WINDOW].lstrip(" \t\"“”’')([")
    if word in _BEFORE_FIGURE:
        return after[:1].isdigit()
    if word in _AMBIGUOUS or _INITIALISM.fullmatch(word):
        nxt = _NEXT_WORD.match(after)
        return not (nxt and nxt.group(1)[0].isupper() and nxt.group(1).casefold() in STOPWORDS)
    return False


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
