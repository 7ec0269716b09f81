"""What a sentence's anaphor stands for (pure): "That campaign started Wednesday and runs … in Florida,
Nevada, Ohio and Pennsylvania." follows "… the Republican Jewish Coalition has launched a … TV advertising
blitz"; "Her standard rate was $225,000." follows "She topped out at $400,000 for a speech"; "Dennis accused
the NAACP …" comes after "Dallas Tea Party founder Phillip Dennis said …" (a second reference by surname). The
sentence answers a question about what its first words stand for, which an earlier sentence names: its terms
count for the sentence when the opening quote is chosen (`opening.act_first`), not in its score (which
decides abstention and disagreement)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from app.text.antecedents import ANAPHOR, gives_full_name, read_refs, surname
from app.text.terms import terms

__all__ = ["ANAPHOR", "antecedents", "sentence_terms"]


class Sentence(Protocol):
    hit: object
    index: int
    para: int
    text: str
    terms: frozenset[str] | None
    refs: bytes | None


def antecedents(sentences: Sequence[Sentence]) -> list[frozenset[str] | None]:
    """For each sentence opening with an anaphor, the terms of the sentence right before it in its
    paragraph (where what the anaphor stands for is named); for one opening with a surname, the terms of
    the nearest sentence before it in its passage that gives the full name ("Dallas Tea Party founder
    Phillip Dennis said …" for "Dennis accused …"); None for every other sentence. Read from the refs
    ingest stored (`app.text.antecedents`), found here for a sentence without them."""
    out: list[frozenset[str] | None] = []
    for i, s in enumerate(sentences):
        anaphor, back = read_refs(s.refs) if s.refs is not None else (None, None)
        p = sentences[i - 1] if i else None
        if p is not None and p.hit is s.hit and p.index == s.index - 1 and p.para == s.para \
                and (anaphor if anaphor is not None else ANAPHOR.match(s.text)):
            out.append(sentence_terms(p))
            continue
        if back is not None:  # stored: the full-name sentence counts when the passage holds it
            out.append(sentence_terms(sentences[i - back]) if 0 < back <= s.index else None)
            continue
        name = surname(s.text) if s.index else ""  # a passage's first sentence has none before it
        named = next((o for o in reversed(sentences[max(0, i - s.index):i]) if o.hit is s.hit
                      and gives_full_name(o.text, name)), None) if name else None
        out.append(sentence_terms(named) if named is not None else None)
    return out


def sentence_terms(s: Sentence) -> frozenset[str]:
    """Its stored search terms, or its text's when none were stored."""
    return s.terms if s.terms is not None else frozenset(terms(s.text))
