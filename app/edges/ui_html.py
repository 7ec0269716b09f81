"""HTML for the web UI: the chat transcript, quote blocks, the citation panel, the sources table.

Plus the CSS and the small scripts (click a citation marker, scroll the highlighted span into
view) that go with that markup.

Pure functions from plain data (Answer dicts, SourceInfo, document text) to HTML strings. Every
piece of text that comes from a document, a question or metadata goes through `esc`: Gradio's
sanitizer lets `<img>` and `<a>` through, so byline never relies on it. No gradio import here.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PALETTE = ("#b3401d", "#1d5fb3", "#2e7d32", "#7b3fa0", "#a06a00", "#00707a")
NO_STANCE_COLOUR = "#5f6673"
ARTICLE_CONTEXT = 50_000  # characters of the article shown on each side of the quote in the panel
MARKER = re.compile(r"\[\d+\]\s*$")


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
    return f'<div class="bl-legend"><span class="bl-legend-title">Outlet colour = stance group:</span>{chips}</div>'


def badge(outlet: str, stance: str | None, stances: Stances) -> str:
    return (
        f'<span class="bl-badge" style="background:{stances.colour(stance)}" '
        f'title="{esc(stances.label(stance))}">{esc(outlet)}</span>'
    )


def chain_text(outlet: str, chain: Sequence[str]) -> str:
    """'Rasa News Agency → Al Jazeera → Hassan Heyrani' (just the outlet when the chain is empty)."""
    return " \u2192 ".join([outlet, *chain])


def quote_block(turn: int, cite: dict, stances: Stances) -> str:
    chain = cite.get("chain") or []
    via = f'<span class="bl-chain">via {esc(" → ".join(chain))}</span>' if chain else ""
    data = f'data-turn="{turn}" data-cite="{esc(cite["id"])}"'
    return (
        f'<div class="bl-quote" style="border-left-color:{stances.colour(cite.get("stance"))}" {data}>'
        f'<div class="bl-quote-head">{badge(cite["outlet"], cite.get("stance"), stances)}{via}'
        f'<button type="button" class="bl-cite" {data} title="Open in the citation panel">[{esc(cite["id"])}]</button>'
        f"</div><blockquote>\u201c{esc(cite['quote'])}\u201d</blockquote></div>"
    )


def voice_lines(answer_text: str, stances: Stances) -> list[str]:
    """The assistant's own sentences in an answer: not quote lines, not stance headings."""
    headings = {f"{stances.label(s)}:" for s in stances.labels} | {f"{stances.label(None)}:"}
    out = []
    for line in answer_text.splitlines():
        line = line.strip()
        if line and not line.startswith("- ") and not MARKER.search(line) and line not in headings:
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
    if answer.get("abstained"):
        return f'<div class="bl-abstain">{esc(answer["answer"])} Try other words, or widen the filters.</div>'
    voice = "".join(f'<p class="bl-voice">{esc(line)}</p>' for line in voice_lines(answer["answer"], stances))
    citations = answer.get("citations", [])[: shown if shown is not None else None]
    parts = [voice]
    for heading, cites in group(citations, by_outlet, stances):
        if heading is not None:
            extra = ""
            if by_outlet:
                count = f"{len(cites)} quote{'s' if len(cites) > 1 else ''}"
                extra = f' <span class="bl-group-meta">\u00b7 {esc(stances.label(cites[0].get("stance")))} \u00b7 {count}</span>'
            parts.append(f'<div class="bl-group">{esc(heading)}{extra}</div>')
        parts.extend(quote_block(turn, c, stances) for c in cites)
    return "".join(parts)


def turn_html(turn: int, entry: dict, stances: Stances, by_outlet: bool, shown: int | None = None) -> str:
    question = f'<div class="bl-q"><span class="bl-who">You</span>{esc(entry["question"])}</div>'
    state = "done" if entry.get("error") or (entry.get("answer") is not None and shown is None) else "streaming"
    if entry.get("error"):
        body = f'<div class="bl-error">{esc(entry["error"])}</div>'
    elif entry.get("answer") is None:
        body = '<div class="bl-pending">Searching the sources\u2026</div>'
    else:
        body = answer_body(turn, entry["answer"], stances, by_outlet, shown)
    return f'<div class="bl-turn" data-turn-index="{turn}" data-state="{state}">{question}<div class="bl-a">{body}</div></div>'


LOADING = '<div class="bl-loading">Loading the chat\u2026</div>'  # until the page's load event restores it


def transcript(history: Sequence[dict], stances: Stances, by_outlet: bool,
               pending: dict | None = None, shown: int | None = None) -> str:
    """The whole chat; `pending` is a turn being answered, of which `shown` quotes are visible so far."""
    turns = [turn_html(i, e, stances, by_outlet) for i, e in enumerate(history)]
    if pending is not None:
        turns.append(turn_html(len(history), pending, stances, by_outlet, shown))
    if not turns:
        return (
            '<div class="bl-empty">Ask a question about the indexed articles. Every answer is made of verbatim '
            "quotes, each labelled with the outlet that published it; click a quote's [n] to read it in its article.</div>"
        )
    return f'<div class="bl-transcript">{"".join(turns)}</div>'


def safe_link(url: str | None) -> str:
    if not url:
        return '<span class="bl-none">not recorded</span>'
    if re.match(r"^https?://", url, re.IGNORECASE):
        return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer nofollow">{esc(url)}</a>'
    return esc(url)


def panel(cite: dict, info: dict, text: str, stances: Stances) -> str:
    """The selected citation: metadata, source chain, and the full article with the quote marked."""
    start = max(0, min(int(cite["start"]), len(text)))
    end = max(start, min(int(cite["end"]), len(text)))
    verified = text[start:end] == cite["quote"]
    check = ('<span class="bl-ok">quote found verbatim at these offsets</span>' if verified
             else '<span class="bl-warn">the quote no longer matches this document (re-ingested?)</span>')
    rows = [
        ("Outlet", badge(info.get("outlet") or cite["outlet"], info.get("stance"), stances)),
        ("Stance", esc(stances.label(info.get("stance")))),
        ("Title", esc(info.get("title") or "") or '<span class="bl-none">not recorded</span>'),
        ("Date", esc(info.get("date") or "") or '<span class="bl-none">not recorded</span>'),
        ("Author", esc(info.get("author") or "") or '<span class="bl-none">not recorded</span>'),
        ("URL", safe_link(info.get("url"))),
        ("Source chain", f'<span class="bl-chain-full">{esc(chain_text(cite["outlet"], cite.get("chain") or []))}</span>'),
    ]
    meta = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)
    lo, hi = max(0, start - ARTICLE_CONTEXT), min(len(text), end + ARTICLE_CONTEXT)
    before = f'<span class="bl-none">[{lo:,} characters before]</span>\n' if lo else ""
    after = f'\n<span class="bl-none">[{len(text) - hi:,} characters after]</span>' if hi < len(text) else ""
    article = (f"{before}{esc(text[lo:start])}<mark class=\"bl-mark\">{esc(text[start:end])}</mark>"
               f"{esc(text[end:hi])}{after}")
    return (
        f'<div class="bl-panel"><div class="bl-panel-title">Citation [{esc(cite["id"])}] · chars {start}\u2013{end} · {check}</div>'
        f'<table class="bl-meta">{meta}</table><div class="bl-article">{article}</div></div>'
    )


def panel_message(message: str) -> str:
    return f'<div class="bl-panel bl-panel-empty">{esc(message)}</div>'


def file_name(source: str) -> str:
    """The last part of a source path ('folder/a.jsonl#3' -> 'a.jsonl#3')."""
    return re.split(r"[\\/]", source)[-1] or source


def sources_table(sources: Sequence[dict], stances: Stances) -> str:
    if not sources:
        return '<div class="bl-empty">No documents indexed yet: upload one below, or run <code>byline ingest</code>.</div>'
    head = "<tr><th>Outlet</th><th>Stance</th><th>Title</th><th>Date</th><th>Author</th><th>URL</th><th>Chunks</th><th>Source</th></tr>"
    rows = "".join(
        f'<tr data-doc="{esc(s["doc_id"])}"><td>{badge(s["outlet"], s.get("stance"), stances)}</td>'
        f'<td>{esc(stances.label(s.get("stance")))}</td><td>{esc(s.get("title") or "")}</td><td>{esc(s.get("date") or "")}</td>'
        f'<td>{esc(s.get("author") or "")}</td><td>{safe_link(s.get("url")) if s.get("url") else ""}</td>'
        f'<td class="bl-num">{int(s["chunks"])}</td><td class="bl-src" title="{esc(s["source"])}">{esc(file_name(s["source"]))}</td></tr>'
        for s in sources
    )
    total = sum(int(s["chunks"]) for s in sources)
    return (f'<div class="bl-sources-count">{len(sources)} documents, {total} chunks</div>'
            f'<table class="bl-sources">{head}{rows}</table>')


def notice(message: str, kind: str = "info") -> str:
    return f'<div class="bl-notice bl-{esc(kind)}">{esc(message)}</div>'


# -- styling and behaviour of the markup above (passed to Gradio by app/edges/ui.py) ------------------
CSS = """
.bl-legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;align-items:center;font-size:.85rem;margin:.2rem 0}
.bl-legend-title{font-weight:600}
.bl-legend-item{display:inline-flex;align-items:center;gap:.35rem}
.bl-swatch{width:.9rem;height:.9rem;border-radius:3px;display:inline-block}
.bl-transcript{display:flex;flex-direction:column;gap:1rem;position:relative;max-height:68vh;overflow-y:auto;padding-right:.4rem}
.bl-turn{border-bottom:1px solid var(--border-color-primary);padding-bottom:.8rem}
.bl-q{font-weight:600;margin-bottom:.4rem}
.bl-who{display:inline-block;font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;opacity:.65;margin-right:.5rem}
.bl-voice{margin:.2rem 0 .5rem 0;font-style:italic}
.bl-group{font-weight:600;font-size:.9rem;margin:.6rem 0 .3rem 0}
.bl-group-meta{font-weight:400;opacity:.75}
.bl-quote{border-left:5px solid #888;background:var(--background-fill-secondary);border-radius:6px;
  padding:.45rem .7rem;margin:.35rem 0;cursor:pointer}
.bl-quote.bl-selected{outline:2px solid #e0a800}
.bl-quote-head{display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
.bl-quote blockquote{margin:.25rem 0 0 0 !important;padding:0 !important;border:none !important;white-space:pre-wrap}
.bl-badge{color:#fff;border-radius:999px;padding:.1rem .6rem;font-size:.8rem;font-weight:600;white-space:nowrap}
.bl-chain{font-size:.8rem;opacity:.8}
.bl-cite{margin-left:auto;border:1px solid var(--border-color-primary);border-radius:4px;padding:0 .4rem;
  font-size:.8rem;background:var(--background-fill-primary);cursor:pointer}
.bl-cite:hover{background:#ffe58a}
.bl-abstain,.bl-pending,.bl-empty{opacity:.85;font-style:italic}
.bl-error,.bl-notice.bl-error{color:#9b1c1c;background:#fdecec;border-radius:6px;padding:.4rem .6rem}
.bl-notice.bl-ok{color:#14532d;background:#e7f6ec;border-radius:6px;padding:.4rem .6rem}
.bl-notice.bl-info{background:var(--background-fill-secondary);border-radius:6px;padding:.4rem .6rem}
.bl-panel-title{font-weight:600;margin-bottom:.4rem}
.bl-ok{color:#1a7f37;font-weight:400}.bl-warn{color:#9b1c1c}
.bl-meta{font-size:.85rem;margin-bottom:.5rem;border-collapse:collapse}
#bl-panel table.bl-meta,#bl-panel table.bl-meta tr,#bl-panel table.bl-meta th,#bl-panel table.bl-meta td{
  border:0 !important;background:none !important}
.bl-meta th{text-align:left;padding:.1rem .8rem .1rem 0;white-space:nowrap;vertical-align:top}
.bl-meta td{padding:.1rem 0;word-break:break-word}
.bl-none{opacity:.6;font-style:italic}
.bl-article{position:relative;white-space:pre-wrap;max-height:55vh;overflow:auto;border:1px solid var(--border-color-primary);
  border-radius:6px;padding:.6rem .8rem;font-size:.92rem;line-height:1.5}
.bl-mark{background:#ffe066;color:#000;padding:0 .1rem;border-radius:2px}
.bl-sources{width:100%;border-collapse:collapse;font-size:.88rem}
.bl-sources th,.bl-sources td{border-bottom:1px solid var(--border-color-primary);padding:.3rem .4rem;text-align:left;vertical-align:top}
.bl-sources td.bl-num{text-align:right}.bl-src{font-family:var(--font-mono);font-size:.78rem;word-break:break-all}
.bl-sources-count{margin-bottom:.4rem;font-weight:600}
.bl-side{position:sticky;top:.5rem;align-self:flex-start}
"""

TRANSCRIPT_JS = """
element.addEventListener('click', (e) => {
  const hit = e.target.closest('[data-cite]');
  if (!hit || !element.contains(hit)) return;
  element.querySelectorAll('.bl-quote.bl-selected').forEach((q) => q.classList.remove('bl-selected'));
  const block = hit.closest('.bl-quote');
  if (block) block.classList.add('bl-selected');
  trigger('click', {turn: Number(hit.dataset.turn), cite: hit.dataset.cite});
});
watch('value', () => {  // keep the newest turn's question in view while its quotes arrive
  const box = element.querySelector('.bl-transcript');
  const last = box && box.lastElementChild;
  if (last) box.scrollTop = last.offsetTop;
});
"""

PANEL_JS = """
const reveal = () => {
  const mark = element.querySelector('mark.bl-mark');
  const box = element.querySelector('.bl-article');
  if (!mark || !box) return;
  box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  element.scrollIntoView({block: 'nearest'});
};
watch('value', reveal);
"""
