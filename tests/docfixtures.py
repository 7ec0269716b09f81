"""Small documents for ingestion tests, written here rather than stored as files.

`make_pdf` hand-builds a minimal valid PDF (Helvetica text, one content stream per page),
so tests need no PDF writer beyond the standard library.
"""

from __future__ import annotations

import json
from pathlib import Path


def _pdf_escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: list[list[str]], title: str | None = None, author: str | None = None) -> bytes:
    """A PDF whose page i shows the lines pages[i], one text line each, top to bottom."""
    objects: list[bytes] = []
    n_pages = len(pages)
    font_id = 3 + 2 * n_pages
    info_id = font_id + 1
    kids = " ".join(f"{3 + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    for i, lines in enumerate(pages):
        content_id = 4 + 2 * i
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content_id} 0 R "
            f"/Resources << /Font << /F1 {font_id} 0 R >> >> >>".encode()
        )
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 750 Td"]
        for line in lines:
            ops.append(f"({_pdf_escape(line)}) Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    info = []
    if title:
        info.append(f"/Title ({_pdf_escape(title)})")
    if author:
        info.append(f"/Author ({_pdf_escape(author)})")
    info.append("/CreationDate (D:20210304101500Z)")
    objects.append(f"<< {' '.join(info)} >>".encode("latin-1"))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {info_id} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# -- web pages --------------------------------------------------------------------------------

NAV_LABELS = ["Home", "World", "Politics", "Opinion", "Contact us"]
FURNITURE = [
    "var trackingPixel", "Subscribe to our newsletter", "Advertisement: buy cheap flights",
    "Great article, totally agree", "Privacy policy", "All rights reserved",
] + NAV_LABELS


def saved_page(paragraphs: list[str], *, title: str, site_name: str | None = None, url: str | None = None,
               author: str | None = None, date: str | None = None, saved_from: str | None = None) -> str:
    """A web page as a browser saves it: the article amid scripts, menus, ads and comments."""
    head = [f"<title>{title}</title>", '<meta charset="utf-8">']
    if site_name:
        head.append(f'<meta property="og:site_name" content="{site_name}">')
    if url:
        head.append(f'<link rel="canonical" href="{url}">')
    if author:
        head.append(f'<meta name="author" content="{author}">')
    if date:
        head.append(f'<meta property="article:published_time" content="{date}T08:00:00Z">')
    head.append("<script>var trackingPixel = 'Subscribe to our newsletter';</script>")
    head.append("<style>.ad { display: block }</style>")
    nav = "".join(f'<li><a href="/{n.lower()}">{n}</a></li>' for n in NAV_LABELS[:4])
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    saved = f"<!-- saved from url=(0042){saved_from} -->\n" if saved_from else ""
    return f"""<!DOCTYPE html>
{saved}<html><head>{''.join(head)}</head>
<body>
<header><nav class="main-nav"><ul>{nav}</ul></nav></header>
<div class="ad-slot">Advertisement: buy cheap flights</div>
<main><article><h1>{title}</h1>
{body}
</article></main>
<aside class="newsletter"><p>Subscribe to our newsletter</p></aside>
<section id="comments"><h3>Comments</h3><div class="comment"><p>Great article, totally agree</p></div></section>
<footer><a href="/contact">Contact us</a> <a href="/privacy">Privacy policy</a> <p>All rights reserved</p></footer>
<script>window.dataLayer = [];</script>
</body></html>"""


def short_page(sentence: str, site_name: str) -> str:
    """A tiny page with no <article> and menus as bare divs: extractors tend to keep the menus."""
    return f"""<html><head><title>Brief</title><meta property="og:site_name" content="{site_name}"></head>
<body><div class="menu"><a href="/">Home</a> | <a href="/world">World</a> | <a href="/opinion">Opinion</a></div>
<ul id="topics"><li><a href="/t/a">Harbour news</a></li><li><a href="/t/b">City council</a></li></ul>
<p>{sentence}</p>
<div class="share-bar">Share on Facebook</div></body></html>"""


def markdown_note(body: str, **front: str) -> str:
    lines = ["---", *(f"{k}: {v}" for k, v in front.items()), "---", "", body]
    return "\n".join(lines)


# -- generated articles ---------------------------------------------------------------------

_SUBJECTS = ["The council", "The harbour board", "A local charity", "The transport agency", "Residents",
             "The school board", "Engineers", "The mayor's office", "Fishermen", "The health service"]
_VERBS = ["approved", "rejected", "debated", "postponed", "praised", "criticised", "funded", "reviewed"]
_OBJECTS = ["a plan to rebuild the northern bridge", "new rules for night-time deliveries",
            "a budget for flood defences", "the closure of the old library", "a study of air quality",
            "higher fees for parking near the station", "a festival on the river bank", "extra bus routes"]


def article(n: int, sentences: int = 6) -> str:
    """A distinct small article, deterministic in `n`."""
    out = []
    for i in range(sentences):
        k = n * 7 + i * 3
        out.append(f"{_SUBJECTS[k % 10]} {_VERBS[(k // 10) % 8]} {_OBJECTS[(k + n) % 8]} "
                   f"on day {n} in district {i + 1}, according to record {n}-{i}.")
    return " ".join(out)
