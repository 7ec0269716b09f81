""""Who is <Owner>'s <role>?" is answered by the sentence naming the person in that role of that owner (pure).

A role is named beside its holder in a few set ways: "Nebraska’s attorney general, Jon Bruning", "Nebraska Attorney
General Jon Bruning" (the role as a title), "Jon Bruning, Nebraska's attorney general", "Jon Bruning, the attorney
general of Nebraska". The best-scoring sentence often names the same role of another owner ("Colorado’s attorney
general, John Suthers" for "Who is Oklahoma's attorney general?"): it answers another question. So the answer opens
with the close quote naming a person in the asked role of the asked owner, when the best one does not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.openers import first_close
from app.answer.select import Quote

# "Who is Oklahoma's attorney general?", "Who was the company's chief executive?"
_ASKED = re.compile(r"^\W*(?i:who\s+(?:is|was|are|were)\s+(?:the\s+)?)(?P<owner>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
                    r"['’]s?\s+(?P<role>[a-z][\w-]*(?:\s+(?:of\s+)?[a-z][\w-]*){0,2})\W*$")
# a person's name: an optional courtesy title, then two to four capitalised words (a middle initial allowed), Jr./Sr.
_NAME = r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+){1,3}(?:,?\s+(?:Jr|Sr)\.)?"


def role_asked(question: str) -> tuple[str, str] | None:
    """The owner and role a "Who is <Owner>'s <role>?" question asks the holder of, or None."""
    m = _ASKED.match(question.strip())
    return (m.group("owner"), m.group("role")) if m else None


def _holder_patterns(owner: str, role: str) -> re.Pattern[str]:
    o = r"\s+".join(re.escape(w) for w in owner.split())
    r = r"\s+".join(re.escape(w) for w in role.split())
    return re.compile(rf"\b{o}['’]s?\s+(?i:{r}),?\s+{_NAME}"  # Nebraska’s attorney general, Jon Bruning
                      rf"|\b{o}\s+(?i:{r})\s+{_NAME}"  # Nebraska Attorney General Jon Bruning
                      rf"|{_NAME},\s+(?:the\s+)?{o}['’]s?\s+(?i:{r})\b"  # Jon Bruning, Nebraska's attorney general
                      rf"|{_NAME},\s+(?:the|a|an)\s+(?i:{r})\s+(?:of|for)\s+{o}\b")  # …, a lawyer for Wal-Mart


def names_holder(question: str, text: str) -> bool:
    """`text` names a person in the role of the owner the question asks about."""
    asked = role_asked(question)
    return asked is not None and _holder_patterns(*asked).search(text) is not None


def role_holder_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "Who is <Owner>'s <role>?" opens with: 0, unless the best quote
    names no person in that role of that owner and one within ACT_MARGIN does (`names_holder`)."""
    if not ranked or role_asked(question) is None or names_holder(question, ranked[0].text):
        return 0
    return first_close(ranked, lambda q: names_holder(question, q.text))
