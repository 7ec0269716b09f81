"""The `byline` command line. Each command is a few lines over `app.api`; modules group them by use."""

from __future__ import annotations

import logging

from app.edges.cli import asking, outlets, serving, tools  # noqa: F401  (each registers its commands)
from app.edges.cli.base import cli

__all__ = ["cli", "main"]


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("bm25s", "chromadb", "httpx", "sentence_transformers", "transformers"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    cli()


if __name__ == "__main__":
    main()
