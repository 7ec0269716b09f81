"""Prove an answer's attribution: every quote is the document's text at its offsets, carries the
outlet that published that document, and every citation's marker appears in the answer — on its own
line, under that outlet's name; no other marker appears anywhere (a marker that points nowhere, or a
line forged by text inside a label, is a problem)."""

from __future__ import annotations

import re
from collections.abc import Callable

from app.models import Answer, Citation, chain_label

_MARKER = re.compile(r"\[\d+\]")
_ROLES = (", relaying ", ", quoting ")  # the only roles of a record made before citations carried `links`


def verify(answer: Answer, text_of: Callable[[str], str | None], outlet_of: Callable[[str], str | None]) -> list[str]:
    """Problems found in `answer` (empty when every citation checks out)."""
    problems: list[str] = []
    ids = [c.id for c in answer.citations]
    if len(set(ids)) != len(ids):
        problems.append("citation ids are not unique")
    if answer.abstained and answer.citations and not answer.not_covered:
        problems.append("an abstention carries citations")  # only a partial answer quotes related passages
    for c in answer.citations:
        text = text_of(c.doc_id)
        if text is None:
            problems.append(f"[{c.id}] cites unknown document {c.doc_id}")
            continue
        if not (0 <= c.start < c.end <= len(text)) or text[c.start : c.end] != c.quote:
            problems.append(f"[{c.id}] quote is not the text of {c.doc_id} at {c.start}:{c.end}")
        outlet = outlet_of(c.doc_id)
        if outlet is not None and outlet != c.outlet:
            problems.append(f"[{c.id}] is labelled {c.outlet!r} but {c.doc_id} was published by {outlet!r}")
        if f"[{c.id}]" not in answer.answer:
            problems.append(f"[{c.id}] is not referenced in the answer text")
    return problems + line_problems(answer)


def _label(head: str) -> str:
    """The label of a quote line's head: '- Outlet' or 'Stance label — Outlet'."""
    return head[2:] if head.startswith("- ") else head.split(" \u2014 ", 1)[-1]


def _shown_right(label: str, c: Citation) -> bool:
    """The line shows the citation's own label, which its outlet and links give ('Iran News Update,
    disputing Al Jazeera'); a record without links (older) its outlet, then any relaying/quoting names."""
    if c.links:
        return label == c.label == chain_label(c.outlet, c.links)
    return label == c.outlet or any(label.startswith(c.outlet + role) for role in _ROLES)


def line_problems(answer: Answer) -> list[str]:
    """Each citation's line reads '<head><outlet>[, relaying …]: “<quote>” [id]' and no marker stands
    anywhere else in the answer."""
    text, rest, problems = answer.answer, answer.answer, []
    for c in answer.citations:
        tail = f": \u201c{c.quote}\u201d [{c.id}]"
        at = text.find(tail)
        if at < 0:
            continue  # reported above: the marker is missing or the quote is not the text
        label = _label(text[text.rfind("\n", 0, at) + 1 : at])
        if not _shown_right(label, c):
            problems.append(f"[{c.id}] is shown under {label!r}, not under its outlet {c.outlet!r} and its chain")
        rest = rest.replace(tail, ":", 1)
    stray = sorted(set(_MARKER.findall(rest)))
    if stray:
        problems.append(f"marker(s) {', '.join(stray)} in the answer are not a citation's own line")
    return problems
