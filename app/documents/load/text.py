"""Plain-text loader: decode bytes (UTF-8, UTF-8/16 with BOM), refuse binaries."""

from __future__ import annotations

import codecs
from pathlib import Path

from app.documents.load.raw import RawDocument
from app.errors import CorpusError


def decode(path: Path, data: bytes) -> str:
    """Bytes to str; a binary or undecodable file is a CorpusError that says so."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise CorpusError(f"{path}: invalid UTF-16 text: {exc.reason}") from exc
    if b"\x00" in data[:8192]:
        raise CorpusError(f"{path}: looks like a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not valid UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def load_text(path: Path, data: bytes) -> list[RawDocument]:
    return [RawDocument(source=str(path), text=decode(path, data), format="text")]
