"""Markdown loader: YAML front matter (python-frontmatter) as metadata, the body as text.

Front matter may set outlet (or publisher / site_name), stance, url, date, author, title; other
keys are ignored. Markdown syntax is removed by the clean stage (`app.documents.clean.strip_markdown`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.documents.load.raw import RawDocument
from app.documents.load.text import decode
from app.errors import CorpusError

FRONT_MATTER_KEYS = {
    "outlet": "outlet", "publisher": "outlet", "source": "outlet", "site_name": "site_name",
    "stance": "stance", "url": "url", "link": "url", "date": "date", "published": "date",
    "author": "author", "title": "title",
}


def meta_from(data: dict[str, Any]) -> dict[str, str]:
    """Known metadata keys, values as strings (YAML dates become ISO dates, lists are joined)."""
    meta: dict[str, str] = {}
    for key, value in data.items():
        name = FRONT_MATTER_KEYS.get(str(key).strip().casefold())
        if name is None or value is None or name in meta:
            continue
        if isinstance(value, (list, tuple)):
            value = ", ".join(str(v) for v in value)
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        if str(value).strip():
            meta[name] = str(value).strip()
    return meta


def load_markdown(path: Path, data: bytes) -> list[RawDocument]:
    import frontmatter
    import yaml

    text = decode(path, data)
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise CorpusError(f"{path}: invalid YAML front matter{where}: {getattr(exc, 'problem', None) or exc}") from exc
    if not isinstance(post.metadata, dict):
        raise CorpusError(f"{path}: front matter must be a mapping of keys to values")
    return [RawDocument(source=str(path), text=post.content, meta=meta_from(post.metadata), format="markdown")]
