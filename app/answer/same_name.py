"""Is a chain's name the person a question asks about, or another of the same surname the article tells apart?

"What did Margaret Hunter say?" shares the word "Hunter" with the chain "Duncan Hunter", and an article about the
couple names both. A full name that differs from the question's in its first name is not enough to tell them apart:
outlets write one person as Ben / Benjamin Todd Jealous, Mike / Michael Elliott, Bob / Robert W. Goodlatte, and a
name missing from the short-forms list would be read as someone else. So a chain's name is another person only when
the quote's own article also names the question's person in full (a form of the first name, perhaps a middle name
or initial, then the surname): the article itself distinguishes two people of that surname. Pure functions over
the article's stored terms.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.text.apostrophe import straight
from app.text.first_names import first_name_forms
from app.text.terms import per_text, terms
from app.text.titles import NAME_TITLES

if TYPE_CHECKING:
    from app.answer.retrieve import Hit

_NOT_NAMES = frozenset(terms(" ".join(NAME_TITLES)))  # titles and suffixes: "Rep.", "Jr." tell no one apart


@per_text(maxsize=1 << 10)  # chain names: a few per passage, asked of every sentence they speak in
def name_terms(name: str) -> tuple[str, ...]:
    """A name's search terms, titles and suffixes left out ("Rep. Duncan Hunter Jr.": duncan, hunter)."""
    return tuple(t for t in terms(straight(name)) if t not in _NOT_NAMES)  # "O’Halleran" as typed


def named_apart(name: str, speakers: frozenset[str], hit: Hit, together: tuple[str, ...] = ()) -> bool:
    """`name` (a chain's) is a full name that shares its first name with the question's full name but not its
    surname ("Hassan Shahbaz" for "Hassan Heyrani": another person), or its surname (`speakers`: the
    question's name words) but not the first name in any of its forms: two first names are two people ("Duncan" /
    "Margaret"); an initial ("D. Hunter") is told apart only where the quote's article (`hit`'s) names the question's
    person in full. `together`: the people one link names with `name` ("Mark Udall and Ron Wyden"); their name
    words in the question name them, not a first name of `name`'s ("What did Mr. Udall and Mr. Wyden say …")."""
    words = name_terms(name)
    others = frozenset(t for person in together if person != name for t in name_terms(person))
    asked = frozenset(t for w in speakers for t in name_terms(w)) - others
    if len(words) >= 2 and words[-1] not in asked and first_name_forms(words[0]) & asked and asked - set(words):
        return True  # one first name, two surnames: "Hassan Shahbaz" is not the "Hassan Heyrani" asked about
    if len(words) < 2 or words[-1] not in asked:
        return False
    firsts = asked - {words[-1]}
    if not firsts or first_name_forms(words[0]) & firsts:
        return False  # a surname alone asks no one apart; "Ben Jealous" is "Benjamin Todd Jealous"
    if len(words[0]) > 1 and all(len(f) > 1 for f in firsts):
        return True  # two first names that are no form of each other: two people ("Duncan" / "Margaret")
    forms = sorted({f for w in firsts for f in first_name_forms(w)})
    full = re.compile(rb"(?:%s) (?:\S+ )?%s" % (b"|".join(re.escape(f.encode()) for f in forms),
                                                 re.escape(words[-1].encode())))
    held = hit.sentences.holds_run(full) if hit.sentences is not None else None
    if held is None:  # no terms stored: the passage's own
        held = full.search(" ".join(terms(hit.chunk.text)).encode()) is not None
    return held
