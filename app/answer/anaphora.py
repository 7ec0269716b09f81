"""What a sentence's anaphor stands for (pure): "That campaign started Wednesday and runs … in Florida,
Nevada, Ohio and Pennsylvania." follows "… the Republican Jewish Coalition has launched a … TV advertising
blitz"; "Her standard rate was $225,000." follows "She topped out at $400,000 for a speech"; "Dennis accused
the NAACP …" comes after "Dallas Tea Party founder Phillip Dennis said …" (a second reference by surname). The
sentence answers a question about what its first words stand for, which an earlier sentence names: its terms
count for the sentence when the opening quote is chosen (`opening.act_first`), not in its score (which
decides abstention and disagreement)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from app.text.terms import STOPWORDS, terms

# A subject or determiner that points back: "He", "Her", "That campaign", "These markets" (not "That's")
ANAPHOR = re.compile(r"[\W_]*(?:he|she|they|it|his|her|its|their|this|that|these|those)\b(?!['’]s\b)", re.I)


class Sentence(Protocol):
    hit: object
    index: int
    para: int
    text: str
    terms: frozenset[str] | None


# A second reference by surname ("Dennis accused the NAACP …", "Mr. Hunter, 41, becomes …")
SURNAME = re.compile(r"[\W_]*(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?P<name>[A-Z][a-z][\w’'-]*?)(?:['’]s)?\b")


def antecedents(sentences: Sequence[Sentence]) -> list[frozenset[str] | None]:
    """For each sentence opening with an anaphor, the terms of the sentence right before it in its
    paragraph (where what the anaphor stands for is named); for one opening with a surname, the terms of
    the nearest sentence before it in its passage that gives the full name ("Dallas Tea Party founder
    Phillip Dennis said …" for "Dennis accused …"); None for every other sentence."""
    out: list[frozenset[str] | None] = []
    for i, s in enumerate(sentences):
        p = sentences[i - 1] if i else None
        if p is not None and p.hit is s.hit and p.index == s.index - 1 and p.para == s.para and ANAPHOR.match(s.text):
            out.append(sentence_terms(p))
            continue
        m = SURNAME.match(s.text) if s.index else None  # a passage's first sentence has none before it
        name = m.group("name") if m is not None and m.group("name").casefold() not in STOPWORDS else ""
        named = next((o for o in reversed(sentences[max(0, i - s.index):i]) if o.hit is s.hit
                      and f" {name}" in o.text and _full_name(name).search(o.text)), None) if name else None
        out.append(sentence_terms(named) if named is not None else None)
    return out


@lru_cache(maxsize=1 << 10)
def _full_name(surname: str) -> re.Pattern[str]:
    """A capitalised word right before `surname`: the name given in full ("Phillip Dennis")."""
    return re.compile(rf"\b[A-Z][\w.’'-]*\s+{re.escape(surname)}\b")


def sentence_terms(s: Sentence) -> frozenset[str]:
    """Its stored search terms, or its text's when none were stored."""
    return s.terms if s.terms is not None else frozenset(terms(s.text))
