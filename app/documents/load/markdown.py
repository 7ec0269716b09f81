"""Markdown loader: YAML front matter (python-frontmatter) as metadata, the body as text.

Front matter may set outlet (or publisher / site_name), stance, url, date, author, title; other
keys are ignored. Markdown syntax is removed by the clean stage (`app.documents.clean.strip_markdown`).
"""

from __future__ import annotations

from pathlib import Path

from app.documents.load.fields import meta_from
from app.documents.load.raw import RawDocument
from app.documents.load.text import decode
from app.errors import CorpusError
from app.support.yamlio import YAMLBoundError, bounded_load


def _bounded_handler():
    """python-frontmatter's YAML handler, loading through `bounded_load` (aliases and nesting counted)."""
    from frontmatter.default_handlers import YAMLHandler

    class Bounded(YAMLHandler):
        def load(self, fm: str, **kwargs: object):
            return bounded_load(fm)[0]

    return Bounded()


def load_markdown(path: Path, data: bytes) -> list[RawDocument]:
    import frontmatter
    import yaml

    text = decode(path, data)
    try:
        post = frontmatter.loads(text, handler=_bounded_handler())
    except YAMLBoundError as exc:
        raise CorpusError(f"{path}: refused: the YAML front matter {exc}") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise CorpusError(f"{path}: invalid YAML front matter{where}: {getattr(exc, 'problem', None) or exc}") from exc
    if not isinstance(post.metadata, dict):
        raise CorpusError(f"{path}: front matter must be a mapping of keys to values")
    return [RawDocument(source=str(path), text=post.content, meta=meta_from(post.metadata, str(path)),
                        format="markdown")]
