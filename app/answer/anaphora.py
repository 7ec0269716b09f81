"""What a sentence's anaphor stands for (pure): "That campaign started Wednesday and runs … in Florida,
Nevada, Ohio and Pennsylvania." follows "… the Republican Jewish Coalition has launched a … TV advertising
blitz"; "Her standard rate was $225,000." follows "She topped out at $400,000 for a speech". The sentence
answers a question about what its first words stand for, which the sentence before it names: its terms
count for the sentence when the opening quote is chosen (`opening.act_first`), not in its score (which
decides abstention and disagreement)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from app.text.terms import terms

# A subject or determiner that points back: "He", "Her", "That campaign", "These markets" (not "That's")
ANAPHOR = re.compile(r"[\W_]*(?:he|she|they|it|his|her|its|their|this|that|these|those)\b(?!['’]s\b)", re.I)


class Sentence(Protocol):
    hit: object
    index: int
    para: int
    text: str
    terms: frozenset[str] | None


def antecedents(sentences: Sequence[Sentence]) -> list[frozenset[str] | None]:
    """For each sentence opening with an anaphor, the terms of the sentence right before it in its
    paragraph (where what the anaphor stands for is named); None for every other sentence."""
    out: list[frozenset[str] | None] = []
    for i, s in enumerate(sentences):
        p = sentences[i - 1] if i else None
        refers = p is not None and p.hit is s.hit and p.index == s.index - 1 and p.para == s.para
        out.append((p.terms if p.terms is not None else frozenset(terms(p.text)))
                   if refers and p is not None and ANAPHOR.match(s.text) else None)
    return out
