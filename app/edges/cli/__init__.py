"""The `byline` command line. Each command is a few lines over `app.api`; modules group them by use."""

from __future__ import annotations

import atexit
import gc
import logging
import os
import sys
from pathlib import Path


def asks_questions(argv: list[str]) -> bool:
    """True for `byline ask` / `byline chat`, and for `python -m app.edges.cli ask` (the bench's cold
    ask), whose argv[0] is "-m" while Python imports this package to run it."""
    words = [a for a in argv[1:] if not a.startswith("-")]
    return (argv[0] == "-m" or Path(argv[0]).name in ("byline", "__main__.py")) \
        and bool({"ask", "chat"} & set(words[:3]))


def _early_preload(argv: list[str]) -> None:
    """`byline ask` / `byline chat`: start loading the question model now, on the other core,
    while the query stack imports (the Assistant would start it only after)."""
    name = os.environ.get("BYLINE_EMBEDDER", "")
    if asks_questions(argv) and not name.startswith("hash-"):
        from app.store import onnx

        onnx.preload(int8=name == "all-MiniLM-L6-v2-int8")


def _lean_asking(argv: list[str]) -> None:
    """A process that answers questions reads the index and owns its interpreter, so it
    - skips pydantic's search of every installed package's entry points for plugins (about 20 ms
      of CPU; byline uses none; a PYDANTIC_DISABLE_PLUGINS the user set, even empty, decides);
    - at exit freezes the objects it built instead of collecting them one by one (about 0.1 s of
      CPU): atexit hooks, weakref finalizers and the flush of stdout and stderr still run; skipped
      are finalizers of objects alive at exit, which Python never promises to run.
    `import app` (a library user's process) and the other commands do neither."""
    if asks_questions(argv):
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
        atexit.register(gc.freeze)


_early_preload(sys.argv)
_lean_asking(sys.argv)

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
