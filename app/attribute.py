"""Attribute stage: who is speaking in a passage, and how a quote is labelled.

A chain lists who the publishing outlet relays or quotes, outermost first; each link has a role
('relays' for another outlet or publication, 'quotes' for a person or body quoted).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

RELAYS, QUOTES = "relays", "quotes"


@dataclass(frozen=True)
class Link:
    name: str
    role: str  # RELAYS | QUOTES


def links_from_meta(meta: dict[str, Any]) -> tuple[Link, ...]:
    """Chain links stored in chunk metadata (JSON list of [name, role])."""
    raw = meta.get("chain")
    if not raw:
        return ()
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
        return tuple(Link(str(name), str(role)) for name, role in items)
    except (ValueError, TypeError):
        return ()


def label(outlet: str, links: tuple[Link, ...] = ()) -> str:
    """'Rasa News Agency, relaying Al Jazeera, quoting Hassan Heyrani'."""
    parts = [outlet]
    for link in links:
        parts.append(f"{'relaying' if link.role == RELAYS else 'quoting'} {link.name}")
    return ", ".join(parts)
