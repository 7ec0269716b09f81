"""Where a sentence's first words point back to (pure, of the document alone): an anaphor ("He", "That
campaign") stands for what the sentence before it names; a surname ("Dennis accused …") for the nearest
earlier sentence that gives the name in full ("Dallas Tea Party founder Phillip Dennis said …").

Quote choice reads these per sentence (`app.answer.anaphora`); none depends on the question, so ingest
finds them once and stores them with the document's sentences (`app.store.sentences`), as `refs`: per
sentence b"a" when it opens with an anaphor, then the distance back to its full-name sentence, if any
(b"", b"a", b"3", b"a3"). The answer keeps what its passage holds: the sentence before, in the same
paragraph; a full-name sentence that is inside the passage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from app.text.terms import STOPWORDS

# Bump when ANAPHOR, SURNAME or `full_name` change what they find: stored refs of another version are not used.
ANTECEDENTS_VERSION = 1

# A subject or determiner that points back: "He", "Her", "That campaign", "These markets" (not "That's")
ANAPHOR = re.compile(r"[\W_]*(?:he|she|they|it|his|her|its|their|this|that|these|those)\b(?!['’]s\b)", re.I)
# A second reference by surname ("Dennis accused the NAACP …", "Mr. Hunter, 41, becomes …")
SURNAME = re.compile(r"[\W_]*(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?P<name>[A-Z][a-z][\w’'-]*?)(?:['’]s)?\b")


def surname(text: str) -> str:
    """The surname the sentence opens with ("" if none: a capitalised stopword is no name)."""
    m = SURNAME.match(text)
    name = m.group("name") if m is not None else ""
    return name if name and name.casefold() not in STOPWORDS else ""


@lru_cache(maxsize=1 << 10)
def full_name(surname: str) -> re.Pattern[str]:
    """A capitalised word right before `surname`: the name given in full ("Phillip Dennis")."""
    return re.compile(rf"\b[A-Z][\w.’'-]*\s+{re.escape(surname)}\b")


def gives_full_name(text: str, name: str) -> bool:
    """`text` names `name` with a capitalised word before it."""
    return f" {name}" in text and full_name(name).search(text) is not None


def refs(texts: Sequence[str]) -> list[bytes]:
    """Each sentence's refs (see above), for a document's sentences in order."""
    out = []
    for i, text in enumerate(texts):
        name = surname(text) if i else ""
        back = next((i - j for j in range(i - 1, -1, -1) if gives_full_name(texts[j], name)), 0) if name else 0
        out.append((b"a" if ANAPHOR.match(text) else b"") + (str(back).encode() if back else b""))
    return out


def read_refs(data: bytes) -> tuple[bool, int]:
    """(opens with an anaphor, distance back to its full-name sentence or 0) from one sentence's `refs`."""
    anaphor = data[:1] == b"a"
    return anaphor, int(data[anaphor:] or 0)
