""""How much … in state and local taxes?": a figure belongs to the level of government written nearest it (pure).

News writing gives a couple's, a company's or a budget's figures side by side, each tied to its level by the modifier
beside it: "paid nearly $44 million in federal income taxes", "paid an additional $13.6 million in state taxes",
"federal agencies spent …". A question asking for a figure of one level ("state and local", "federal") is not
answered by the best quote when every figure in it that a level word sits beside belongs to another level: the
opening goes to a close quote with a figure of the level asked (`level_first`). A level word counts only as a modifier
("state taxes", "federal, state and local taxes"), not as a noun ("the state of Colorado", "three states").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.openers import first_close
from app.answer.select import Quote
from app.attribution.figures import WINDOW
from app.attribution.units import figure_matches, figure_unit, unit_kind
from app.text.terms import per_text

# a level of government as a modifier: the next word is a lower-case one that is no preposition, verb or article
LEVEL = re.compile(r"\b(federal|state|local|city|county|municipal)\b(?=,?\s+(?!(?:of|to|in|on|at|for|by|with|from|"
                   r"that|which|who|was|were|is|are|has|have|had|will|would|said|says|the|a|an)\b)[a-z])", re.I)
# "What did X pay / earn / spend in state taxes?": a sum is asked without "how much"
_MONEY_WHAT = re.compile(r"^\W*what\s+(?:did|does|do|will|would)\b.*\b(?:pay|earn|spend|owe|raise|cost)\b", re.I)
_STOP = re.compile(r"[.!?;]\s")


@per_text(maxsize=1 << 8)
def asked_levels(question: str) -> frozenset[str]:
    """The levels of government a figure question names as modifiers ("state and local taxes": state, local)."""
    return frozenset(m.group(1).casefold() for m in LEVEL.finditer(question))


def figure_levels(text: str, unit: str = "") -> list[str]:
    """For each figure of `text` (of the unit kind `unit` when one is given), the level word nearest it within
    `figures.WINDOW` words in the same sentence ("" when none)."""
    marks = [(m.start(1), m.end(1), m.group(1).casefold()) for m in LEVEL.finditer(text)]
    out = []
    for m in figure_matches(text):
        if unit and unit_kind(figure_unit(text, m)) != unit:
            continue
        near = [(_gap(text, e, m.start()) if e <= m.start() else _gap(text, m.end(), s), level)
                for s, e, level in marks]
        near = [(g, level) for g, level in near if g is not None]
        out.append(min(near)[1] if near else "")
    return out


def _gap(text: str, a: int, b: int) -> int | None:
    """Words between two spans (`a` the end of the first, `b` the start of the second), None past WINDOW or a
    sentence's end."""
    between = text[a:b]
    if _STOP.search(between):
        return None
    count = len(between.split())
    return count if count <= WINDOW else None


def level_first(ask: Asked, question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to a figure question naming a level ("How much did the Clintons pay in
    state and local taxes …?") opens with: 0, unless the best quote's figures beside a level word all belong to
    another level ("$44 million in federal income taxes") and a quote within ACT_MARGIN gives one of the level asked
    ("an additional $13.6 million in state taxes"). Money asked: only dollar figures count."""
    if not ranked or not asks_level(ask, question):
        return 0
    if not any(figure_levels(ranked[0].text, _unit(ask, question))):
        return 0  # no figure of the best quote is tied to a level: nothing says it is another level's
    return first_close(ranked, lambda q: gives_level(ask, question, q.text))


def asks_level(ask: Asked, question: str) -> bool:
    """A figure question ("how much …", "What did X pay …") naming a level of government as a modifier."""
    return bool(asked_levels(question)) and (ask.figure or _MONEY_WHAT.match(question) is not None)


def _unit(ask: Asked, question: str) -> str:
    """ "dollar" when a sum is asked ("how much … pay", "What did X pay …")."""
    return "dollar" if ask.money or _MONEY_WHAT.match(question) else ""


def gives_level(ask: Asked, question: str, text: str) -> bool:
    """`text` gives a figure (a dollar one when money is asked) whose nearest level word is one the question names;
    after such an opening only another such quote corroborates ("$44 million in federal income taxes" is no second
    answer to "… in state and local taxes")."""
    return bool(asked_levels(question) & set(figure_levels(text, _unit(ask, question))))
