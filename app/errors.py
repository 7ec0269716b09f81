"""The error tree. Edges turn these into one line for the user (CLI exit 2, HTTP 4xx, UI toast)."""

from __future__ import annotations


class BylineError(Exception):
    """Base of every error byline raises on purpose; its message is written for a user."""


class ConfigError(BylineError, ValueError):
    """A setting or registry file is invalid."""


class CorpusError(BylineError):
    """A document cannot be read or ingested."""


class IndexMissingError(BylineError):
    """No index exists where one was expected."""


class IndexEmptyError(BylineError):
    """The index holds no documents: there is nothing to answer from until some are ingested."""


class IndexMismatchError(BylineError):
    """The index on disk was built with other settings (embedder, chunking, schema)."""


class QueryError(BylineError, ValueError):
    """A question or a filter is not usable."""


class IndexBusyError(BylineError):
    """Another process is writing the index (one writer per index folder)."""


class IndexWriteError(BylineError):
    """The index could not be written (the disk is full)."""


class GenerationError(BylineError):
    """The language model gave no answer (down, slow, or an error): synthesis falls back to the extractive answer."""
