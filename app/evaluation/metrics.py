"""Grounding metrics: pure functions over an `Answer`, an eval `Case` and a read-only `Corpus`.

Nothing here calls a model or a judge: every check is exact or lexical, so a score can be
recomputed by hand. Each function returns plain values (a `Ratio`, a list of reasons) that the
runner (app/evaluation/runner.py) sums over cases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from app.answer.about import FRAMING_PREFIXES
from app.answer.partial import NOT_COVERED
from app.answer.sides import WHAT
from app.answer.verify import verify
from app.evaluation.cases import Case, ExpectedPassage
from app.evaluation.ownvoice import outside_quotes, own_voice_violations, sentence_spans
from app.models import Answer, Citation
from app.registry import Registry
from app.text.aliases import Aliases
from app.text.terms import terms

__all__ = [  # own-voice checks live in app/evaluation/ownvoice.py; they are metrics too
    "Corpus", "Doc", "Ratio", "Retrieval", "abstention", "attribution", "cited_outlets", "cited_spans",
    "chain_matches", "citation_support", "contested_coverage", "integrity", "outlet_requirements", "overlaps",
    "outside_quotes", "own_voice_violations", "required_sides", "retrieval", "statements", "verbatim",
]

SUPPORT = 0.8  # share of a statement's content terms its cited quotes must contain
MARKER = re.compile(r"\[(\d{1,4})\]")
# Words for talking *about* sources ("each quoted verbatim under the outlet that published it"):
# a statement made only of these (plus outlet names) asserts nothing about the world.
# byline's fixed lines saying what the sources disagree about: its own voice about the sources,
# not a claim from them, so they need no citation (like the introductions).
ABOUT_SOURCES = (*FRAMING_PREFIXES, NOT_COVERED)  # byline's own lines about the sources: no claim to cite
FRAMING = frozenset(" ".join(line.split()) for line in WHAT.values())
SOURCE_TALK = frozenset(terms(
    "outlet outlets source sources quote quoted quotes quoting verbatim publish published publishes "
    "index indexed byline side sides opposing oppose address addresses take takes disagree disagrees "
    "differ differs relay relays relaying report reports reported reporting stance answer answers "
    "passage passages retrieve retrieved question"
))


@dataclass(frozen=True)
class Ratio:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hits + other.hits, self.total + other.total)


@dataclass(frozen=True)
class Doc:
    doc_id: str
    name: str  # file name of its source, e.g. 002_333bca9245a1fe8c.txt
    outlet: str
    stance: str | None
    text: str  # the cleaned text all offsets point into


class Corpus:
    """Documents by id or file name, plus the outlet registry's names and stance groups."""

    def __init__(self, docs: Iterable[Doc], registry: Registry) -> None:
        self.docs = {d.doc_id: d for d in docs}
        self._by_name = {d.name: d for d in self.docs.values()}
        self.registry = registry
        self._defined: dict[str, str] | None = None

    def doc(self, ref: str) -> Doc | None:
        return self.docs.get(ref) or self._by_name.get(ref)

    def stance(self, outlet: str) -> str | None:
        known = self.registry.outlet(outlet)
        return known.stance if known else None

    def outlet_names(self) -> list[str]:
        return [n for o in self.registry.outlets for n in (o.name, *o.aliases)]

    def same_source(self, name: str) -> tuple[str, ...]:
        """The names a reader takes for the source `name`: a registered outlet's name and aliases ('DSNA'), an acronym
        the texts define and its name ('the Electoral Commission (EC)'); exact names, never a fuzzy match."""
        outlet = self.registry.outlet(name)
        named = [outlet.name, *outlet.aliases] if outlet else [name]
        if self._defined is None:  # the acronyms the texts define, found on first use
            self._defined = Aliases.find(d.text for d in self.docs.values()).names
        return (*named, *(a for a, full in self._defined.items() if any(_same_outlet(full, n) for n in named)),
                *(self._defined[n] for n in named if n in self._defined))

    def passage_span(self, passage: ExpectedPassage) -> tuple[str, int, int] | None:
        doc = self.doc(passage.doc)
        at = doc.text.find(passage.snippet) if doc else -1
        return (doc.doc_id, at, at + len(passage.snippet)) if doc and at >= 0 else None


def _same_outlet(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


# -- citations against the corpus -------------------------------------------------------------
def verbatim(answer: Answer, corpus: Corpus) -> Ratio:
    """Citations whose quote is exactly the text of their document at start:end."""
    ok = 0
    for c in answer.citations:
        doc = corpus.doc(c.doc_id)
        ok += bool(doc and 0 <= c.start < c.end <= len(doc.text) and doc.text[c.start : c.end] == c.quote)
    return Ratio(ok, len(answer.citations))


def attribution(answer: Answer, corpus: Corpus) -> Ratio:
    """Citations labelled with the outlet that published the document they quote."""
    ok = 0
    for c in answer.citations:
        doc = corpus.doc(c.doc_id)
        ok += bool(doc and _same_outlet(c.outlet, doc.outlet))
    return Ratio(ok, len(answer.citations))


def cited_outlets(answer: Answer, corpus: Corpus) -> set[str]:
    """Outlets cited correctly: a citation labelled X that really quotes a document of X."""
    out = set()
    for c in answer.citations:
        doc = corpus.doc(c.doc_id)
        if doc and _same_outlet(c.outlet, doc.outlet):
            out.add(doc.outlet)
    return out


def outlet_requirements(answer: Answer, case: Case, corpus: Corpus) -> list[str]:
    """Reasons the case's must_cite / any_of / must_not_cite are not met (empty: all met)."""
    cited = {o.casefold() for o in cited_outlets(answer, corpus)}
    named = {c.outlet.casefold() for c in answer.citations}
    named |= {d.outlet.casefold() for c in answer.citations if (d := corpus.doc(c.doc_id))}
    reasons = [f"does not cite {o}" for o in case.must_cite if o.casefold() not in cited]
    if case.any_of and not any(o.casefold() in cited for o in case.any_of):
        reasons.append(f"cites none of {', '.join(case.any_of)}")
    reasons += [f"cites {o}, which it must not" for o in case.must_not_cite if o.casefold() in named]
    return reasons


def required_sides(case: Case, corpus: Corpus) -> set[str]:
    """Stance groups of the outlets a case names as speaking (must_cite and any_of)."""
    return {s for o in [*case.must_cite, *case.any_of] if (s := corpus.stance(o))}


def contested_coverage(answer: Answer, case: Case, corpus: Corpus) -> list[str]:
    """Stance groups that speak on a contested case but are not cited (empty: every side cited)."""
    covered = {corpus.stance(o) for o in cited_outlets(answer, corpus)}
    missing = sorted(required_sides(case, corpus) - covered)
    return [f"no quote from the side {corpus.registry.stance_label(s) or s!r}" for s in missing]


def _norm_name(name: str) -> str:
    return re.sub(r"[^0-9a-z]", "", name.casefold())


def chain_matches(answer: Answer, expected: Sequence[str],
                  same: Callable[[str], Iterable[str]] = lambda name: (name,)) -> bool:
    """Some citation's chain holds the expected names in order (names compared without spaces and
    punctuation, an expected name may be part of a longer one: 'Khorasan' ~ "Iran's Khorasan newspaper"). `same`:
    the other names a link's source goes by (`Corpus.same_source`: 'DSNA' for 'Dravenna State News Agency')."""
    want = [_norm_name(n) for n in expected]
    for c in answer.citations:
        links = iter([_norm_name(x) for x in (n, *same(n))] for n in c.chain)
        if all(any(w and any(w in x for x in link) for link in links) for w in want):
            return True
    return False


def integrity(answer: Answer, corpus: Corpus) -> list[str]:
    """Problems that make an answer unverifiable: app.answer.verify's checks plus answer markers that
    name no citation (a made-up citation id)."""

    def text_of(ref: str) -> str | None:
        doc = corpus.doc(ref)
        return doc.text if doc else None

    def outlet_of(ref: str) -> str | None:
        doc = corpus.doc(ref)
        return doc.outlet if doc else None

    return verify(answer, text_of, outlet_of)  # verify also finds markers that name no citation


# -- abstention and retrieval -----------------------------------------------------------------
def abstention(expected: Sequence[bool], predicted: Sequence[bool]) -> tuple[Ratio, Ratio]:
    """(precision, recall) of abstaining: precision over the answers that abstained, recall over
    the cases that should have."""
    both = sum(1 for e, p in zip(expected, predicted, strict=True) if e and p)
    return Ratio(both, sum(map(bool, predicted))), Ratio(both, sum(map(bool, expected)))


Span = tuple[str, int, int]  # doc_id, start, end


def overlaps(a: Span, b: Span) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


@dataclass(frozen=True)
class Retrieval:
    hit: bool  # some expected passage in the top k
    recall: float  # share of expected passages in the top k
    reciprocal_rank: float  # 1 / rank of the first passage that is an expected one (0: none)


def retrieval(ranked: Sequence[Span], expected: Sequence[Span], k: int) -> Retrieval:
    """hit@k, recall@k and reciprocal rank of ranked spans against expected spans (a ranked span
    hits an expected one when both are in the same document and their characters overlap)."""
    if not expected:
        raise ValueError("retrieval needs at least one expected passage")
    top = list(ranked)[:k]
    found = [any(overlaps(r, e) for r in top) for e in expected]
    first = next((i for i, r in enumerate(ranked, start=1) if any(overlaps(r, e) for e in expected)), None)
    return Retrieval(any(found), sum(found) / len(expected), 1.0 / first if first else 0.0)


def cited_spans(answer: Answer, corpus: Corpus) -> list[Span]:
    """The answer's citations as spans, in order (citations of unknown documents are kept, unmatchable)."""
    out = []
    for c in answer.citations:
        doc = corpus.doc(c.doc_id)
        out.append((doc.doc_id if doc else f"?{c.doc_id}", c.start, c.end))
    return out


# -- citation precision / recall (ALCE, with lexical support) ---------------------------------
@dataclass(frozen=True)
class Statement:
    text: str  # the sentence with its citation markers removed
    markers: tuple[str, ...]


def statements(text: str, quotes: Sequence[str] = ()) -> list[Statement]:
    """Sentences of an answer (quotes are never split) with the citation markers each carries."""
    masked = outside_quotes(text, quotes)
    out = []
    for start, end in sentence_spans(masked):
        found = list(MARKER.finditer(masked, start, end))  # markers outside quotes only
        body = text[start:end]
        for m in reversed(found):
            body = body[: m.start() - start] + " " + body[m.end() - start :]
        text_of, markers = " ".join(body.split()), tuple(m.group(1) for m in found)
        if not text_of and out:  # "claim. [1]": markers after the full stop belong to the claim
            out[-1] = Statement(out[-1].text, out[-1].markers + markers)
        elif text_of:
            out.append(Statement(text_of, markers))
    return out


def _evidence(c: Citation | None, corpus: Corpus) -> set[str]:
    """Content terms of what the document says at the citation's span (nothing when unverifiable)."""
    doc = corpus.doc(c.doc_id) if c else None
    if c is None or doc is None or not 0 <= c.start < c.end <= len(doc.text):
        return set()
    return set(terms(doc.text[c.start : c.end]))


def _supported(claim: set[str], evidence: set[str]) -> bool:
    return bool(claim) and len(claim & evidence) / len(claim) >= SUPPORT


def citation_support(answer: Answer, corpus: Corpus) -> tuple[Ratio, Ratio]:
    """(precision, recall) of citations in the ALCE sense, with lexical support.

    Recall: statements that need support (any with a marker, or with two content words beyond
    outlet names and words about sources) whose cited quotes together support them. Precision:
    citation markers that are needed — the quote alone supports its statement, or removing it
    breaks a supported statement.
    """
    by_id = {c.id: c for c in answer.citations}
    names = [*corpus.outlet_names(), *(c.outlet for c in answer.citations)]
    names += [n for c in answer.citations for n in c.chain]
    names += [g.label for g in corpus.registry.stance_groups]
    attribution_terms = {t for n in names for t in terms(n)} | SOURCE_TALK
    recall, precision = Ratio(), Ratio()
    for st in statements(answer.answer, [c.quote for c in answer.citations]) if not answer.abstained else []:
        claim = set(terms(st.text)) - attribution_terms
        if not st.markers and (len(claim) < 2 or st.text in FRAMING or st.text.startswith(ABOUT_SOURCES)):
            continue
        evidence = {m: _evidence(by_id.get(m), corpus) for m in st.markers}
        everything = set().union(*evidence.values()) if evidence else set()
        whole = _supported(claim, everything)
        recall += Ratio(int(whole), 1)
        for m in st.markers:
            rest = set().union(*(e for n, e in evidence.items() if n != m))
            needed = _supported(claim, evidence[m]) or (whole and not _supported(claim, rest))
            precision += Ratio(int(needed), 1)
    return precision, recall
