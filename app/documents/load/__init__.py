"""Load stage: turn a file into RawDocuments (text plus whatever metadata the format carries).

One loader per format, all behind `Loader = Callable[[Path, bytes], list[RawDocument]]`;
`LOADERS` maps a file suffix to its loader. Formats that hold several articles (e.g. .jsonl)
return several documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from app.documents.load.fields import meta_from
from app.documents.load.html import load_html
from app.documents.load.jsonl import load_jsonl
from app.documents.load.markdown import load_markdown
from app.documents.load.pdf import load_pdf
from app.documents.load.raw import META_KEYS, RawDocument
from app.documents.load.text import load_text
from app.errors import CorpusError

__all__ = ["LOADERS", "RawDocument", "iter_files", "load_file", "read_sidecar", "sidecar_path", "supported"]

MAX_FILE_BYTES = 20_000_000


Loader = Callable[[Path, bytes], list[RawDocument]]

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".text": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".xhtml": load_html,
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".pdf": load_pdf,
    ".jsonl": load_jsonl,
}

IGNORED_NAMES = {"README.md", "outlets.yaml", "outlets.yml", "speakers.yaml", "speakers.yml", "examples.yaml"}
SIDECAR_SUFFIX = ".meta.json"  # `article.html.meta.json` carries metadata given at upload
SIDECAR_KEYS = META_KEYS  # what a sidecar may set


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> dict[str, str | None]:
    """Metadata stored beside a file (e.g. from the upload form); {} when there is none."""
    import json

    side = sidecar_path(path)
    if len(side.name.encode()) > 255 or not side.is_file():  # a 250-byte file name has no room for a sidecar
        return {}
    try:
        data = json.loads(side.read_text(encoding="utf-8-sig"))  # a BOM (Windows editors) is not an error
    except (OSError, ValueError, RecursionError) as exc:
        raise CorpusError(f"{side}: unreadable metadata file: {exc}") from exc
    if not isinstance(data, dict):
        raise CorpusError(f"{side}: metadata file must hold a JSON object, not {type(data).__name__}")
    return meta_from({k: v for k, v in data.items() if k in SIDECAR_KEYS}, str(side))


class OutsideLink(type(Path())):
    """A link found under a corpus folder that points outside it: never read."""


def supported(path: Path) -> bool:
    return path.suffix.lower() in LOADERS


def load_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> list[RawDocument]:
    """Read one file with the loader for its suffix; every failure is a CorpusError naming the file."""
    path = path if isinstance(path, OutsideLink) else Path(path)
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise CorpusError(f"{path}: unsupported file type {path.suffix or '(none)'!r}")
    if isinstance(path, OutsideLink):
        raise CorpusError(f"{path}: a link to {path.resolve()}, outside the folder being ingested; not read")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise CorpusError(f"{path}: file is {size:,} bytes, over the {max_bytes:,}-byte limit")
        data = path.read_bytes()
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    docs = loader(path, data)
    extra = read_sidecar(path)
    if extra:  # metadata given by a person (upload form) wins over what the file says
        docs = [replace(d, meta={**d.meta, **{k: v for k, v in extra.items() if v}}) for d in docs]
    return docs


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Every file under the given paths (files as given, folders walked in sorted order).

    Symlink loops are not followed; registry and README files are not documents. A link under a
    folder that points outside it is yielded as an `OutsideLink`, which `load_file` refuses: a
    corpus folder never brings in a file from elsewhere on the machine.
    """
    seen: set[Path] = set()
    for root in paths:
        root = Path(root)
        if root.is_file():
            yield root
            continue
        if not root.exists():
            raise CorpusError(f"{root}: no such file or folder")
        top = root.resolve()
        for path in sorted(root.rglob("*")):
            try:
                real = path.resolve(strict=True)
            except (OSError, RuntimeError):  # broken link or symlink loop
                yield path
                continue
            if not real.is_relative_to(top) and path.is_file():
                yield OutsideLink(path)
                continue
            if real in seen or path.name in IGNORED_NAMES or path.name.startswith(".") \
                    or path.name.endswith(SIDECAR_SUFFIX):
                continue
            if path.is_file():
                seen.add(real)
                yield path
