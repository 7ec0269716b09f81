"""Retrieve stage: dense (Chroma) + lexical (BM25) candidates, fused by reciprocal rank,
then picked with an outlet-diversity penalty so one verbose outlet cannot crowd out the rest; one
passage more joins the picks when a sentence of it is closer to the question than any of theirs and
holds most of the question's terms (`closer_sentence`)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np

from app.answer.asked import asked
from app.answer.closer import closer_sentence
from app.answer.figure_reach import count_passage
from app.config import Config
from app.store.chroma import StoredChunk
from app.store.lexical import LexicalIndex
from app.store.local import Store
from app.store.sentences import Sentences
from app.text.terms import terms


@dataclass(frozen=True)
class Filters:
    outlets: frozenset[str] = frozenset()
    stances: frozenset[str] = frozenset()

    def where(self) -> dict[str, Any] | None:
        clauses = []
        if self.outlets:
            clauses.append({"outlet": {"$in": sorted(self.outlets)}})
        if self.stances:
            clauses.append({"stance": {"$in": sorted(self.stances)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def allowed(self) -> dict[str, set[str]] | None:
        allowed = {}
        if self.outlets:
            allowed["outlet"] = set(self.outlets)
        if self.stances:
            allowed["stance"] = set(self.stances)
        return allowed or None


@dataclass(frozen=True)
class Hit:
    chunk: StoredChunk
    dense: float  # cosine similarity to the question
    lexical: float  # BM25 score (0 when lexical retrieval did not find it)
    coverage: float  # idf-weighted share of the question's terms found in the passage
    fused: float  # reciprocal-rank-fusion score
    score: float  # fused score after the diversity penalty
    sentences: Sentences | None = None  # its document's sentences as ingest stored them
    cued: bool = True  # False: the index found no rebuttal cue in its text (`store.cues`), so no quote of it holds one

    @property
    def outlet(self) -> str:
        return str(self.chunk.meta.get("outlet", "unknown"))

    def uncued(self) -> Hit:
        """This passage with `cued` False, field by field (`dataclasses.replace` looks the fields up on each call: a
        dozen passages a question)."""
        return Hit(self.chunk, self.dense, self.lexical, self.coverage, self.fused, self.score, self.sentences, False)


def rrf(rankings: list[list[str]], k: int) -> dict[str, float]:
    """Reciprocal rank fusion: sum of 1/(k + rank) over the rankings an id appears in."""
    scores: dict[str, float] = {}
    get = scores.get  # ~80 ids a retrieval, two retrievals a question: no attribute lookup per id
    for ranking in rankings:
        for at, cid in enumerate(ranking, start=k + 1):  # at = k + rank: the same integer, the same quotient
            scores[cid] = get(cid, 0.0) + 1.0 / at
    return scores


def diversify(candidates: list[tuple[str, float, str]], k: int, factor: float) -> list[tuple[str, float]]:
    """Greedy pick of k (id, score, outlet): each earlier pick from an outlet multiplies its
    next candidates' score by `factor`. Ties go to the earlier candidate. An outlet's best remaining candidate is its
    first unpicked one in the order by score (then position): each step reads that order from the top, each outlet's
    first at its penalised score, and stops at a raw score below the best found (for a factor in [0, 1] a penalty
    only lowers a score that is not negative: no later candidate can reach it). Five picks of ~80: a few reads each."""
    n = len(candidates)
    order = sorted(range(n), key=[-c[1] for c in candidates].__getitem__)  # stable: equal scores by position
    stops, taken, picked, first = 0.0 <= factor <= 1.0, [False] * n, [], 0
    used: dict[str, int] = {}  # picks so far, by outlet
    while len(picked) < k:
        while first < n and taken[order[first]]:
            first += 1
        best, best_at, seen = 0.0, -1, set()
        for at in order[first:]:
            if taken[at]:
                continue
            _, score, outlet = candidates[at]
            if best_at >= 0 and stops and 0.0 <= score < best:
                break
            if outlet not in seen:
                seen.add(outlet)
                value = score * factor ** used.get(outlet, 0)
                if best_at < 0 or value > best or (value == best and at < best_at):
                    best, best_at = value, at
        if best_at < 0:
            break
        taken[best_at], outlet = True, candidates[best_at][2]
        used[outlet] = used.get(outlet, 0) + 1
        picked.append((candidates[best_at][0], best))
    return picked


def retrieve(
    question: str,
    qvec: np.ndarray,
    *,
    store: Store,
    lexical: LexicalIndex | None,
    config: Config,
    filters: Filters = Filters(),
    k: int | None = None,
) -> list[Hit]:
    """At most one store call: the dense query (none when the chunk table searches a small index exactly); the rest
    from the table. k passages, one more from `closer_sentence`, and one giving the count asked (`figure_reach`)."""
    k = k or config.k
    dense = _dense(qvec, store, lexical, config.candidates, filters)
    lex = lexical.search(question, config.candidates, filters.allowed()) if lexical else []
    fused = rrf([[cid for cid, _ in dense], [cid for cid, _ in lex]], config.rrf_k)
    if not fused:
        return []
    dense_sim = dict(dense)
    dense_sim.update(_similarities([cid for cid in fused if cid not in dense_sim], qvec, store, lexical))
    ids = [cid for cid in fused if cid in dense_sim]  # candidates the store holds
    if not ids:
        return []
    lex_score = dict(lex)
    qterms = set(terms(question, query=True))
    cover = dict(zip(ids, lexical.coverages(qterms, ids) if lexical else [0.0] * len(ids)))
    ordered = admitted(ids, fused, dense_sim, cover, config)
    outlets = _outlets(ordered, store, lexical)
    picks = diversify([(cid, fused[cid], outlets[cid]) for cid in ordered], k, config.diversity)
    picked = {cid for cid, _ in picks}  # and the others holding most of the question's terms, which may join them
    # the next k of them by fused rank: a large index has dozens, and each costs its document's sentences read
    covered = [cid for cid in ordered if cid not in picked and cover[cid] >= config.relevance_coverage][:k]
    records = stored_chunks([cid for cid, _ in picks] + covered, store, lexical)  # texts and metadata
    store.load_sentences([rec.doc_id for rec in records.values()],  # their sentences, and the passages' vectors
                         [(rec.doc_id, rec.start, rec.end) for rec in records.values()])
    covers = partial(_covers, lexical, qterms, config.relevance_coverage)
    picks += [(cid, fused[cid]) for cid in closer_sentence(picks, covered, records, store.sentences, qvec, covers)]
    read = partial(stored_chunks, store=store, lexical=lexical)  # the passage giving the count asked, when left out
    picks += [(c, fused[c]) for c in count_passage(question, ordered, picks, lexical, records,
                                                   store.sentences, read)]
    return [Hit(records[cid], dense_sim[cid], lex_score.get(cid, 0.0), cover[cid], fused[cid], score,
                store.sentences(records[cid].doc_id)) for cid, score in picks if cid in records]


def _covers(lexical: LexicalIndex | None, qterms: set[str], floor: float, found: frozenset[str] | str) -> bool:
    """A sentence (its stored terms, or its text) holds `floor` of the question's idf-weighted terms."""
    return lexical is not None and lexical.coverage(qterms, found) >= floor


def admitted(ids: Sequence[str], fused: dict[str, float], dense: dict[str, float], cover: dict[str, float],
             config: Config) -> list[str]:
    """The candidates past the relevance floor, best fused first: a passage about as close to the
    question as the closest one (within `relevance_margin`, never below `relevance_floor`), or one
    holding `relevance_coverage` of the question's idf-weighted terms."""
    if not ids:
        return []
    floor = max(config.relevance_floor, max(map(dense.__getitem__, ids)) - config.relevance_margin)
    kept = [cid for cid in ids if dense[cid] >= floor or cover[cid] >= config.relevance_coverage]
    kept.sort(key=fused.__getitem__, reverse=True)  # stable: ties keep their order (no Python call per candidate)
    return kept


def start(search: str, *, lexical: LexicalIndex | None, config: Config, filters: Filters,
          also: Sequence[Filters] = (), question: str | None = None, read: Callable[[str], object] = asked,
          ahead: Callable[[list[str], Callable[[], bool]], None] | None = None) -> None:
    """Start answering before the question's vector exists: BM25 searches on a worker thread while
    this one embeds the question (onnxruntime releases the GIL); `retrieve` then finds the search
    done, with its chunks' coverage. `also`: filters of later retrievals of the question (the other
    stance groups' look), searched after, when the index is small enough for that look (an exact
    search over its chunk table). The worker also parses `question` with `read` (`asked`, or
    `pipeline.read_question`: each parse keeps its result per text, and quote choice then finds the
    question parsed). `ahead` then gets the documents of each search's chunks, in BM25 order (`View.read_ahead`
    reads their sentences): which documents an answer reads follows from the fused ranking, which needs the
    question's vector, but at 1k chunks nearly all are among the BM25 ones' first, and the worker's core is
    idle while the question embeds here (its CPU is not the answer's wall time); the reads stop once this thread has
    taken the search (`LexicalIndex.awaited`), which then reads what it needs itself."""
    if lexical is None:
        return

    def parse(found: list[tuple[str, float]]) -> None:
        if question is not None:
            read(question)
        if ahead is not None and found:
            ahead(lexical.documents([cid for cid, _ in found]), lexical.awaited)
    lexical.prefetch(search, config.candidates, filters.allowed(), then=parse,
                     also=[f.allowed() for f in also] if lexical.small else ())


def _dense(qvec: np.ndarray, store: Store, lexical: LexicalIndex | None, n: int, filters: Filters
           ) -> list[tuple[str, float]]:
    """Nearest chunks as (id, cosine similarity): exact over the chunk table when the index is small,
    else the store's query (ids and similarities only)."""
    exact = lexical.nearest(qvec, n, filters.allowed()) if lexical else None
    return exact if exact is not None else store.query(qvec, n, filters.where())


def _similarities(ids: list[str], qvec: np.ndarray, store: Store, lexical: LexicalIndex | None) -> dict[str, float]:
    """Lexical-only candidates still get a dense score: from the chunk table's vectors (the store's
    for a chunk the table lacks)."""
    found = lexical.similarities(ids, qvec) if lexical else {}
    missing = [cid for cid in ids if cid not in found]
    found.update({cid: float(np.dot(vec, qvec)) for cid, vec in store.vectors(missing).items()})
    return found


def stored_chunks(ids: list[str], store: Store, lexical: LexicalIndex | None) -> dict[str, StoredChunk]:
    """The chunks as stored, rebuilt from the chunk table and the documents (the store for any other),
    in the order of `ids`."""
    docs = store.manifest.documents
    store.load_texts(lexical.documents(ids) if lexical else [])  # the texts the table cuts them from, in one read
    found = lexical.chunks(ids, store.text, lambda d: docs[d]["meta"]) if lexical else {}
    missing = [cid for cid in ids if cid not in found]
    found.update({cid: rec for cid, (rec, _) in store.get(missing).items()})
    return {cid: found[cid] for cid in ids if cid in found}


def _outlets(ids: list[str], store: Store, lexical: LexicalIndex | None) -> dict[str, str]:
    """Each candidate's outlet: from the BM25 index's facets, without a store round trip."""
    known = lexical.outlets(ids) if lexical else {}
    missing = [cid for cid in ids if cid not in known]
    known.update({cid: rec.meta.get("outlet", "") for cid, (rec, _) in store.get(missing).items()})
    get = known.get  # None for a chunk no one knows: "" as for an empty outlet
    return {cid: get(cid) or "" for cid in ids}


def answerable(hits: list[Hit], config: Config) -> bool:
    """Strong enough evidence to answer: passages close to the question, or less close ones that
    hold more of its idf-weighted terms. Off-corpus questions fail: their distinctive words appear
    nowhere in the passages, however close the topic words bring the embedding."""
    if not hits:
        return False
    dense, cover = max(h.dense for h in hits), max(h.coverage for h in hits)
    rules = ((config.abstain_below, 0.0), *config.answer_rules)
    return any(dense >= sim and cover >= need for sim, need in rules)


_SCOPE_PATTERNS = (
    r"\baccording to (?:the )?{name}\b",
    r"\b(?:does|did|do|is|was) (?:the )?{name}(?: website| article| report)? (?:say|report|claim|write|describe|allege|"
        r"argue|accuse|call)",
    r"\b(?:the )?{name}(?:'s|’s) (?:article|report|story|account|piece|website|view|claim|version)\b",
    r"\b(?:in|by) (?:the )?{name}(?:'s|’s)? (?:article|report|story|piece)\b",
)


def scoped_outlets(question: str, names: dict[str, str]) -> tuple[frozenset[str], str]:
    """Outlets the question explicitly asks about ("According to Iran News Update, …", "How does
    the Nejat Society article describe …"), and the question without their names (an outlet's
    name is rarely in its own text, so it must not count against the passages). `names` maps each
    name or alias to its outlet. Merely naming an organisation ("Is the PMOI a terrorist group?")
    does not scope the question."""
    found, rest = set(), question
    low = rest.lower()
    for name, outlet in sorted(names.items(), key=lambda kv: -len(kv[0])):
        if name.lower() not in low:  # each pattern needs the name itself: skip the regexes
            continue
        named = f"(?P<name>{re.escape(name)})"
        for pattern in _SCOPE_PATTERNS:
            m = re.search(pattern.format(name=named), rest, re.IGNORECASE)
            if m:  # drop this mention of the outlet's name, keep any other use of the words
                found.add(outlet)
                rest = rest[: m.start("name")] + " " + rest[m.end("name") :]
                low = rest.lower()
                break
    return frozenset(found), " ".join(rest.split())
