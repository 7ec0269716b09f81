"""A passage is read inside its article: a name the question gives counts as held where the article names it.

News names its subject in full once or twice, then writes "the bill", "the congressman", "she": the paragraph that
answers "How long is the text of H.R. 1?" says "The ambitious compendium, at nearly 700 pages, …", and one that
answers "Is H.R. 1 a power grab?" says "Republicans called the bill a Democratic power grab". Coverage (the
idf-weighted share of the question's terms a passage holds) then misses the question's rarest, heaviest terms, and
the relevance floor (`retrieve.answerable`) abstains although the passage answers. Here the question's name terms
(`named.question_names`, with the number that designates one: "H.R. 1") that a passage lacks count as held when its article holds them; every other term must stand
in the passage itself, so a question off the article's subject gains nothing. Read only for the floor's decision:
the passages, their order and every later check are unchanged.
Pure functions over the question, the passages and their articles' texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from app.answer.named import question_names
from app.answer.retrieve import Hit
from app.store.lexical import LexicalIndex
from app.text.terms import per_text, term_set, terms


_NUMBERED = re.compile(r"\b(?P<name>[A-Z][\w.]*)\s+(?P<number>\d+)\b")  # "H.R. 1", "Amendment 64", "Section 2"


def _designated(question: str, names: frozenset[str]) -> frozenset[str]:
    """`names` and the number that designates one of them ("H.R. 1": the 1 is part of the name, not a figure)."""
    return names | {m.group("number") for m in _NUMBERED.finditer(question) if names & term_set(m.group("name"))}


@per_text(maxsize=1 << 6)
def _article_terms(text: str) -> frozenset[str]:
    return term_set(text)


def article_named(question: str, hits: Sequence[Hit], lexical: LexicalIndex | None,
                  text_of: Callable[[str], str]) -> list[Hit]:
    """`hits` with each passage's coverage counting the question's name terms its article holds (`text_of`: a
    document's text by id)."""
    names = _designated(question, frozenset().union(*question_names(question)))
    if not names or lexical is None:
        return list(hits)
    asked = set(terms(question, query=True))
    out = []
    for h in hits:
        held = term_set(h.chunk.text) | (names & _article_terms(text_of(h.chunk.doc_id)))
        out.append(replace(h, coverage=max(h.coverage, lexical.coverage(asked, held))))
    return out
