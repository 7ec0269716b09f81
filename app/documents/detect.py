"""Who published a document, and which rule decided it (`outlet_source`), in this order:

registry   the registry's `documents:` entry for the file
metadata   front matter, a .jsonl field or the upload form (a sidecar) names the outlet
site_name  the page's og:site_name / publisher meta names an outlet the registry knows
domain     the url's host (canonical link, og:url, 'saved from' comment) is a registry domain or alias
signature  the first or last 3,000 characters hold a signature the registry declares ("MNA/")
site_name  a site name the registry does not know is still a name the page gives itself
unknown    nothing above matched

A name a person wrote (metadata) is taken as given, canonicalised when the registry knows it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.documents.load.raw import META_KEYS, RawDocument
from app.errors import CorpusError
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


def _not_a_lookalike(raw: RawDocument, name: str, registry: Registry) -> str:
    """A name the registry does not know must not imitate one it does ('Agеncy' with a Cyrillic е)."""
    imitated = registry.lookalike(name)
    if imitated is not None:
        odd = next((ch for ch in name if ord(ch) > 127 and ch.casefold() not in imitated.casefold()), None)
        which = f" (U+{ord(odd):04X} {unicodedata.name(odd, '?')})" if odd else ""
        raise CorpusError(f"{raw.source}: outlet {name!r} looks like the registered outlet {imitated!r} but is "
                          f"written with other characters{which}; use the registered name")
    return name


def provenance_conflicts(raw: RawDocument, outlet: str, registry: Registry) -> list[str]:
    """What else the document says about its publisher, when it names another registered outlet."""
    claims = [("metadata", raw.meta.get("outlet")), ("site_name", raw.meta.get("site_name"))]
    claims += [("domain", raw.meta.get("url"))]
    found = []
    for rule, value in claims:
        if not value:
            continue
        known = registry.outlet_for_domain(value) if rule == "domain" else registry.outlet(value)
        if known is not None and known.name.casefold() != outlet.casefold():
            found.append(f"{rule} says {known.name!r}" + (f" ({value})" if rule == "domain" else ""))
    return found


def detect_outlet(raw: RawDocument, registry: Registry) -> tuple[str, str]:
    entry = registry.document(raw.source.split("#", 1)[0])
    if entry is not None:
        return entry.outlet, "registry"
    if raw.meta.get("outlet"):
        known = registry.outlet(raw.meta["outlet"])
        return (known.name if known else _not_a_lookalike(raw, raw.meta["outlet"], registry)), "metadata"
    site = (raw.meta.get("site_name") or "").strip()
    known = registry.outlet(site) if site else None
    if known:
        return known.name, "site_name"
    addresses = [raw.meta.get("url"), site if "." in site and " " not in site else None]  # a site name may be a host
    for address in filter(None, addresses):
        known = registry.outlet_for_domain(address)
        if known:
            return known.name, "domain"
    head = raw.text[:3000]
    tail = raw.text[-3000:]
    for outlet in registry.outlets:
        if any(sig and (sig in head or sig in tail) for sig in outlet.signatures):
            return outlet.name, "signature"
    if site:
        return _not_a_lookalike(raw, site, registry), "site_name"
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
        stance=registry.stance_id(meta.get("stance")) or (known.stance if known else None),
        title=pick("title") or _guess_title(cleaned),
        url=pick("url"),
        date=pick("date"),
        author=pick("author"),
    )


def meta_diff(old: dict, new: dict) -> str:
    """'outlet 'A' → 'B', date '2024-05-01' → none': what a metadata change changes."""
    keys = [k for k in META_KEYS if old.get(k) != new.get(k)]
    def shown(value: str | None) -> str:
        return "none" if value is None else repr(value)

    return ", ".join(f"{k} {shown(old.get(k))} → {shown(new.get(k))}" for k in keys)
