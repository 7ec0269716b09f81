"""What a "how many" question counts is the head of its noun phrase: "How many store managers …" counts managers;
"store" only says which managers. A figure that counts the modifier's own things ("3,400 stores", "more than 4,300
Wal-Mart and Sam's Club stores") counts something else, so two such figures that differ are no dispute about what was
asked, while "at least 544 store managers" counts it.

`asked_head(question)`: the modifier and head stems of the noun run after "how many" (`asked_figure.counted_run`):
its head is its last plural noun ("pages" in "how many pages long"), and only a head after another noun has a modifier
to confuse with it.
`counts_modifier(text, head)`: a figure in `text` whose noun phrase ends in the modifier, and none in the head.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.answer.asked_figure import counted_run
from app.text.plurals import plural
from app.text.terms import per_text, stem

# a figure and the words of its noun phrase: up to a preposition, a relative word, a verb-like boundary or punctuation
_FIGURE = re.compile(r"\b\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?((?:\s+[A-Za-z][\w'’&-]*){1,6})")
_PHRASE_END = frozenset("in at on for to from with by of during before after over under who which that whose where "
                        "when and or but is are was were has have had".split())


@dataclass(frozen=True)
class Head:
    modifier: frozenset[str]  # stems of the nouns before the head ("store")
    head: str  # stem of the counted noun ("manag")


@per_text(maxsize=1 << 8)
def asked_head(question: str) -> Head | None:
    """The modifier and head of "how many <noun> <nouns> …" (None for a head first, or no "how many"): the run
    `asked_figure.counted_run` reads, so the counted noun and its head are one reading."""
    run = counted_run(question)
    if len(run) < 2 or not plural(run[-1]):
        return None
    stems = [stem(w) for w in run]
    return Head(frozenset(stems[:-1]) - {stems[-1]}, stems[-1])


def _phrase(rest: str) -> list[str]:
    """The stems of a figure's noun phrase: the words after it up to a boundary word ("stores in 170 …": stores).
    "and" joins names inside a phrase ("Wal-Mart and Sam's Club stores") when a capital follows it."""
    words, out = rest.split(), []
    for i, w in enumerate(words):
        low = w.casefold().strip(",;:.!?\"”’)")
        if low in _PHRASE_END and not (low == "and" and i + 1 < len(words) and words[i + 1][:1].isupper()):
            break
        out.append(stem(low))
        if w[-1:] in ",;:.!?":
            break
    return out


def _same(a: str, b: str) -> bool:
    """Two stems of one word, the plural's "-es" left by the stemmer included ("bus" / "buse")."""
    return a == b or (min(len(a), len(b)) >= 3 and abs(len(a) - len(b)) == 1 and (a.startswith(b) or b.startswith(a)))


def _names(phrase: set[str], words: frozenset[str]) -> bool:
    return any(_same(p, w) for p in phrase for w in words)


def counts_modifier(text: str, head: Head) -> bool:
    """A figure of `text` heads its phrase with the modifier ("3,400 stores" for "How many store managers …": it counts
    stores) and none with the head asked ("at least 544 store managers")."""
    heads = [p[-1] for m in _FIGURE.finditer(text) if (p := _phrase(m.group(1)))]
    return any(_names({h}, head.modifier) for h in heads) and not any(_same(h, head.head) for h in heads)


def other_counted(question: str, a: str, b: str) -> bool:
    """Two quotes' figures count the modifier of what "how many" asks, not its head, in either quote."""
    head = asked_head(question)
    return head is not None and (counts_modifier(a, head) or counts_modifier(b, head))
