"""A speaker described by a role with a relative clause after it: 'The manager of a café in Ilmor where Lask worked
told Nova Ilmor …', 'A lawyer who represents Ann Lee said …'. The names inside the relative clause are not the speaker
(Lask did not speak); the description before it is. A name set off after the clause ('The man who owns the ferry, Bo
Lind, said') still is."""

from __future__ import annotations

import re

# a determiner and a lowercase noun opening the phrase, then a relative word and the clause up to the next comma
_RELATIVE = re.compile(r"^(\s*(?:the|a|an)\s+[a-z][^,;“”\"]*?)\s+(?:where|who|whom|whose|that|which)\s+[^,;“”\"]*",
                       re.IGNORECASE)


def head_only(phrase: str) -> str:
    """The phrase without the relative clause of its described head: 'The manager of a café where Lask worked' → 'The
    manager of a café'; 'The man who owns the ferry, Bo Lind' → 'The man, Bo Lind'; any other phrase unchanged."""
    m = _RELATIVE.match(phrase)
    return m.group(1) + phrase[m.end():] if m else phrase
