"""One document, prepared for the index: clean → chunk → decide the outlet → source chains per sentence.

Everything here depends on the document alone (never on a question), so it runs once, at ingest.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.attribution.chains import SentenceChain, find_chains
from app.attribution.figure_codec import SIGNALS_VERSION
from app.attribution.links import Names, find_speakers, links_to_meta, load_speakers
from app.attribution.parse import Parser
from app.config import Config
from app.documents.chunk import Chunk, chunk
from app.documents.clean import clean_document
from app.documents.detect import DocMeta, describe, provenance_conflicts
from app.documents.load import RawDocument
from app.errors import BylineError, CorpusError
from app.registry import UNKNOWN_OUTLET, Registry
from app.text.names import scripts
from app.text.marks import MARKS_VERSION
from app.text.terms import TERMS_VERSION

log = logging.getLogger(__name__)

# bump when chain rules or stored sentences change (6: shared surnames, basil audit rules; 7: the disputing role; 8:
# figure units past names; 9: went on, passive agents, bodies with "and", hyphenated outlets; 10: refs, where a sentence
# points back to; 11: a passive agent's name runs past its initials' full stops; 12: 'went on.' with nothing said after
# it is no speech; 13: '…, he went on.' closes a trailing attribution; 14: '…, said Baker.', the verb before its
# speaker; 15: 'said nothing', 'declined to say' are no speech; 16: '…, the minister went on.', a possessive
# apposition describes a role: 'X, Iran's foreign minister,'; 17: sentences store their word runs, sentences file
# version 5; 23: 'the agency said' names the body named before with that kind of noun, 'the official' the one person
# described so, else no one; 24: 'the statement said' names who issued it, an office's own name is a body, 'X at
# <publication>' is relayed, '… “…” and said' is the clause subject's, 'her doctor', 'an agency spokesperson', a titled
# surname; 26: a speaker heard through a medium keeps it in their next sentence, 'in an interview with The Associated
# Press' | '“…,” Ginsburg said'; 27: a title in quotation marks attributes nothing ('a drama like “Homeland” plays as
# …'), nor a sentence whose weak verb only leads into the next quotation; 28: tried and reverted; 29: as 27; 30: a
# narrative sentence whose speech is only a participle clause narrates its speaker, no label shows them; 31: also
# when its only quotations are a few words inside the reporter’s clause, ‘calling him a “faker”’; 32: at most six;
# 33: tried, reverted; 34: a document noun ('the lawsuit', 'the suit', 'the resolution') names who the article said it
# was brought, filed, released or adopted BY, 'a statement released by X' is X's; 35: a long definite description
# ('the University of Denver law professor', 'the president of the Farmers Union') is the person the article
# described so, a speech verb's participle ('…, insisting that') speaks, and no parser guess names a participle's
# speaker; 36: as 35 without 'claiming' and 'urging' (tried in 35: they lose answers); 37: 'He
# pointed to … “…”' right after his quote is his (`pronoun_quote`)): unchanged documents are redone
ATTRIBUTION_VERSION = 37


def current(rec: dict[str, Any]) -> bool:
    """Whether a stored document's chains, sentence terms, signals and marks are what this code makes: a record of
    an older ATTRIBUTION_VERSION, TERMS_VERSION, SIGNALS_VERSION or MARKS_VERSION is redone: until then its chains
    are the older rules', and its sentence columns of another version are worked out again from its text by every
    process that reads it (`Sentences.completed`: the same answers, a few ms per document read)."""
    return (rec.get("attribution") == ATTRIBUTION_VERSION and rec.get("terms") == TERMS_VERSION
            and rec.get("signals") == SIGNALS_VERSION and rec.get("marks") == MARKS_VERSION)


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
    raw_key: str = ""  # the source's raw_key: a re-ingest of the same input skips it
    notes: tuple[list[str], str | None] = ([], None)  # what the report said about it (`remarks`)

    def record(self, sources: list[str], links: dict[str, Any] | None = None) -> dict:
        rec = {"sources": sources, "meta": self.meta.as_dict(), "chars": len(self.text), "format": self.format,
               "attribution": ATTRIBUTION_VERSION, "terms": TERMS_VERSION, "signals": SIGNALS_VERSION,
               "marks": MARKS_VERSION, "meta_from": self.source}
        if self.raw_key:
            rec["raw_keys"] = {self.source: self.raw_key}
            if self.notes[0] or self.notes[1]:
                rec["raw_notes"] = {self.source: list(self.notes)}
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


def attribute(text: str, outlet: str, names: Names, nlp: Callable | None = None) -> tuple[SentenceChain, ...]:
    """Source chains of every sentence; spaCy is loaded only if the rules need it. `nlp`: the run's
    `Parser` (a sentence parsed for one document is not parsed again for the next), else a new one."""
    return tuple(find_chains(text, outlet, names, nlp or Parser()))


def prepare(raw: RawDocument, registry: Registry, config: Config, names: Names | None = None,
            nlp: Callable | None = None) -> Prepared:
    if not raw.text.strip():
        raise CorpusError(f"{raw.source}: no text (the file is empty or only whitespace)")
    cleaned = clean_document(raw.text, raw.format, raw.furniture)
    if not cleaned.text.strip():
        raise CorpusError(f"{raw.source}: no article text left after removing page furniture")
    doc_id = doc_id_for(cleaned.text)
    chunks = chunk(doc_id, cleaned.text, config.chunk_words, config.chunk_overlap)
    meta = describe(raw, cleaned.text, registry)
    chains = attribute(cleaned.text, meta.outlet, names or speaker_names(registry, config), nlp)
    conflicts = tuple(provenance_conflicts(raw, meta.outlet, registry))
    return Prepared(raw.source, doc_id, cleaned.text, meta, chunks, raw.format, cleaned.pages, chains, conflicts)


# What prepare() depends on besides the file: its code (cleaning, chunking, outlet detection,
# chains), the registry, the speakers table and the chunking settings.
_CODE = ("documents/*.py", "text/*.py", "attribution/*.py", "indexing/prepare.py", "registry.py")


def context_key(registry: Registry, config: Config) -> str:
    """A hash of everything besides the raw input that prepare() reads: equal keys, equal output."""
    root = Path(__file__).resolve().parents[1]
    digest = hashlib.sha256()
    for path in sorted(p for pattern in _CODE for p in root.glob(pattern)):
        digest.update(path.read_bytes())
    folder = config.registry_path.parent if config.registry_path else config.corpus_dir
    speakers = find_speakers(folder)
    digest.update(speakers.read_bytes() if speakers else b"")
    digest.update(json.dumps([registry.model_dump(mode="json"), config.chunking(), ATTRIBUTION_VERSION],
                             sort_keys=True).encode())
    return digest.hexdigest()[:16]


def raw_key(raw: RawDocument, context: str) -> str:
    """The input of prepare() for one source: its raw text, format, metadata and furniture, plus
    `context_key`. A source whose key the manifest recorded is unchanged: re-ingest skips it
    without cleaning, chunking or finding chains again."""
    data = json.dumps([raw.text, raw.format, raw.meta, list(raw.furniture), context], sort_keys=True,
                      ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()[:24]


def remember(rec: dict[str, Any] | None, source: str, key: str, notes: tuple[list[str], str | None],
             conflicts: dict[str, str]) -> None:
    """Record a source's raw key (and what the report said about it) in its document's manifest
    entry, so the next ingest of the same input skips it and says the same; not when placing it
    met a conflict with another file, which depends on more than this input. A document still
    waiting to be embedded carries both in the record it is stored with (`Prepared.record`)."""
    if rec is None or source not in rec["sources"]:
        return
    keys, said = rec.setdefault("raw_keys", {}), rec.setdefault("raw_notes", {})
    keys.pop(source, None)
    said.pop(source, None)
    if conflicts.get(source, notes[1]) == notes[1]:
        keys[source] = key
        if notes[0] or notes[1]:
            said[source] = list(notes)


def replayed(rec: dict[str, Any], source: str) -> tuple[list[str], str | None]:
    """The warnings and conflict the report gave when the source was last prepared."""
    warnings, conflict = rec.get("raw_notes", {}).get(source, ([], None))
    return list(warnings), conflict


def remarks(p: Prepared, source: str) -> tuple[list[str], str | None]:
    """What an ingest report says about a prepared document: warnings, and a provenance conflict."""
    warnings = []
    if p.meta.outlet == UNKNOWN_OUTLET:
        warnings.append(f"{p.source}: no outlet found (not in the registry); stored as 'unknown'")
    if len(scripts(p.meta.outlet)) > 1:
        warnings.append(f"{source}: outlet {p.meta.outlet!r} mixes letters of "
                        f"{' and '.join(sorted(scripts(p.meta.outlet)))}; check its spelling")
    conflict = (f"labelled {p.meta.outlet!r} by {p.meta.outlet_source}, but {'; '.join(p.conflicts)}" if p.conflicts
                else None)
    return warnings, conflict


def guarded(source: str, stage: Callable, *args):
    """Run a parsing stage; a parser's unexpected exception on one odd file becomes that file's error."""
    try:
        return stage(*args)
    except BylineError:
        raise
    except Exception as exc:
        log.debug("%s", source, exc_info=True)
        raise BylineError(f"{source}: could not be read ({type(exc).__name__}: {exc})") from exc
