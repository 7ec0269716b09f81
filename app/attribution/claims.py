"""Claims stage: group quotes by what they assert, and find which groups are contested.

Quotes join a group when their embeddings are close. A quote with a rejection cue ("smear",
"lies", "not true", "denies", "debunked", "propaganda", "claimed") joins the group it rebuts:
the nearest quote from another outlet, by a lower similarity bar, or any quote whose source it
names ("the smear campaigns by … Al-Jazeera English" rebuts what Al Jazeera said). A group is
contested when outlets of different stance groups speak to it, or an outlet rebuts another's claim.

Different numbers for the same quantity from two outlets ("40 million dollars" / "90 million
dollars") put two quotes in one contested claim too.

Also: repetition — several outlets relaying the same original source are one source, not many.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.text.terms import STOPWORDS, terms

SAME_CLAIM = 0.55  # cosine similarity for two quotes to speak to the same claim
ON_POINT = 0.4  # the lower bar for two quotes that both answer the question closely
SHARED_TERMS = 3  # or a rebuttal shares this many content words with the other side's quote
NEAR_BEST = 0.05  # a quote answers the question closely when within this of the best quote's similarity
REJECTION = re.compile(
    r"\b(smear\w*|lies|lying|liars?|not true|untrue|false(ly)?|den(y|ies|ied)|debunk\w*|propaganda|"
    r"claim(ed|s)?|fabricat\w*|baseless|disinformation|fake news|so-called|allege(d|dly)?|fiction|myth)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Voice:
    """One quote as the claims stage sees it."""

    text: str
    outlet: str
    stance: str | None
    chain: tuple[str, ...] = ()


@dataclass(frozen=True)
class Claim:
    members: tuple[int, ...]  # indexes into the voices, in input order
    contested: bool
    stances: tuple[str, ...]


_QUANTITY = re.compile(r"(\d[\d,.]*)\s*(million|billion|thousand|percent|%)?\s*([a-z]+)", re.IGNORECASE)


def quantities(text: str) -> dict[str, str]:
    """{'million dollar': '40'} for '40 million dollars': unit → number, for contradiction checks."""
    out = {}
    for number, scale, word in _QUANTITY.findall(text):
        if (not scale and re.fullmatch(r"(19|20)\d\d", number)) or word.casefold() in STOPWORDS or len(word) < 3:
            continue  # years and "in 2012 and …" are not quantities
        unit = " ".join(w for w in (scale.casefold(), word.casefold().rstrip("s")) if w)
        out.setdefault(unit, number.replace(",", "").rstrip("."))
    return out


def conflicting_numbers(a: str, b: str) -> bool:
    """Two texts giving different numbers for the same unit ('40 million dollars' vs '90 million dollars')."""
    qa, qb = quantities(a), quantities(b)
    return any(qa[u] != qb[u] for u in qa.keys() & qb.keys())


def rejects(text: str) -> bool:
    return REJECTION.search(text) is not None


def group_claims(voices: Sequence[Voice], vectors: np.ndarray, relevance: Sequence[float] | None = None,
                 same: float = SAME_CLAIM, on_point: float = ON_POINT) -> list[Claim]:
    """Group quotes by claim. `relevance[i]` is quote i's similarity to the question: two quotes that
    both answer the question closely need only `on_point` similarity to share a claim."""
    n = len(voices)
    if n == 0:
        return []
    sims = vectors @ vectors.T if vectors.size else np.zeros((n, n))
    rel = list(relevance) if relevance is not None else [0.0] * n
    close = [r >= max(rel) - NEAR_BEST and r > 0 for r in rel]
    groups = _Groups(n)
    for i in range(n):
        for j in range(i + 1, n):
            if sims[i, j] >= (on_point if close[i] and close[j] else same):
                groups.union(i, j)
    rebuttals = _link_disputes(voices, sims, on_point, groups)
    claims = []
    for members in groups.members():
        stances = tuple(dict.fromkeys(voices[i].stance for i in members if voices[i].stance))
        answering = [i for i in members if close[i]] if relevance is not None else members
        sides = {voices[i].stance for i in answering if voices[i].stance}
        outlets = {voices[i].outlet for i in members}
        contested = len(sides) > 1 or (bool(rebuttals & set(members)) and len(outlets) > 1)
        claims.append(Claim(tuple(members), contested, stances))
    return claims


class _Groups:
    """Union-find over quote indexes; a group is named by its smallest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)

    def members(self) -> list[list[int]]:
        groups: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            groups.setdefault(self.find(i), []).append(i)
        return sorted(groups.values(), key=lambda m: m[0])


def _link_disputes(voices: Sequence[Voice], sims: np.ndarray, on_point: float, groups: _Groups) -> set[int]:
    """Join conflicting numbers, and each rebuttal to the claim it rebuts (one that names its source,
    else the nearest quote from the other side); return the quotes that dispute another."""
    n, rebuttals = len(voices), set()
    for i in range(n):
        for j in range(i + 1, n):
            if voices[i].outlet != voices[j].outlet and conflicting_numbers(voices[i].text, voices[j].text):
                groups.union(i, j)
                rebuttals.update((i, j))
    for r, voice in enumerate(voices):
        if not rejects(voice.text):
            continue
        targets = [j for j in range(n) if voices[j].outlet != voice.outlet and _names_source(voice.text, voices[j])]
        if not targets:  # a rebuttal speaks to the other side's claim in its own words
            others = [j for j in range(n) if _other_side(voice, voices[j])
                      and (sims[r, j] >= on_point or _shared_terms(voice.text, voices[j].text) >= SHARED_TERMS)]
            targets = [max(others, key=lambda j: sims[r, j])] if others else []
        for j in targets:
            groups.union(r, j)
            rebuttals.add(r)
    return rebuttals


def _shared_terms(a: str, b: str) -> int:
    return len(set(terms(a)) & set(terms(b)))


def _other_side(a: Voice, b: Voice) -> bool:
    return a.outlet != b.outlet and (a.stance is None or b.stance is None or a.stance != b.stance)


def _names_source(text: str, other: Voice) -> bool:
    """True when `text` names the outlet or an original source of `other` ('… by Al-Jazeera English')."""
    folded = re.sub(r"[\s\-]+", " ", text.casefold())
    for name in (other.outlet, *other.chain):
        key = re.sub(r"[\s\-]+", " ", name.casefold())
        if len(key) >= 4 and key in folded:
            return True
    return False


@dataclass(frozen=True)
class Repetition:
    origin: str  # the shared original source
    via: tuple[str, ...]  # what each outlet's chain passes on after the origin (e.g. the person quoted)
    outlets: tuple[str, ...]


def repetitions(voices: Sequence[Voice]) -> list[Repetition]:
    """Original sources that two or more publishing outlets pass on (Rasa and Nejat both relaying Al Jazeera)."""
    by_origin: dict[str, list[Voice]] = {}
    for v in voices:
        if v.chain:
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
