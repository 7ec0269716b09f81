"""An act named in a condition is supposed, not told: "Several justices voiced concerns about how many companies could
be sued if they allowed the case to go forward" does not say that anyone allowed it. A quote naming the act asked about
only after "if", "unless" or "whether" in the same clause does not answer whether the act was done, so it opens no
plain answer before a quote that tells it in other words ("Two lower courts said the case could move toward trial").

`act_supposed(acts, text)`: every word of `text` that is a form of an act asked about stands in a conditional clause:
a conditional word before it, within SUPPOSED_WORDS words and no clause mark between.
"""

from __future__ import annotations

import re

from app.text.terms import stem

_CONDITION = re.compile(r"^(?:if|unless|whether)$", re.IGNORECASE)
_WORD = re.compile(r"[\w’'-]+|[,;:.!?—]")
SUPPOSED_WORDS = 8  # a conditional word bears on an act at most this many words ahead in its clause


def _supposed(tokens: list[str], i: int) -> bool:
    """The word at i has a conditional word before it in its clause, within SUPPOSED_WORDS words."""
    for tok in reversed(tokens[max(0, i - SUPPOSED_WORDS) : i]):
        if tok in ",;:.!?—":
            return False
        if _CONDITION.match(tok):
            return True
    return False


def act_supposed(acts: tuple[str, ...], text: str) -> bool:
    """Each form of an asked act in `text` stands in a condition; False when `text` names none."""
    act_stems = {stem(a.casefold()) for a in acts}
    tokens = _WORD.findall(text)
    at = [i for i, t in enumerate(tokens) if stem(t.casefold()) in act_stems]
    return bool(at) and all(_supposed(tokens, i) for i in at)
