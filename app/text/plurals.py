"""A noun's plural look, which tells a question's subject from its verb (`answer.acts`, `answer.asked_figure`) and the
counted noun of a figure from the words around it. General English: the irregular plurals and the "-s" ending."""

from __future__ import annotations

# The plurals not in "-s": changed vowels ("men", "feet", "mice"), "-ren" ("children") and the nouns that count
# persons or beasts with no plural ending ("police", "personnel", "cattle"; "staff" as news counts it: "20 staff")
IRREGULAR_PLURALS = frozenset("people men women children police personnel staff feet teeth mice geese cattle".split())


def plural(word: str) -> bool:
    """A plural noun's look: an irregular plural, or a word in -s (not -ss, -us, -is, a possessive, nor 'has')."""
    return word in IRREGULAR_PLURALS or (len(word) > 3 and word.endswith("s")
                                         and not word.endswith(("ss", "us", "is", "'s", "’s")))
