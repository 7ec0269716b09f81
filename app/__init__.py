"""byline: a source-grounded Q&A assistant that quotes, and labels, every outlet it cites."""

from app.api import Assistant, ingest
from app.config import Config
from app.errors import (
    BylineError,
    ConfigError,
    CorpusError,
    IndexMismatchError,
    IndexMissingError,
    QueryError,
)
from app.models import Answer, Citation, IngestReport, SourceInfo

__all__ = [
    "Answer",
    "Assistant",
    "BylineError",
    "Citation",
    "Config",
    "ConfigError",
    "CorpusError",
    "IndexMismatchError",
    "IndexMissingError",
    "IngestReport",
    "QueryError",
    "SourceInfo",
    "ingest",
]
