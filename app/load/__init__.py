"""Load stage: turn a file into RawDocuments (text plus whatever metadata the format carries).

One loader per format, all behind `Loader = Callable[[Path, bytes], list[RawDocument]]`;
`LOADERS` maps a file suffix to its loader. Formats that hold several articles (e.g. .jsonl)
return several documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import CorpusError
from app.load.text import load_text

MAX_FILE_BYTES = 20_000_000


@dataclass(frozen=True)
class RawDocument:
    source: str  # where it came from (file path, plus '#n' for multi-document files)
    text: str  # the text as captured, furniture included
    meta: dict[str, str | None] = field(default_factory=dict)  # title, url, date, author, outlet, stance, site_name
    format: str = "text"


Loader = Callable[[Path, bytes], list[RawDocument]]

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".text": load_text,
}

IGNORED_NAMES = {"README.md", "outlets.yaml", "outlets.yml"}


def supported(path: Path) -> bool:
    return path.suffix.lower() in LOADERS


def load_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> list[RawDocument]:
    """Read one file with the loader for its suffix; every failure is a CorpusError naming the file."""
    path = Path(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise CorpusError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CorpusError(f"{path}: file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    return loader(path, data)


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Every file under the given paths (files as given, folders walked in sorted order).

    Symlink loops are not followed; registry and README files are not documents.
    """
    seen: set[Path] = set()
    for root in paths:
        root = Path(root)
        if root.is_file():
            yield root
            continue
        if not root.exists():
            raise CorpusError(f"{root}: no such file or folder")
        for path in sorted(root.rglob("*")):
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):  # broken link or symlink loop
                yield path
                continue
            if real in seen or path.name in IGNORED_NAMES or path.name.startswith("."):
                continue
            if path.is_file():
                seen.add(real)
                yield path
