"""A source relayed through another in one clause: the two links of a wire construction.

- a citing participle set off beside the reporting subject or verb: 'KRT, citing Major Ulvik, reported that …',
  'KRT reported, citing Major Ulvik, that …' — the subject relays, the cited source is quoted inside it;
- 'according to' before a speaker's own verb: 'According to Vantage, Minister X said …' — Vantage relays X.

Pure functions over the sentence text outside quotation marks; a cited phrase becomes a link only if the resolver
names a source in it ('citing safety concerns' names none), so nothing here reads a name.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.attribution.speech import Mention, according

# the closed class of participles that name a source a report relays ('citing', 'quoting')
CITING = "citing|quoting"
_CITED = rf",\s*(?:{CITING})\s+([^,;:“”\"]{{2,80}}?)"
_SUBJECT_CITES = re.compile(rf"^(.*?[^\s,]){_CITED}\s*,?$", re.DOTALL)


def split_cited(main: Mention) -> tuple[Mention, Mention | None]:
    """'KRT, citing Major Ulvik' before 'reported': the subject is KRT; Major Ulvik is its cited source."""
    m = _SUBJECT_CITES.match(main.phrase.strip())
    if m is None:
        return main, None
    return replace(main, phrase=m.group(1).strip()), Mention(m.group(2), main.verb, None, "cited")


def cited_after(outside: str, verb: str) -> Mention | None:
    """'KRT reported, citing Major Ulvik, that …': a citing participle set off right after the speech verb."""
    m = re.search(rf"\b{re.escape(verb)}{_CITED}\s*(?:,|\s+that\b)", outside)
    return Mention(m.group(1), verb, None, "cited") if m else None


def framing(outside: str, main: Mention) -> list[Mention]:
    """'According to Vantage, Minister X said': the 'according to' sources before the speaker's own verb, read
    as what reports the speaker (a body named there relays, as the subject of 'reported' does)."""
    at = re.search(rf"\b{re.escape(main.verb)}\b", outside)
    before = outside[: at.start()] if at else ""
    return [replace(m, verb="reported") for m in according(before) if main.phrase.strip() not in m.phrase]
