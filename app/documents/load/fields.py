"""Metadata fields a file brings (front matter, a .jsonl line, a page's meta tags, an upload's
sidecar): known keys only, each a bounded single-line string, checked before anything is built.

A value that cannot be a label (an outlet name with a line break or a control character, a lone
surrogate, a nested object, a 300-million-character title) makes that one document fail with a
message naming the field; the rest of the ingest goes on.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from app.errors import CorpusError
from app.text.names import problem

FRONT_MATTER_KEYS = {
    "outlet": "outlet", "publisher": "outlet", "source": "outlet", "site_name": "site_name",
    "stance": "stance", "url": "url", "link": "url", "date": "date", "published": "date",
    "author": "author", "title": "title",
}
# characters per field (the HTTP upload form uses the same limits)
FIELD_LIMITS = {"outlet": 200, "site_name": 200, "stance": 200, "title": 1000, "url": 2000, "date": 50, "author": 300}
NAME_FIELDS = ("outlet", "site_name", "stance")  # shown as labels: refused, never rewritten
MAX_LIST_ITEMS = 50


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)) and not hasattr(value, "isoformat"):
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _as_text(name: str, value: Any, limit: int) -> str:
    """A field's value as one string, refused before any big string is built."""
    items = value if isinstance(value, (list, tuple)) else [value]
    if len(items) > MAX_LIST_ITEMS:
        raise ValueError(f"{name} is a list of {len(items):,} values; the limit is {MAX_LIST_ITEMS}")
    parts, size = [], 0
    for item in items:
        text = _scalar(item)
        if text is None:
            raise ValueError(f"{name} must be text, not {type(item).__name__}")
        size += len(text) + 2
        if size > limit + 2:
            raise ValueError(f"{name} is over {limit:,} characters")
        parts.append(text)
    return ", ".join(parts).strip()


def field_value(name: str, value: Any) -> str:
    """One checked field; ValueError says what is wrong with it."""
    limit = FIELD_LIMITS[name]
    text = _as_text(name, value, limit)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{name} is not valid Unicode (a lone surrogate U+{ord(text[exc.start]):04X})") from None
    if name in NAME_FIELDS:
        bad = problem(text, name, limit)
        if bad:
            raise ValueError(bad)
        return text
    # free text: one line, no control or invisible characters
    return " ".join("".join(" " if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in text).split())


def meta_from(data: dict[Any, Any], source: str) -> dict[str, str]:
    """Known metadata keys, values as checked strings (YAML dates become ISO dates, lists are joined)."""
    meta: dict[str, str] = {}
    for key, value in data.items():
        name = FRONT_MATTER_KEYS.get(str(key).strip().casefold()) if isinstance(key, (str, int)) else None
        if name is None or value is None or name in meta:
            continue
        try:
            text = field_value(name, value)
        except ValueError as exc:
            raise CorpusError(f"{source}: metadata field {exc}") from None
        if text:
            meta[name] = text
    return meta
