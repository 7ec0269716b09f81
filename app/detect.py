"""Who published a document: registry entry → document's own metadata → domain → signature → unknown.

`describe` returns the document's metadata and which rule decided the outlet (`outlet_source`).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.load import RawDocument
from app.registry import UNKNOWN_OUTLET, Registry


@dataclass(frozen=True)
class DocMeta:
    outlet: str
    outlet_source: str  # registry | metadata | site_name | domain | signature | unknown
    stance: str | None
    title: str | None
    url: str | None
    date: str | None
    author: str | None

    def as_dict(self) -> dict[str, str | None]:
        return dict(self.__dict__)


def _guess_title(text: str) -> str | None:
    first = text.split("\n", 1)[0].strip()
    return first if 0 < len(first) <= 150 and not first.endswith((".", ",", ";")) else None


def detect_outlet(raw: RawDocument, registry: Registry) -> tuple[str, str]:
    entry = registry.document(raw.source.split("#", 1)[0])
    if entry is not None:
        return entry.outlet, "registry"
    if raw.meta.get("outlet"):
        known = registry.outlet(raw.meta["outlet"])
        return (known.name if known else raw.meta["outlet"]), "metadata"
    if raw.meta.get("site_name"):
        known = registry.outlet(raw.meta["site_name"])
        return (known.name if known else raw.meta["site_name"]), "site_name"
    if raw.meta.get("url"):
        known = registry.outlet_for_domain(raw.meta["url"])
        if known:
            return known.name, "domain"
    head = raw.text[:3000]
    tail = raw.text[-3000:]
    for outlet in registry.outlets:
        if any(sig and (sig in head or sig in tail) for sig in outlet.signatures):
            return outlet.name, "signature"
    return UNKNOWN_OUTLET, "unknown"


def describe(raw: RawDocument, cleaned: str, registry: Registry) -> DocMeta:
    outlet, rule = detect_outlet(raw, registry)
    entry = registry.document(raw.source.split("#", 1)[0]) if rule == "registry" else None
    known = registry.outlet(outlet)
    meta = raw.meta

    def pick(name: str) -> str | None:
        value = getattr(entry, name, None) if entry else None
        return value or meta.get(name) or None

    return DocMeta(
        outlet=outlet,
        outlet_source=rule,
        stance=meta.get("stance") or (known.stance if known else None),
        title=pick("title") or _guess_title(cleaned),
        url=pick("url"),
        date=pick("date"),
        author=pick("author"),
    )
