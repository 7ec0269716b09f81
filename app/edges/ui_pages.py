"""HTML of the rest of the UI: the first screen, the citation panel, the sources table, notices.

Pure functions from plain data to HTML strings; all outside text goes through `esc`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.edges.ui_html import Stances, badge, chain_roles, esc

ARTICLE_CONTEXT = 50_000  # characters of the article shown on each side of the quote in the panel
FOLLOW_UP_EXAMPLE = "And what does the other side say?"


# -- the first screen --------------------------------------------------------------------------
def intro(sources: Sequence[dict], stances: Stances, examples: Sequence[str], limit: int) -> str:
    """What the corpus is, how to read an answer, and questions to start with."""
    if not sources:
        return ('<div class="bl-empty bl-intro"><h2>No articles indexed yet</h2><p>Add documents in the Sources tab '
                "(or run <code>byline ingest FOLDER</code>), then ask about them here.</p></div>")
    by_group: dict[str, set[str]] = {}
    for s in sources:
        by_group.setdefault(stances.label(s.get("stance")), set()).add(s["outlet"])
    outlets = len({s["outlet"] for s in sources})
    groups = "".join(f"<li><strong>{esc(label)}</strong>: {esc(', '.join(sorted(names, key=str.casefold)))}</li>"
                     for label, names in by_group.items())
    buttons = "".join(f'<button type="button" class="bl-example" data-q="{esc(q)}">{esc(q)}</button>'
                      for q in examples)
    return (
        '<div class="bl-intro">'
        f"<h2>Ask about {len(sources)} article{'s' if len(sources) != 1 else ''} from {outlets} "
        f"outlet{'s' if outlets != 1 else ''}</h2>"
        f"<p>The outlets, by stance group:</p><ul>{groups}</ul>"
        "<p><strong>How to read an answer.</strong> Every quote is copied word for word from an article and labelled "
        "with the outlet that published it; the badge colour is the outlet's stance group (see the legend above). "
        "byline's own sentences never take a side. Click a quote's <strong>[n]</strong> to read it highlighted in "
        f"its article. Ask follow-ups such as “{esc(FOLLOW_UP_EXAMPLE)}”. "
        f"Questions may be up to {limit:,} characters.</p>"
        + (f'<p>Try one of these:</p><div class="bl-examples">{buttons}</div>' if buttons else "")
        + "</div>"
    )


def example_questions(configured: Sequence[str], sources: Sequence[dict], n: int = 3) -> list[str]:
    """The corpus's own example questions, else one per document title."""
    if configured:
        return list(configured)[:n]
    titles = [s["title"] for s in sources if s.get("title")]
    return [f"What does {s['outlet']} report about {t.rstrip('.?!')}?" for s, t in
            zip((s for s in sources if s.get("title")), titles)][:n]


# -- the citation panel ------------------------------------------------------------------------
NOT_RECORDED = '<span class="bl-none">not recorded</span>'


def safe_link(url: str | None) -> str:
    if not url:
        return NOT_RECORDED
    if re.match(r"^https?://", url, re.IGNORECASE):
        return f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer nofollow">{esc(url)}</a>'
    return esc(url)


def panel(cite: dict, info: dict, text: str, stances: Stances) -> str:
    """The selected citation: metadata, the sources it names (with their roles), and the article with the quote
    marked."""
    start = max(0, min(int(cite["start"]), len(text)))
    end = max(start, min(int(cite["end"]), len(text)))
    check = ('<span class="bl-ok">The highlighted words are exactly what the article says.</span>'
             if text[start:end] == cite["quote"]
             else '<span class="bl-warn">The quote no longer matches this article (it was re-indexed); ask '
             'again.</span>')
    rows = [
        ("Outlet", badge(info.get("outlet") or cite["outlet"], info.get("stance"), stances)),
        ("Stance", esc(stances.label(info.get("stance")))),
        ("Title", esc(info.get("title") or "") or NOT_RECORDED),
        ("Date", esc(info.get("date") or "") or NOT_RECORDED),
        ("Author", esc(info.get("author") or "") or NOT_RECORDED),
        ("URL", safe_link(info.get("url"))),
        ("Sources", esc(chain_roles(cite)) or '<span class="bl-none">no other source</span>'),
    ]
    meta = "".join(f"<tr><th scope=\"row\">{k}</th><td>{v}</td></tr>" for k, v in rows)
    lo, hi = max(0, start - ARTICLE_CONTEXT), min(len(text), end + ARTICLE_CONTEXT)
    before = f'<span class="bl-none">[{lo:,} characters before]</span>\n' if lo else ""
    after = f'\n<span class="bl-none">[{len(text) - hi:,} characters after]</span>' if hi < len(text) else ""
    article = (f"{before}{esc(text[lo:start])}<mark class=\"bl-mark\">{esc(text[start:end])}</mark>"
               f"{esc(text[end:hi])}{after}")
    return (
        '<div class="bl-panel"><button type="button" class="bl-back">\u2191 Back to the answer</button>'
        f'<div class="bl-panel-title">The quote in its article \u00b7 {check}</div>'
        f'<table class="bl-meta">{meta}</table>'
        f'<div class="bl-article" tabindex="0" role="region" aria-label="Article text">{article}</div></div>'
    )


def panel_message(message: str) -> str:
    return f'<div class="bl-panel bl-panel-empty">{esc(message)}</div>'


# -- sources -----------------------------------------------------------------------------------
def file_name(source: str) -> str:
    """The last part of a source path ('folder/a.jsonl#3' -> 'a.jsonl#3')."""
    return re.split(r"[\\/]", source)[-1] or source


COLUMNS = ("Outlet", "Stance", "Title", "Date", "Author", "URL", "Chunks", "Source")


def sources_table(sources: Sequence[dict], stances: Stances) -> str:
    if not sources:
        return ('<div class="bl-empty">No documents indexed yet: upload one below, or run '
                '<code>byline ingest</code>.</div>')
    head = "".join(f'<th scope="col">{c}</th>' for c in COLUMNS)
    rows = "".join(_source_row(s, stances) for s in sources)
    total = sum(int(s["chunks"]) for s in sources)
    return (f'<div class="bl-sources-count">{len(sources)} documents, {total} chunks</div>'
            f'<div class="bl-table-wrap"><table class="bl-sources"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def _source_row(s: dict, stances: Stances) -> str:
    cells = [
        _td("Outlet", badge(s["outlet"], s.get("stance"), stances)),
        _td("Stance", esc(stances.label(s.get("stance")))),
        _td("Title", esc(s.get("title") or "")),
        _td("Date", esc(s.get("date") or "")),
        _td("Author", esc(s.get("author") or "")),
        _td("URL", safe_link(s.get("url")) if s.get("url") else ""),
        _td("Chunks", str(int(s["chunks"])), 'class="bl-num"'),
        _td("Source", esc(file_name(s["source"])), f'class="bl-src" title="{esc(s["source"])}"'),
    ]
    return f'<tr data-doc="{esc(s["doc_id"])}">{"".join(cells)}</tr>'


def _td(label: str, value: str, attrs: str = "") -> str:
    """A cell; its column name is kept for the phone layout, where each row becomes a card."""
    return f'<td data-label="{label}"{" " + attrs if attrs else ""}>{value}</td>'


def notice(message: str, kind: str = "info") -> str:
    """A notice box; a `command` in backticks shows as code, as a reader expects (the text is escaped first)."""
    body = re.sub(r"`([^`]+)`", r"<code>\1</code>", esc(message))
    return f'<div class="bl-notice bl-{esc(kind)}">{body}</div>'
