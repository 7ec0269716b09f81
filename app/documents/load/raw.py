"""What a loader gives: the text as captured plus whatever metadata the format carries."""

from __future__ import annotations

from dataclasses import dataclass, field

# The metadata a document may be given (a sidecar, an upload) and whose change is reported, in the order shown
META_KEYS = ("outlet", "stance", "title", "url", "date", "author")


@dataclass(frozen=True)
class RawDocument:
    source: str  # where it came from (file path, plus '#n' for multi-document files)
    text: str  # the text as captured, furniture included
    meta: dict[str, str | None] = field(default_factory=dict)  # title, url, date, author, outlet, stance, site_name
    format: str = "text"  # text | html | markdown | pdf: selects the clean step (app.documents.clean.clean_document)
    furniture: tuple[str, ...] = ()  # strings the format knows are page furniture (HTML navigation)
    error: str | None = None  # set when one entry of a multi-document file could not be read
