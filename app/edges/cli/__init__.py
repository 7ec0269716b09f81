"""The `byline` command line. Each command is a few lines over `app.api`; modules group them by use."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path


def _early_preload(argv: list[str]) -> None:
    """`byline ask` / `byline chat`: start loading the question model now, on the other core,
    while the query stack imports (the Assistant would start it only after)."""
    words = [a for a in argv[1:] if not a.startswith("-")]
    if Path(argv[0]).name in ("byline", "__main__.py") and {"ask", "chat"} & set(words[:3]) \
            and not os.environ.get("BYLINE_EMBEDDER", "").startswith("hash-"):
        from app.store import onnx

        onnx.preload(1)


_early_preload(sys.argv)

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
