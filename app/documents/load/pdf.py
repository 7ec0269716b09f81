"""PDF loader: the text layer of each page (pypdf), pages separated by a form feed.

The clean stage (`app.documents.clean.clean_pdf`) cleans page by page and records where each page starts
in the cleaned text, so a citation's offset maps back to its page (`app.documents.clean.page_at`).
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

from app.documents.load.fields import meta_from
from app.documents.load.raw import RawDocument
from app.errors import CorpusError

_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")


def pdf_date(value: str | None) -> str | None:
    """'D:20210304101500Z' -> '2021-03-04' (as far as the date goes)."""
    match = _PDF_DATE.match(value or "")
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


def load_pdf(path: Path, data: bytes) -> list[RawDocument]:
    import pypdf
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise CorpusError(f"{path}: the PDF is encrypted with a password")
        pages = [(page.extract_text() or "").replace("\f", "\n") for page in reader.pages]
        info = reader.metadata or {}
    except CorpusError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise CorpusError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if not any(p.strip() for p in pages):
        raise CorpusError(f"{path}: the PDF has no text layer (scanned pages need OCR first)")
    meta = {
        "title": str(info.get("/Title") or "").strip() or None,
        "author": str(info.get("/Author") or "").strip() or None,
        "date": pdf_date(str(info.get("/CreationDate") or "")),
    }
    return [RawDocument(source=str(path), text="\f".join(pages), meta=meta_from(meta, str(path)), format="pdf")]
