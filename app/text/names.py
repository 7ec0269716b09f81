"""Names shown to a reader (outlet names, above all) are data: one line, bounded, and checked
for look-alikes of names the registry knows.

`problem(name)` says why a name cannot be a label (line break, control character, too long);
`skeleton(name)` maps look-alike letters (Cyrillic 'е', Greek 'ο', full-width forms, ...) to
Latin ones, after the idea of Unicode TR39's confusable skeletons, so 'Mehr News Agеncy' with a
Cyrillic е and 'Mehr News Agency' share a skeleton; `scripts(name)` names the scripts whose
letters a name mixes.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_CHARS = 200

# Letters of other scripts that look like Latin ones (a subset of TR39 confusables.txt: the
# Cyrillic, Greek and Armenian letters with a Latin twin in common fonts).
_LOOKALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "һ": "h", "і": "i", "ї": "i", "ј": "j", "к": "k", "м": "m",
    "н": "h", "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "ӏ": "l", "ь": "b",
    # Greek
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
    "υ": "u", "χ": "x", "ϲ": "c", "ζ": "z", "μ": "u",
    # Armenian
    "օ": "o", "ս": "u", "հ": "h", "ց": "g", "ո": "n",
    # Latin look-alikes
    "ı": "i", "ȷ": "j", "ℓ": "l", "0": "o", "1": "l",
})


def problem(name: str, what: str = "outlet name", limit: int = MAX_NAME_CHARS) -> str | None:
    """Why `name` cannot be shown as a label, or None when it can."""
    if len(name) > limit:
        return f"{what} is {len(name):,} characters; the limit is {limit:,}"
    for ch in name:
        cat = unicodedata.category(ch)
        if ch in "\n\r\x0b\x0c\x85\u2028\u2029":
            return f"{what} contains a line break"
        if cat in ("Cc", "Cs") or (cat == "Cf" and ch not in "\u200c\u200d"):
            return f"{what} contains an invisible or control character (U+{ord(ch):04X})"
    return None


def skeleton(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return " ".join(folded.translate(_LOOKALIKES).split())


def scripts(name: str) -> set[str]:
    """Scripts of the letters in `name` (first word of each letter's Unicode name: LATIN, CYRILLIC, ...)."""
    found = set()
    for ch in name:
        if ch.isalpha():
            found.add(unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0])
    return found


def lookalike(name: str, known: list[str]) -> str | None:
    """The known name that `name` imitates: same skeleton, different characters (ignoring case)."""
    key = skeleton(name)
    folded = name.casefold()
    return next((k for k in known if k.casefold() != folded and skeleton(k) == key), None)
