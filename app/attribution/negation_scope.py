"""How far a negation word reaches: the words it may bear on, read by two pieces of grammar.

- A negative quantifier with a partitive ("none of the 14 books is explicit", "not one of them was", "neither of the
  two reports") negates its clause's predicate, which follows the partitive's noun phrase: the reach forward starts
  after that phrase (`partitive_words`).
- A negation inside a relative clause ("explicit material that no parent would allow", "a plan which nobody
  opposed") bears on the clause, not on the noun it modifies: the words before the relative pronoun are out of its
  reach backward (`reach_before`).
"""

from __future__ import annotations

import re

# "none of", "neither of", "not one of", "not a single one of", "no one of"; the noun phrase after "of": a determiner
# or a pronoun, then at most two modifiers and a head ("of the 14 books", "of them", "of its three new locomotives")
_QUANTIFIER = re.compile(r"(?:none|neither|not|no)$", re.IGNORECASE)
_PARTITIVE = re.compile(r"\s+(?:(?:a\s+)?single\s+)?(?:one\s+)?of\s+(?:them|us|you|those|these|"
                        r"(?:(?:the|these|those|its|his|her|their|our)\s+)?(?:[\w,'-]+\s+){0,2}[\w'-]+)\b",
                        re.IGNORECASE)
# a relative pronoun that opens the clause a negation sits in: "that no parent", "which nobody", "who never", with at
# most two words between ("that the board did not"), not a demonstrative subject ("that is not true", `_DENIES_BEFORE`)
_RELATIVE = re.compile(r"\b(?:that|which|who|whom|whose)\s+(?!(?:is|was|are|were|'s)\b)(?:\S+\s+){0,2}$", re.IGNORECASE)


def partitive_words(text: str, end: int) -> int:
    """The words of a partitive phrase right after a negative quantifier ending at `end` ("none| of the 14 books"): 0
    when there is none or the negation is no quantifier ("did not| offer")."""
    if not _QUANTIFIER.search(text[:end]):
        return 0
    m = _PARTITIVE.match(text, end)
    if m is None or (text[end - 3 : end].lower() == "not" and not re.match(r"\s+(?:a\s+single\s+|single\s+)?one\b",
                                                                            text[end:], re.IGNORECASE)):
        return 0
    return len(m.group().split())


def reach_before(text: str, start: int) -> str:
    """The text before a negation starting at `start` that it may bear on: all of it, or only what follows a relative
    pronoun that opens the negation's clause ("explicit material |that no parent …": nothing of "explicit")."""
    before = text[:start]
    m = _RELATIVE.search(before)
    return before[m.end():] if m else before
