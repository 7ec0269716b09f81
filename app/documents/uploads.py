"""Uploads: save the bytes and form metadata a person sends; reduce any name a person or a form sends to a safe base
name, and never let one upload replace another."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from app.documents.load import read_sidecar, sidecar_path
from app.errors import QueryError
from app.support.files import atomic_write, atomic_write_bytes


def unused_name(folder: Path, name: str, data: bytes) -> Path:
    """`folder/name`, or `name-2`, `name-3`… when something else holds the name: an upload never
    replaces another upload (the same bytes uploaded again keep their name)."""
    stem, suffix = Path(name).stem, Path(name).suffix
    target, n = folder / name, 1
    while target.exists() or target.is_symlink():
        if target.is_file() and not target.is_symlink() and target.read_bytes() == data:
            return target
        n += 1
        target = folder / f"{stem}-{n}{suffix}"
    return target


MAX_NAME_BYTES = 200  # under every file system's 255-byte name limit, with room for '.meta.json'


def safe_filename(filename: str) -> str:
    """A base name safe to write: no folders, no leading dots, no control characters, short
    enough for any file system (the suffix is kept when a long name is cut)."""
    base = re.split(r"[\\/]", filename if isinstance(filename, str) else "")[-1]
    base = re.sub(r"[^\w.\- ]", "_", base).strip(" .")
    if not base:
        raise QueryError(f"unusable file name {filename!r}")
    stem, dot, suffix = base.rpartition(".") if "." in base else (base, "", "")
    tail = (dot + suffix).encode()[:20].decode(errors="ignore")
    stem = stem.encode()[: MAX_NAME_BYTES - len(tail.encode())].decode(errors="ignore").rstrip(" .")
    return (stem or "upload") + tail


def save_upload(folder: Path, name: str, data: bytes, meta: dict[str, str | None]) -> Path:
    """Write an upload and its form metadata (the `.meta.json` sidecar) under `folder`; return its path."""
    target = unused_name(folder, name, data)
    given = {k: v for k, v in meta.items() if v}
    if target.exists():  # the same bytes again: their metadata is kept, never silently replaced
        stated = read_sidecar(target)
        changed = [k for k, v in given.items() if stated.get(k) not in (None, v)]
        if changed:
            raise QueryError(f"{target.name} is already uploaded with {changed[0]} {stated[changed[0]]!r}; to change "
                             "its metadata, delete the document and upload it again")
        given = {**stated, **given}
    atomic_write_bytes(target, data)
    if given:
        atomic_write(sidecar_path(target), json.dumps(given, ensure_ascii=False))
    else:
        sidecar_path(target).unlink(missing_ok=True)
    return target


@contextmanager
def saved_upload(folder: Path, name: str, data: bytes, meta: dict[str, str | None]) -> Iterator[Path]:
    """`save_upload`, undone when the block raises: an upload whose ingest failed leaves the folder as it was
    (a new file gone, an earlier upload's metadata as before), so no later ingest of the folder brings it in."""
    target = unused_name(folder, name, data)
    existed, sidecar = target.exists(), sidecar_path(target)
    stated = sidecar.read_bytes() if sidecar.is_file() else None
    path = save_upload(folder, name, data, meta)
    try:
        yield path
    except BaseException:
        if not existed:
            path.unlink(missing_ok=True)
        if stated is None:
            sidecar.unlink(missing_ok=True)
        else:
            atomic_write_bytes(sidecar, stated)
        raise


def delete_uploads(folder: Path, sources: list[str]) -> None:
    """Delete the uploaded files (and sidecars) among `sources`, so an ingest does not bring them back;
    files outside `folder` are never touched."""
    uploads = folder.resolve()
    for source in sources:
        path = Path(source.split("#", 1)[0]).resolve()
        if path.is_relative_to(uploads):
            path.unlink(missing_ok=True)
            sidecar_path(path).unlink(missing_ok=True)
