"""JSON Lines loader for bulk imports: one article per line, `{"text": ..., "outlet": ..., ...}`.

A line may carry `html` instead of `text` (a scraped page; extracted like an .html file).
Metadata keys as in front matter (outlet, stance, url, date, author, title, site_name).
Each line is its own document, source `file.jsonl#N` (N = line number); a bad line becomes a
document with an `error` and the other lines go on.
"""

from __future__ import annotations

import json
from pathlib import Path

from app.documents.load.fields import meta_from
from app.documents.load.html import extract_html
from app.documents.load.raw import RawDocument
from app.documents.load.text import decode
from app.errors import CorpusError


def _valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_line(source: str, line: str) -> RawDocument:
    try:
        obj = json.loads(line)
    except ValueError as exc:
        raise CorpusError(f"{source}: invalid JSON: {exc}") from exc
    except RecursionError:
        raise CorpusError(f"{source}: JSON nested too deeply to read") from None
    if not isinstance(obj, dict):
        raise CorpusError(f"{source}: expected a JSON object, got {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    meta = meta_from(obj, source)
    for name, value in (("text", text), ("html", html)):
        if isinstance(value, str) and not _valid_unicode(value):
            raise CorpusError(f"{source}: \"{name}\" is not valid Unicode (it holds a lone surrogate)")
    if isinstance(text, str) and text.strip():
        return RawDocument(source=source, text=text, meta=meta, format="markdown" if obj.get("format") == "markdown"
                           else "text")
    if isinstance(html, str) and html.strip():
        page = extract_html(source, html)
        return RawDocument(source, page.text, {**page.meta, **meta}, "html", page.furniture)
    raise CorpusError(f"{source}: no \"text\" (or \"html\") string")


def load_jsonl(path: Path, data: bytes) -> list[RawDocument]:
    docs = []
    for n, line in enumerate(decode(path, data).split("\n"), start=1):
        if not line.strip():
            continue
        source = f"{path}#{n}"
        try:
            docs.append(parse_line(source, line))
        except CorpusError as exc:
            docs.append(RawDocument(source=source, text="", error=str(exc)))
    if not docs:
        raise CorpusError(f"{path}: no lines with articles")
    return docs
