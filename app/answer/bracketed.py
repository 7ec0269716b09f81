"""A sum in parentheses belongs to the words right before it.

News writing lists who got how much with each sum in parentheses after its recipient: "The beneficiaries of that
foundation … include their larger foundation ($1.865 million in 2014), as well as the Museum for African Art in New
York, …". A how-much question about one recipient ("How much did the Clinton Family Foundation give to the Museum for
African Art?") is answered by that list only when the recipient's own item holds a sum: one named there without one
is listed, not counted, and the sum beside it is another recipient's (`sum_elsewhere`).
Pure functions over the question and the answering quotes' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.terms import per_text

# "How much did X give to the Museum for African Art?": the recipient's name closing a how-much question
_RECIPIENT = re.compile(r"^\W*how\s+much\b[^?]*\bto\s+(?:the\s+)?"
                        r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:for|of|and|on|[A-Z][\w'’.-]*))*?)\s*\?\s*$", re.I)
_BRACKETED = re.compile(r"\(\s*(?:about\s+|nearly\s+|more\s+than\s+)?\$\s?\d")  # "($1.865 million in 2014)"
_MONEY = r"\$\s?\d[\d,.]*(?:\s+(?:million|billion|thousand))?"


@per_text(maxsize=1 << 8)
def asked_recipient(question: str) -> str | None:
    """The capitalised name a how-much question's "to …" closes on, if it does."""
    m = _RECIPIENT.match(question)
    return m.group("name") if m and m.group("name")[0].isupper() else None


def own_sum(name: str, text: str) -> bool:
    """`text` gives `name` a sum: one in parentheses right after it, or one given "to" it ("$5 million to the …")."""
    at = re.escape(name)
    return re.search(rf"{at}[^(),.;]{{0,40}}\(\s*[^)]*\$\s?\d", text) is not None \
        or re.search(rf"{_MONEY}[^.;()]{{0,60}}\bto\s+(?:the\s+)?{at}", text) is not None


def sum_elsewhere(question: str, texts: Sequence[str]) -> bool:
    """The answering quotes name the asked recipient in a list whose sums stand in parentheses after other
    recipients, and none gives it a sum of its own (module docstring)."""
    name = asked_recipient(question)
    if name is None:
        return False
    listed = [t for t in texts if name in t and _BRACKETED.search(t)]
    return bool(listed) and not any(own_sum(name, t) for t in texts if name in t)
