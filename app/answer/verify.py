"""Prove an answer's attribution: every quote is the document's text at its offsets, carries the
outlet that published that document, and every citation's marker appears in the answer."""

from __future__ import annotations

from collections.abc import Callable

from app.models import Answer


def verify(answer: Answer, text_of: Callable[[str], str | None], outlet_of: Callable[[str], str | None]) -> list[str]:
    """Problems found in `answer` (empty when every citation checks out)."""
    problems: list[str] = []
    ids = [c.id for c in answer.citations]
    if len(set(ids)) != len(ids):
        problems.append("citation ids are not unique")
    if answer.abstained and answer.citations:
        problems.append("an abstention carries citations")
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
    return problems
