"""The numbered quotes a model may cite: one `Source` per citation of an extractive answer,
with every name that attributes it (outlet, its registry aliases, its chain) and the extractive
line that stands in for a sentence the verifier rejects."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.models import Answer, Citation

Aliases = Callable[[str], Sequence[str]]  # outlet -> other names it is known by


@dataclass(frozen=True)
class Source:
    id: str
    outlet: str
    chain: tuple[str, ...]
    stance: str | None
    stance_label: str | None
    quote: str
    names: tuple[str, ...]  # outlet, its aliases, then the chain: any of these attributes the quote
    label: str  # 'Rasa News Agency, relaying Al Jazeera, quoting Hassan Heyrani'
    line: str  # the extractive answer's labelled quote line, e.g. 'Nejat Society: “…” [2]'


def extractive_line(answer: Answer, c: Citation) -> str:
    """The line of the extractive answer that quotes `c`, without its list or stance prefix."""
    marker = f"\u201d [{c.id}]"
    for line in answer.answer.splitlines():
        at = line.find(marker)
        if at >= 0 and c.quote in line:
            head = line[: at + len(marker)]
            return head[2:] if head.startswith("- ") else head.split(" \u2014 ", 1)[-1]
    return f"{c.outlet}: \u201c{c.quote}\u201d [{c.id}]"


def sources_of(answer: Answer, aliases: Aliases | None = None,
               stance_label: Callable[[str | None], str | None] | None = None) -> list[Source]:
    out = []
    for c in answer.citations:
        names = [c.outlet, *(aliases(c.outlet) if aliases else ()), *c.chain]
        line = extractive_line(answer, c)
        out.append(Source(
            id=c.id, outlet=c.outlet, chain=tuple(c.chain), stance=c.stance,
            stance_label=stance_label(c.stance) if stance_label else None, quote=c.quote,
            names=tuple(dict.fromkeys(n for n in names if n and n.strip())),
            label=line.split(": \u201c", 1)[0] if ": \u201c" in line else c.outlet, line=line,
        ))
    return out
