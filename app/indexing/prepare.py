"""One document, prepared for the index: clean → chunk → decide the outlet → source chains per sentence.

Everything here depends on the document alone (never on a question), so it runs once, at ingest.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from app.attribution.chains import SentenceChain, find_chains
from app.attribution.links import Names, find_speakers, links_to_meta, load_speakers
from app.config import Config
from app.documents.chunk import Chunk, chunk
from app.documents.clean import clean_document
from app.documents.detect import DocMeta, describe, provenance_conflicts
from app.documents.load import RawDocument
from app.errors import CorpusError
from app.registry import Registry

ATTRIBUTION_VERSION = 3  # bump when chain rules or stored sentences change: unchanged documents are redone


def doc_id_for(cleaned: str) -> str:
    """Documents are identified by their normalised text: the same article is stored once."""
    normal = " ".join(cleaned.split()).casefold()
    return hashlib.sha256(normal.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Prepared:
    source: str
    doc_id: str
    text: str
    meta: DocMeta
    chunks: list[Chunk]
    format: str = "text"
    pages: tuple[int, ...] = ()
    chains: tuple[SentenceChain, ...] = ()  # per-sentence source chains (app/attribution/chains.py)
    conflicts: tuple[str, ...] = ()  # other registered outlets the document's own metadata names

    def record(self, sources: list[str], links: dict[str, Any] | None = None) -> dict:
        rec = {"sources": sources, "meta": self.meta.as_dict(), "chars": len(self.text), "format": self.format,
               "attribution": ATTRIBUTION_VERSION, "meta_from": self.source}
        if self.conflicts:
            rec["conflicts"] = list(self.conflicts)
        if self.pages:
            rec["pages"] = list(self.pages)
        return {**rec, **(links or {})}

    def chunk_meta(self) -> list[dict]:
        base = {k: v for k, v in self.meta.as_dict().items() if k != "outlet_source"}
        return [{**base, "doc_id": self.doc_id, "start": c.start, "end": c.end, "chains": self._chains_in(c)}
                for c in self.chunks]

    def _chains_in(self, c: Chunk) -> str | None:
        """Per-sentence source chains inside the chunk (doc offsets), as JSON; None when there are none."""
        inside = [(s.start, s.end, s.links) for s in self.chains if s.links and c.start <= s.start < c.end]
        return links_to_meta(inside) if inside else None


def speaker_names(registry: Registry, config: Config) -> Names:
    """Canonical source names: speakers.yaml next to the registry (or in corpus/), plus the registry."""
    folder = config.registry_path.parent if config.registry_path else config.corpus_dir
    return Names(load_speakers(find_speakers(folder)), registry)


def attribute(text: str, outlet: str, names: Names) -> tuple[SentenceChain, ...]:
    """Source chains of every sentence; spaCy is loaded only if the rules need it."""
    from app.attribution.parse import lazy_nlp

    return tuple(find_chains(text, outlet, names, lazy_nlp))


def prepare(raw: RawDocument, registry: Registry, config: Config, names: Names | None = None) -> Prepared:
    if not raw.text.strip():
        raise CorpusError(f"{raw.source}: no text (the file is empty or only whitespace)")
    cleaned = clean_document(raw.text, raw.format, raw.furniture)
    if not cleaned.text.strip():
        raise CorpusError(f"{raw.source}: no article text left after removing page furniture")
    doc_id = doc_id_for(cleaned.text)
    chunks = chunk(doc_id, cleaned.text, config.chunk_words, config.chunk_overlap)
    meta = describe(raw, cleaned.text, registry)
    chains = attribute(cleaned.text, meta.outlet, names or speaker_names(registry, config))
    conflicts = tuple(provenance_conflicts(raw, meta.outlet, registry))
    return Prepared(raw.source, doc_id, cleaned.text, meta, chunks, raw.format, cleaned.pages, chains, conflicts)
