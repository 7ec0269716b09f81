"""The medium a speaker spoke through: 'told NBC', 'said in an interview with Politico', 'wrote in an op-ed for The
Hill', 'said on ABC'. Pure functions over the words after a speech verb; read by `app/attribution/speech.py`."""

from __future__ import annotations

import re

from app.attribution.lexicon import NEWS_ACRONYMS
from app.attribution.phrases import guess_kind

# "in an interview with Politico", "in an op-ed for The Hill", "in a column in the Post"
_MEDIUM_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\w\-]+\s+)?(?:interview|op-ed|oped|column|"
                        r"article|essay|piece|appearance|editorial)\s+(?:with|for|in|on|to)\s+"
                        r"((?:the\s+)?[A-Z][^,;:“”\".]{1,60})")
_TOLD = {"told", "telling", "tells", "tell"}


def medium_of(verb: str, rest: str, before: str = "") -> str | None:
    """The outlet a speaker spoke to: 'told NBC', 'told the outlet', 'said in an interview with
    Aljazeera', 'wrote in an op-ed for The Hill' (after the verb, or earlier in its clause)."""
    rest = rest.strip()
    if verb in _TOLD:
        m = re.match(r"((?:the\s+)?(?:[A-Z][\w\-’'.]*\s*){1,5})", rest)
        if m:
            return m.group(1).strip()
        m = re.match(r"(the\s+(?:outlet|paper|newspaper|network|station|magazine|website|site|publication))\b", rest)
        return m.group(1) if m else None
    m = _MEDIUM_IN.search(rest) or _MEDIUM_IN.search(before.rstrip(" ,").split(",")[-1])
    if m:
        return m.group(1).strip()
    telling = re.match(r"[^,;“”\"]{0,40},\s*(telling|told)\s+(.*)$", rest)  # 'responded, telling the Times …'
    if telling:
        return medium_of(telling.group(1), telling.group(2))
    to = re.match(r"to\s+((?:the\s+)?[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,3})", rest)  # 'said to the Post'
    if to and broadcaster(to.group(1)):  # not 'posted to Twitter'
        return to.group(1)
    on = re.match(r"(?:\s*[a-z]+ly|\s*[A-Z][a-z]+day)?\s*on\s+((?:[A-Z][\w\-.]*(?:[’']s)?\s*){1,4})", rest)
    if on and broadcaster(on.group(1)):  # 'said on ABC', 'said on NBC’s “Meet the Press”'
        return re.sub(r"[’']s$", "", on.group(1).strip())
    return None


def broadcaster(phrase: str) -> bool:
    tokens = [re.sub(r"[’']s$", "", t) for t in phrase.split() if t.casefold() != "the"]
    return bool(tokens) and (tokens[0] in NEWS_ACRONYMS or guess_kind(tokens) == "outlet")
