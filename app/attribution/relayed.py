"""A source relayed through another in one clause: the two links of a wire construction.

- a citing participle set off beside the reporting subject or verb: 'KRT, citing Major Ulvik, reported that …',
  'KRT reported, citing Major Ulvik, that …' — the subject relays, the cited source is quoted inside it;
- 'according to' before a speaker's own verb: 'According to Vantage, Minister X said …' — Vantage relays X.

Pure functions over the sentence text outside quotation marks; a cited phrase becomes a link only if the resolver
names a source in it ('citing safety concerns' names none), so nothing here reads a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.attribution.phrases import runs
from app.attribution.speech import Mention, according, leading, subject_phrase, trailing

# the closed class of participles that name a source a report relays ('citing', 'quoting')
CITING = "citing|quoting"
# a time phrase between the reporting verb and its citing participle: 'KRT reported on Tuesday, citing …'
_WHEN = (r"(?:\s+(?:(?:on|late|early|last|this|earlier)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
         r"Sunday|morning|afternoon|evening|night|week|month|year|yesterday|today|tonight))?")
_CITED = rf",\s*(?:{CITING})\s+([^,;:“”\"]{{2,80}}?)"
_SUBJECT_CITES = re.compile(rf"^(.*?[^\s,]),\s*(?:{CITING})\s+([^;:“”\"]{{2,120}}?)\s*,?$", re.DOTALL)


def chain(own: list, outside: str, speaks: Mention | None, cited: Mention | None, resolve: Callable) -> list:
    """The sentence's own speakers `own` (resolved from `speaks`) with the source framing them before ('According to
    Vantage, X said') and the source the report cites or quotes after ('KRT, citing Y, reported', 'KRT reported that
    Y said'); `resolve(mention)` names the entities of a mention (none for 'safety concerns')."""
    if not own or speaks is None:
        return own
    framed = [e for m in framing(outside, speaks) for e in resolve(m)]
    inner = cited or cited_after(outside, speaks) or reported_speaker(outside, speaks)
    return [*framed, *(e for e in own if e not in framed), *(resolve(inner) if inner else [])]


def unquoted(outside: str) -> tuple[tuple[Mention, Mention] | None, Mention | None]:
    """In a sentence without a quotation: (the quoting subject and its source of 'X quoted Y as saying', else None;
    the trailing relay: 'as reported by X', else `speech.trailing`)."""
    quoting = quoted_as(outside)
    return (quoting, None) if quoting else (None, as_reported(outside) or trailing(outside))


def split_cited(main: Mention | None, quoting: tuple[Mention, Mention] | None = None
                ) -> tuple[Mention | None, Mention | None]:
    """'KRT, citing Major Ulvik' before 'reported': the subject is KRT; Major Ulvik is its cited source."""
    if quoting or main is None:
        return main, quoting[1] if quoting else None
    m = _SUBJECT_CITES.match(main.phrase.strip())
    if m is None:
        return main, None
    return replace(main, phrase=m.group(1).strip()), Mention(m.group(2), main.verb, None, "cited")


def cited_after(outside: str, main: Mention) -> Mention | None:
    """'KRT reported, citing Major Ulvik, that …' / '…, KRT reported, citing Major Ulvik.' / '…, as reported by KRT,
    citing Major Ulvik.': a citing participle set off right after the reporting verb or its agent."""
    said = rf"(?:\b{re.escape(main.verb)}|{re.escape(main.phrase.strip())})"
    m = re.search(rf"{said}{_WHEN}{_CITED}\s*(?:,|\s+that\b|[.!?]?\s*$)", outside)
    return Mention(m.group(1), main.verb, None, "cited") if m else None


def framing(outside: str, main: Mention) -> list[Mention]:
    """'According to Vantage, Minister X said': the 'according to' sources before the speaker's own verb, read
    as what reports the speaker (a body named there relays, as the subject of 'reported' does)."""
    at = re.search(rf"\b{re.escape(main.verb)}\b", outside)
    before = outside[: at.start()] if at else ""
    return [replace(m, verb="reported") for m in according(before) if main.phrase.strip() not in m.phrase]


# the closed class of verbs by which a publication reports: its 'that' clause may name a speaker of its own
_REPORTS = re.compile(r"^report(?:ed|s)?$")


def reported_speaker(outside: str, main: Mention) -> Mention | None:
    """'Hollo FM reported on Wednesday that a farmer, Marta Lund, had said …': the speaker inside the report."""
    if not _REPORTS.match(main.verb):
        return None
    m = re.search(rf"\b{re.escape(main.verb)}\b[^,;“”\"]{{0,40}}?\bthat\s+(.*)$", outside, re.DOTALL)
    inner = leading(m.group(1)) if m else None
    if inner is None or inner.kind != "subject" or _REPORTS.match(inner.verb) or not runs(inner.phrase):
        return None  # 'WKTR reported that an officer … told it': an unnamed source inside a report stays the report's
    return inner


# 'X quoted Y as saying …': the quoting subject relays Y's words ('which'/'who' clauses hang on the name before them)
# an apposition may follow the source: 'quoted Dr. Pavel Renn, director of the hospital, as saying'
QUOTED_AS = r"\bquot(?:ed|es)\s+([^,;“”\"]{2,80}?)(?:,\s*[^,;“”\"]{2,80}?,)?\s+as\s+"  # 'as saying', 'as calling'
_QUOTED_AS = re.compile(rf"^(.*?)\s+{QUOTED_AS}[a-z]+ing\b", re.DOTALL)


def quoted_as(outside: str) -> tuple[Mention, Mention] | None:
    """(the quoting subject, the quoted source) of 'KRT quoted Major Ulvik as saying …' / 'KRT, which quoted …'."""
    m = _QUOTED_AS.match(outside)
    if m is None:
        return None
    relative = re.search(r"([^,;]*),\s*(?:which|who)\s*$", m.group(1))  # 'the newsletter PharmaWatch, which quoted'
    subject = re.sub(r"^\s*according to\s+", "", relative.group(1)) if relative else subject_phrase(m.group(1), "said")
    if not subject.strip(" ,"):
        return None
    return Mention(subject, "reported", None, "subject"), Mention(m.group(2), "said", None, "cited")


# 'as reported by X' / 'as first reported by X': the passive agent of a reporting clause relays the sentence
_AS_REPORTED = re.compile(r"\bas\s+(?:[a-z]+ly\s+|first\s+|earlier\s+)?reported\s+by\s+"
                          r"([^,;:“”\"]{2,80}?)\s*(?:[,.;!?]|$)", re.IGNORECASE)


def as_reported(outside: str) -> Mention | None:
    """'The ferry had been halted, as reported by Brask Radio.': Brask Radio relays the whole sentence."""
    m = _AS_REPORTED.search(outside)
    return Mention(m.group(1), "reported", None, "trailing") if m else None
