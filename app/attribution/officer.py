"""Whose officer a name is: '<Name> <role words> <Name>' ('Torvik Rail chief executive Lena Odum', 'Port Ellery mayor
Ana Berg', 'Guild president Nadia Brook'). The first name only says whose officer the second is; the second speaks.

The role words are lower case and each one a title (`Names.titles`) or a noun that refers to a person
(`phrases.is_role_head`), so 'Halvard Lines chief executive Paul Hadley said' names Paul Hadley, while 'Blaine accused
Mayor Delia Fenwick' (a verb between) and 'Voltra said' (no second name) name no officer.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from app.attribution.phrases import is_role_head

_MAX_ROLE_WORDS = 3  # 'chief executive', 'deputy police chief', 'senior vice president'


def owns_title(text: str, tokens: Sequence[str], titles: Collection[str]) -> bool:
    """Whether the name `tokens` is followed in `text` at once by role or title words and another capitalised name.
    One capitalised word is no owner: it may be a common noun opening the sentence ('Hospital chief executive Randall
    Voss', 'Museum director Claire Benning'), the speaker's own description, not a name."""
    if len(tokens) < 2:
        return False
    m = re.search(rf"(?<!\w){re.escape(' '.join(tokens))}((?:\s+[a-z][a-z.\-]*){{1,{_MAX_ROLE_WORDS}}})\s+[A-Z]",
                  text)
    return bool(m) and all(is_role_head(w) or w.rstrip(".") in titles for w in m.group(1).split())
