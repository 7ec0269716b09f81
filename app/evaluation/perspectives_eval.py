"""The gate reads the perspectives view too (issue 14 point 7): for the contested cases, byline is
also asked with view="perspectives" and the reader-visible answer is checked the way the answer view is.

Per case, the problems (each one a reason the gate counts):
- a quote that is not its document's text at start:end, or labelled with another outlet;
- a perspective whose citations are not its own outlet's, or whose stance group (and label) is not
  the quoted document's; a perspective that addresses the question without quotes, or the reverse;
- a quote line without its outlet and chain, or under another stance group's heading in the text;
- an outlet shown as "does not address it" that is not listed that way, or listed but not shown;
- own-voice sentences (the answer view's check on the perspectives text);
- an abstaining view ("The indexed sources don't answer this.") that lists an outlet as addressing it;
- a view that abstains, or says the sources disagree, when the answer view does not (or the reverse).
Agreement: outlets the answer view quoted that the perspectives view shows as addressing the question
with each of the answer view's quotes of that outlet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.evaluation import metrics as m
from app.evaluation.cases import Case
from app.evaluation.precision import labelled_lines
from app.models import Answer, Perspective

NOT_ADDRESSED = "this outlet does not address it"  # the text compose_perspectives shows (app/answer/compose.py)


@dataclass
class PerspectiveResult:
    id: str
    problems: list[str] = field(default_factory=list)
    own_voice: list[str] = field(default_factory=list)
    agreement: m.Ratio = m.Ratio()


def score_perspectives(case: Case, view: Answer, answer: Answer | None, corpus: m.Corpus, registry: Any
                       ) -> PerspectiveResult:
    """Check one perspectives answer (`view`) against the corpus and against the answer view (`answer`)."""
    res = PerspectiveResult(case.id)
    if view.perspectives is None:
        res.problems.append("the perspectives view lists no outlets")
        return res
    for name, ratio in (("not verbatim", m.verbatim(view, corpus)),
                        ("labelled with another outlet", m.attribution(view, corpus)),
                        ("without their outlet and chain label", labelled_lines(view))):
        if ratio.hits < ratio.total:
            res.problems.append(f"perspectives: {ratio.total - ratio.hits} quote(s) {name}")
    res.problems += [f"perspectives: {p}" for p in m.integrity(view, corpus)]
    if view.abstained:  # no outlet addresses it: one abstention line, no per-outlet lines to read
        res.problems += [f"perspectives: abstained but lists {p.outlet} as addressing it"
                         for p in view.perspectives if p.addresses or p.citations]
    else:
        sections = _sections(view.answer)
        for p in view.perspectives:
            res.problems += _perspective_problems(p, view, corpus, registry, sections)
    sources = [*corpus.outlet_names(), *(n for c in view.citations for n in c.chain)]
    res.own_voice = m.own_voice_violations(view.answer, case.forbidden_own_voice, sources,
                                           [c.quote for c in view.citations])
    if answer is not None:
        res.problems += _disagreeing_views(view, answer)
        res.agreement = agreement(view, answer, corpus)
    return res


def agreement(view: Answer, answer: Answer, corpus: m.Corpus) -> m.Ratio:
    """Of the outlets the answer view quotes, those the perspectives view shows as addressing the
    question with every one of the answer view's quotes of that outlet (same document and span)."""
    if answer.abstained:
        return m.Ratio()
    quoted = {o.casefold() for o in m.cited_outlets(answer, corpus)}
    cites = {c.id: c for c in view.citations}
    hits = 0
    for outlet in quoted:
        shown = {(c.doc_id, c.start, c.end) for p in view.perspectives or [] if p.addresses and _same(p.outlet, outlet)
                 for c in (cites.get(i) for i in p.citations) if c is not None}
        wanted = {(c.doc_id, c.start, c.end) for c in answer.citations if _same(c.outlet, outlet)}
        hits += bool(shown) and wanted <= shown
    return m.Ratio(hits, len(quoted))


def _disagreeing_views(view: Answer, answer: Answer) -> list[str]:
    """What a reader switching views would see contradict: one view abstains or says the sources
    disagree and the other does not."""
    out = []
    if view.abstained != answer.abstained:
        out.append(f"perspectives: abstained={view.abstained}, the answer view abstained={answer.abstained}")
    elif not view.abstained and view.contested != answer.contested:
        out.append(f"perspectives: contested={view.contested}, the answer view contested={answer.contested}")
    return out


def _perspective_problems(p: Perspective, view: Answer, corpus: m.Corpus, registry: Any,
                          sections: dict[str, list[str]]) -> list[str]:
    out = []
    cites = {c.id: c for c in view.citations}
    if p.addresses != bool(p.citations) or (not p.addresses and p.summary != NOT_ADDRESSED):
        out.append(f"perspectives: {p.outlet} addresses={p.addresses} with {len(p.citations)} quote(s)")
    if p.stance_label != registry.stance_label(p.stance):
        out.append(f"perspectives: {p.outlet} shown as {p.stance_label!r}, its stance group is {p.stance!r}")
    heading = p.stance_label or p.stance or "Stance not recorded"
    lines = sections.get(heading, [])
    for cid in p.citations:
        c, doc = cites.get(cid), corpus.doc(cites[cid].doc_id) if cid in cites else None
        if c is None or doc is None or not _same(c.outlet, p.outlet) or not _same(doc.outlet, p.outlet):
            out.append(f"perspectives: [{cid}] listed under {p.outlet} is not {p.outlet}'s quote")
        elif doc.stance != p.stance:
            out.append(f"perspectives: {p.outlet} listed in stance group {p.stance!r}, its document is {doc.stance!r}")
        elif not any(f"[{cid}]" in ln and p.outlet in ln for ln in lines):
            out.append(f"perspectives: [{cid}] ({p.outlet}) not shown under the heading {heading!r}")
    says_not = any(ln.startswith(f"- {p.outlet}: {NOT_ADDRESSED}") for ln in lines)
    if says_not == p.addresses:
        out.append(f"perspectives: {p.outlet} is listed as {'addressing' if p.addresses else 'not addressing'} "
                   f"the question but shown {'as not addressing it' if says_not else 'otherwise'}")
    return out


def _sections(text: str) -> dict[str, list[str]]:
    """The answer text's lines under each stance-group heading ("Label:" on a line of its own)."""
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in text.splitlines():
        if line.endswith(":") and not line.startswith("- ") and "\u201c" not in line:
            current = sections.setdefault(line[:-1], [])
        else:
            current.append(line)
    return sections


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def summarize_perspectives(results: Sequence[PerspectiveResult]) -> tuple[dict[str, float | None], dict[str, int]]:
    """The gate's numbers over the contested cases: problems and own-voice counts, agreement ratio."""
    agreement = sum((r.agreement for r in results), m.Ratio())
    values = {"perspectives_problems": sum(len(r.problems) for r in results),
              "perspectives_own_voice": sum(len(r.own_voice) for r in results),
              "perspectives_agreement": agreement.value}
    counts = {"perspectives_problems": len(results), "perspectives_own_voice": len(results),
              "perspectives_agreement": agreement.total}
    return values, counts
