"""HTML of the chat: the transcript, its turns and quote blocks, the stance legend.

Pure functions from plain data (Answer dicts as `byline ask --json` gives them) to HTML strings.
Every piece of text that comes from a document, a question or metadata goes through `esc`:
Gradio's sanitizer lets `<img>` and `<a>` through, so byline never relies on it. The citation
panel, the sources table and the first screen are in `app.edges.ui_pages`; CSS and scripts in
`app.edges.ui_style`. No gradio import here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.answer.conversation import READING_PREFIX, SCOPE_PREFIX
from app.answer.followup import group_name

PALETTE = ("#b3401d", "#1d5fb3", "#2e7d32", "#7b3fa0", "#a06a00", "#00707a")  # white text >= 4.6:1 on each
NO_STANCE_COLOUR = "#5f6673"
MARKER = re.compile(r"\[\d+\]\s*$")
ECHO_CHARS = 300  # a longer question is echoed shortened, with its length
OPENING, CLOSING = "\u201c\"\u2018'\u00ab", "\u201d\"\u2019'\u00bb"


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


@dataclass(frozen=True)
class Stances:
    """Stance groups in registry order: their labels and the colour of their outlet badges."""

    labels: dict[str, str]

    @property
    def colours(self) -> dict[str, str]:
        return {sid: PALETTE[i % len(PALETTE)] for i, sid in enumerate(self.labels)}

    def colour(self, stance: str | None) -> str:
        return self.colours.get(stance or "", NO_STANCE_COLOUR)

    def label(self, stance: str | None) -> str:
        if not stance:
            return "Stance not recorded"
        return self.labels.get(stance, stance)


def legend(stances: Stances) -> str:
    items = [(sid, stances.label(sid)) for sid in stances.labels] + [(None, stances.label(None))]
    chips = "".join(
        f'<span class="bl-legend-item"><span class="bl-swatch" style="background:{stances.colour(sid)}"></span>'
        f"{esc(text)}</span>"
        for sid, text in items
    )
    return (f'<div class="bl-legend"><span class="bl-legend-title">Badge colour = the outlet\'s stance group:</span>'
            f'{chips}</div>')


def badge(outlet: str, stance: str | None, stances: Stances) -> str:
    return (
        f'<span class="bl-badge" style="background:{stances.colour(stance)}" '
        f'title="{esc(stances.label(stance))}">{esc(outlet)}</span>'
    )


def quoted(text: str) -> str:
    """Text in curly quotes, without doubling a mark the quote already opens or ends with."""
    text = text.strip()
    start = "" if text[:1] in OPENING and text[:1] not in "'\u2019" else "\u201c"
    end = "" if text[-1:] in CLOSING and text[-1:] not in "'\u2019" else "\u201d"
    return f"{start}{text}{end}"


def mentions(chain: Sequence[str]) -> str:
    """Who a quote names as a source, when the record gives no roles: neutral, it may relay them or rebut them."""
    return f"mentions {', '.join(chain)}" if chain else ""


def chain_roles(cite: dict) -> str:
    """The quote's label after its outlet, as the CLI and the API show it ('disputing Al Jazeera',
    'relaying Al Jazeera, quoting Hassan Heyrani'); 'mentions …' for a record made without roles."""
    label, outlet = cite.get("label") or "", cite["outlet"]
    if cite.get("links") and label.startswith(outlet + ", "):
        return label[len(outlet) + 2 :]
    return mentions(cite.get("chain") or [])


def quote_block(turn: int, cite: dict, stances: Stances, number: str | None = None) -> str:
    number = number or str(cite["id"])
    named = chain_roles(cite)
    named_html = f'<span class="bl-mentions">{esc(named)}</span>' if named else ""
    data = f'data-turn="{turn}" data-cite="{esc(cite["id"])}"'
    name = f"Quote {number} from {cite['outlet']}: open it highlighted in its article"
    return (
        f'<div class="bl-quote" style="border-left-color:{stances.colour(cite.get("stance"))}" {data}>'
        f'<div class="bl-quote-head">{badge(cite["outlet"], cite.get("stance"), stances)}{named_html}'
        f'<button type="button" class="bl-cite" {data} aria-label="{esc(name)}" title="Open in the citation panel">'
        f"[{esc(number)}]</button></div><blockquote>{esc(quoted(cite['quote']))}</blockquote></div>"
    )


def voice_lines(answer_text: str, stances: Stances) -> list[str]:
    """The assistant's own sentences in an answer: not quote lines, stance headings, or the
    reading and filter lines (shown apart)."""
    headings = {f"{stances.label(s)}:" for s in stances.labels} | {f"{stances.label(None)}:"}
    out = []
    for line in answer_text.splitlines():
        line = line.strip()
        if (line and not line.startswith(("- ", READING_PREFIX, SCOPE_PREFIX)) and not MARKER.search(line)
                and line not in headings):
            out.append(line)
    return out


def group(citations: Sequence[dict], by_outlet: bool, stances: Stances) -> list[tuple[str | None, list[dict]]]:
    """Citations under headings: by outlet (perspectives) or by stance group (answer order)."""
    key = (lambda c: c["outlet"]) if by_outlet else (lambda c: stances.label(c.get("stance")))
    groups: dict[str, list[dict]] = {}
    for cite in citations:
        groups.setdefault(key(cite), []).append(cite)
    if not by_outlet and len(groups) == 1:
        return [(None, list(citations))]
    return list(groups.items())


def answer_body(turn: int, answer: dict, stances: Stances, by_outlet: bool, shown: int | None = None) -> str:
    if answer.get("abstained") and answer.get("not_covered"):
        return partial_body(turn, answer, stances, shown)
    if answer.get("abstained"):
        return (f'<div class="bl-abstain">{esc(answer["answer"].splitlines()[-1])} '
                'Try other words, or widen the filters.</div>')
    untold = [p["line"] for p in answer.get("not_covered_parts") or []]  # shown after the quotes, as in the text
    voice = "".join(f'<p class="bl-voice">{esc(line)}</p>' for line in voice_lines(answer["answer"], stances)
                    if line not in untold)
    citations = answer.get("citations", [])[: shown if shown is not None else None]
    parts, number = [voice], 0
    for heading, cites in group(citations, by_outlet, stances):
        if heading is not None:
            extra = ""
            if by_outlet:
                count = f"{len(cites)} quote{'s' if len(cites) > 1 else ''}"
                extra = (f' <span class="bl-group-meta">\u00b7 {esc(stances.label(cites[0].get("stance")))} '
                         f'\u00b7 {count}</span>')
            parts.append(f'<div class="bl-group">{esc(heading)}{extra}</div>')
        for cite in cites:  # markers count up in the order the quotes are shown
            number += 1
            parts.append(quote_block(turn, cite, stances, str(number)))
    if by_outlet and shown is None:  # the perspectives view also names the outlets that do not address it
        parts += [f'<div class="bl-group">{esc(p["outlet"])} <span class="bl-group-meta">\u00b7 '
                  f'{esc(stances.label(p.get("stance")))} \u00b7 {esc(p["summary"])}</span></div>'
                  for p in answer.get("perspectives") or [] if not p.get("addresses")]
    parts += [f'<p class="bl-voice bl-not-covered">{esc(line)}</p>' for line in untold]
    return "".join(parts)


def partial_body(turn: int, answer: dict, stances: Stances, shown: int | None = None) -> str:
    """Not covered: the line saying what no source reports, then the related quotes under a heading
    that says they are related, not an answer."""
    lines = answer["answer"].splitlines()
    cites = answer.get("citations", [])[: shown if shown is not None else None]
    parts = [f'<div class="bl-abstain bl-not-covered">{esc(lines[0])}</div>']
    if cites:
        parts.append(f'<div class="bl-group bl-related">{esc(lines[1])}</div>')
        parts += [quote_block(turn, c, stances, str(i)) for i, c in enumerate(cites, 1)]
    return "".join(parts)


def echo(question: str) -> str:
    if len(question) <= ECHO_CHARS:
        return esc(question)
    return f'{esc(question[:ECHO_CHARS].rstrip())}\u2026 <span class="bl-q-more">({len(question):,} characters)</span>'


def notes(entry: dict, stances: Stances) -> str:
    """How a follow-up was read, and the filters an answer was made with."""
    answer = entry.get("answer") or {}
    parts = []
    if answer.get("followup"):
        parts.append(f'<div class="bl-reading">{esc(READING_PREFIX)} {esc(answer["followup"]["note"])}</div>')
    scope = answer.get("scope") or entry.get("filters") or {}
    only = [*scope.get("outlets", []), *(group_name(stances.label(s)) for s in scope.get("stances", []))]
    if only:
        parts.append(f'<div class="bl-scope">Filtered: only {esc(", ".join(only))} searched.</div>')
    return "".join(parts)


def turn_html(turn: int, entry: dict, stances: Stances, by_outlet: bool, shown: int | None = None) -> str:
    question = f'<div class="bl-q"><span class="bl-who">You</span>{echo(entry["question"])}</div>'
    state = "done" if entry.get("error") or (entry.get("answer") is not None and shown is None) else "streaming"
    if entry.get("error"):
        body = f'<div class="bl-error">{esc(entry["error"])}</div>'
    elif entry.get("answer") is None:
        body = f'<div class="bl-pending">{esc(entry.get("pending") or "Searching the sources…")}</div>'
    else:
        body = notes(entry, stances) + answer_body(turn, entry["answer"], stances, by_outlet, shown)
    return (f'<div class="bl-turn" data-turn-index="{turn}" data-state="{state}">{question}'
            f'<div class="bl-a">{body}</div></div>')


LOADING = '<div class="bl-loading">Loading the chat\u2026</div>'  # until the page's load event restores it


def transcript(history: Sequence[dict], stances: Stances, by_outlet: bool, pending: dict | None = None,
               shown: int | None = None, intro: str = "") -> str:
    """The whole chat; `pending` is a turn being answered, of which `shown` quotes are visible so far.
    An empty chat shows `intro` (the first screen)."""
    turns = [turn_html(i, e, stances, by_outlet) for i, e in enumerate(history)]
    if pending is not None:
        turns.append(turn_html(len(history), pending, stances, by_outlet, shown))
    if not turns:
        return intro or '<div class="bl-empty">Ask a question about the indexed articles.</div>'
    return f'<div class="bl-transcript">{"".join(turns)}</div>'


def announcement(entry: dict | None) -> str:
    """What the live region tells a screen reader when a turn is done."""
    if not entry:
        return ""
    if entry.get("error"):
        return f"No answer: {entry['error']}"
    answer = entry.get("answer") or {}
    if answer.get("abstained"):
        related = len(answer.get("citations", []))
        more = f" {related} related quote{'s' if related != 1 else ''} shown." if related else ""
        return f"Answer ready: the indexed sources don't answer this.{more}"
    cites = answer.get("citations", [])
    outlets = len({c["outlet"] for c in cites})
    untold = len(answer.get("not_covered_parts") or [])
    more = f" {untold} part{'s' if untold != 1 else ''} of the question not covered." if untold else ""
    return (f"Answer ready: {len(cites)} quote{'s' if len(cites) != 1 else ''} from {outlets} "
            f"outlet{'s' if outlets != 1 else ''}.{more}")
