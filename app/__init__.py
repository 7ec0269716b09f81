"""byline: a source-grounded Q&A assistant that quotes, and labels, every outlet it cites.

The names below are imported on first use (PEP 562): `import app.store.onnx` alone does not pay
for the whole query stack, so a `byline ask` can start loading its model before the rest imports.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    "Assistant": "app.api", "ingest": "app.api", "Config": "app.config",
    "BylineError": "app.errors", "ConfigError": "app.errors", "CorpusError": "app.errors",
    "IndexEmptyError": "app.errors", "IndexMismatchError": "app.errors", "IndexMissingError": "app.errors",
    "QueryError": "app.errors",
    "Answer": "app.models", "Citation": "app.models", "IngestReport": "app.models", "SourceInfo": "app.models",
}

__all__ = sorted(_WHERE)

if TYPE_CHECKING:
    from app.api import Assistant, ingest
    from app.config import Config
    from app.errors import (
        BylineError, ConfigError, CorpusError, IndexEmptyError, IndexMismatchError, IndexMissingError, QueryError,
    )
    from app.models import Answer, Citation, IngestReport, SourceInfo


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'app' has no attribute {name!r}")
    value = getattr(import_module(_WHERE[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_WHERE])
