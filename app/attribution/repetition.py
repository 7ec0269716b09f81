"""Repetition: several outlets relaying the same original source are one source, not many.

An answer says so ("Rasa News Agency and Nejat Society both relay Al Jazeera (quoting Hassan
Shahbaz): one original source repeated, not independent confirmation.") from the chains of its
quotes. Whether quotes disagree is decided elsewhere (`app/answer/sides.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.attribution.unnamed import is_description


@dataclass(frozen=True)
class Voice:
    """One quote as the repetition check sees it: its text, outlet, stance and source chain."""

    text: str
    outlet: str
    stance: str | None
    chain: tuple[str, ...] = ()


@dataclass(frozen=True)
class Repetition:
    origin: str  # the shared original source
    via: tuple[str, ...]  # what each outlet's chain passes on after the origin (e.g. the person quoted)
    outlets: tuple[str, ...]


def repetitions(voices: Sequence[Voice]) -> list[Repetition]:
    """Original sources that two or more publishing outlets pass on (Rasa and Nejat both relaying Al Jazeera); an
    unnamed speaker is no shared source ('a senior administration official' in two papers may be two people)."""
    by_origin: dict[str, list[Voice]] = {}
    for v in voices:
        if v.chain and not is_description(v.chain[0]):
            by_origin.setdefault(v.chain[0], []).append(v)
    out = []
    for origin, vs in by_origin.items():
        outlets = tuple(dict.fromkeys(v.outlet for v in vs))
        if len(outlets) < 2:
            continue
        shared = [v.chain[1:] for v in vs]
        common = tuple(x for x in dict.fromkeys(n for c in shared for n in c) if all(x in c for c in shared))
        out.append(Repetition(origin, common, outlets))
    return out
