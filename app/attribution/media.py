"""The medium a speaker spoke through: 'told NBC', 'said in an interview with Politico', 'wrote in an op-ed for The
Hill', 'said on ABC'. Pure functions over the words after a speech verb; read by `app/attribution/speech.py`."""

from __future__ import annotations

import re

from app.attribution.lexicon import NEWS_ACRONYMS
from app.attribution.phrases import guess_kind, is_named, is_personal, segments

# "in an interview with Politico", "in an op-ed for The Hill", "in a column in the Post"
_MEDIUM_IN = re.compile(r"\b(?:in|during)\s+(?:an?|the|his|her)\s+(?:[\w\-]+\s+)?(?:interview|op-ed|oped|column|"
                        r"article|essay|piece|appearance|editorial)\s+(?:with|for|in|on|to)\s+"
                        r"((?:the\s+)?[A-Z][^,;:“”\".]{1,60})")
_TOLD = {"told", "telling", "tells", "tell"}
# a publication's kind after its name: 'told Consumer Watch magazine' names a publication, not a person
_KIND_NOUNS = "magazine|newspaper|radio|station|channel|website|newsletter|weekly|daily|broadcaster|television"


def medium_of(verb: str, rest: str, before: str = "") -> str | None:
    """The outlet a speaker spoke to: 'told NBC', 'told the outlet', 'said in an interview with
    Aljazeera', 'wrote in an op-ed for The Hill' (after the verb, or earlier in its clause)."""
    rest = rest.strip()
    if verb in _TOLD:
        m = re.match(rf"((?:the\s+)?(?:[A-Z][\w\-’'.]*\s*){{1,5}}(?:(?:{_KIND_NOUNS})\b)?)", rest)  # '… magazine'
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


def kind_named(phrase: str, name: list[str]) -> bool:
    """The publication's kind right after its name: 'Consumer Watch magazine' (a name that reads as a person's)."""
    return bool(re.match(rf"\s*(?:{_KIND_NOUNS})\b", phrase.split(name[-1], 1)[-1]))


def broadcaster(phrase: str) -> bool:
    tokens = [re.sub(r"[’']s$", "", t) for t in phrase.split() if t.casefold() != "the"]
    return bool(tokens) and (tokens[0] in NEWS_ACRONYMS or guess_kind(tokens) == "outlet")


# 'According to Peter Keating at Vanity Fair', 'first reported by Greg Sargent at The Plum Line': a writer at a
# publication; read only where a report or a figure is credited (a person 'at' a name who simply speaks may work there)
_AT = re.compile(r"((?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]*)\s+at\s+"
                 r"((?:[Tt]he\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})")


def writer_at(phrase: str) -> tuple[str, str] | None:
    """(the writer, the publication) of 'Peter Keating at Vanity Fair'; None unless the phrase is only that, the
    writer's name is a person's and the publication's has no institution or place word ('at Columbia University')."""
    m = _AT.fullmatch(phrase.strip(" ,."))
    if m is None or not is_personal(m.group(1).split()):
        return None
    place = re.sub(r"^[Tt]he\s+", "", m.group(2))
    return (m.group(1), place) if is_named(place.split()) else None


def titled_name(tokens: list[str], phrase: str) -> str:
    """A one-word publication name keeps a capitalised 'The' printed before it: 'an op-ed for The
    Hill' → 'The Hill' ('Hill' alone names nothing); 'the Post' stays 'Post'."""
    name = " ".join(tokens)
    return f"The {name}" if len(tokens) == 1 and re.search(rf"(?<!\S)The\s+{re.escape(name)}\b", phrase) else name


def determined(phrase: str) -> bool:
    """'the Washington Examiner': a name after 'the' is no person's."""
    segs = segments(phrase)
    return bool(segs) and segs[-1].split()[0].casefold() == "the"
