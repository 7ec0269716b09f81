"""The outlet registry: who published which document, and each outlet's stance group.

Data lives in `corpus/outlets.yaml`; this module validates it (unknown keys are errors,
with file and line) and answers look-ups.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

from pydantic import BaseModel, ConfigDict, Field, model_validator

from app.yamlio import Located, load_model

UNKNOWN_OUTLET = "unknown"
REGISTRY_FILENAMES = ("outlets.yaml", "outlets.yml")

_STRICT = ConfigDict(extra="forbid", frozen=True)


class StanceGroup(BaseModel):
    model_config = _STRICT
    id: str = Field(min_length=1)
    label: str = Field(min_length=1)


class Outlet(BaseModel):
    model_config = _STRICT
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    stance: str | None = None
    url: str | None = None
    signatures: list[str] = Field(default_factory=list)


class DocumentEntry(BaseModel):
    model_config = _STRICT
    file: str = Field(min_length=1)
    outlet: str = Field(min_length=1)
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None


class Registry(BaseModel):
    model_config = _STRICT
    stance_groups: list[StanceGroup] = Field(default_factory=list)
    outlets: list[Outlet] = Field(default_factory=list)
    documents: list[DocumentEntry] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Registry:
        groups = [g.id for g in self.stance_groups]
        _no_duplicates("stance group", "stance_groups", "id", groups)
        _no_duplicates("outlet", "outlets", "name", [o.name.casefold() for o in self.outlets])
        _no_duplicates("document file", "documents", "file", [d.file for d in self.documents])
        for i, outlet in enumerate(self.outlets):
            if outlet.stance is not None and outlet.stance not in groups:
                raise Located(
                    f"outlet {outlet.name!r} has stance {outlet.stance!r}, which is not declared "
                    f"in stance_groups ({', '.join(groups) or 'none declared'})",
                    ("outlets", i, "stance"),
                )
        for i, doc in enumerate(self.documents):
            if self.outlet(doc.outlet) is None:
                raise Located(f"document {doc.file!r} names outlet {doc.outlet!r}, which is not in outlets",
                              ("documents", i, "outlet"))
        return self

    # -- look-ups -------------------------------------------------------------------------
    def outlet(self, name: str) -> Outlet | None:
        """The outlet called `name` or known by it as an alias (case-insensitive)."""
        key = name.strip().casefold()
        for outlet in self.outlets:
            if key == outlet.name.casefold() or key in (a.casefold() for a in outlet.aliases):
                return outlet
        return None

    def document(self, file: str | Path) -> DocumentEntry | None:
        """The entry for a document, matched by file name (entries name files relative to corpus/)."""
        parts = Path(file).parts
        matches = [d for d in self.documents if _ends_with(parts, Path(d.file).parts)]
        return max(matches, key=lambda d: len(Path(d.file).parts), default=None)  # most specific entry

    def outlet_for_domain(self, url: str) -> Outlet | None:
        host = (urlparse(url).hostname or url).lower().removeprefix("www.")
        for outlet in self.outlets:
            for domain in outlet.domains:
                d = domain.lower().removeprefix("www.")
                if host == d or host.endswith("." + d):
                    return outlet
        return None

    def stance_label(self, stance: str | None) -> str | None:
        return next((g.label for g in self.stance_groups if g.id == stance), None)


def _ends_with(parts: tuple[str, ...], tail: tuple[str, ...]) -> bool:
    """Whole path components: 'a/story.txt' ends with 'story.txt', 'a/mystory.txt' does not."""
    return 0 < len(tail) <= len(parts) and parts[-len(tail):] == tail


def _no_duplicates(what: str, section: str, key: str, values: list[str]) -> None:
    seen: set[str] = set()
    for i, value in enumerate(values):
        if value in seen:
            raise Located(f"duplicate {what} {value!r}", (section, i, key))
        seen.add(value)


def find_registry(folder: Path) -> Path | None:
    for name in REGISTRY_FILENAMES:
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate
    return None


def load_registry(path: Path | None) -> Registry:
    """Load and validate a registry file; no file means an empty registry."""
    if path is None:
        return Registry()
    return load_model(Registry, Path(path))
