"""One ingest run over a store: where each prepared document goes, and what removing one does to its copies.

A new text is stored and embedded; the same text under another name is one document with two sources; new
metadata for the same text rewrites it (unless another file's metadata owns it: a conflict); a near copy of a
stored article is stored as its copy, never retrieved (the earlier-dated one is the original); a deleted
original's earliest copy is promoted in its place. `app/indexing/ingest.py` walks the files and drives a `Run`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

import numpy as np

from app.attribution.links import Names
from app.config import Config
from app.documents.chunk import chunk
from app.documents.dedup import NearDuplicates, earlier
from app.documents.detect import DocMeta, meta_diff
from app.documents.load import RawDocument
from app.errors import BylineError
from app.indexing.batcher import Batcher
from app.indexing.prepare import (
    Parser, Prepared, attribute, context_key, current, guarded, prepare, raw_key, remarks, remember,
    replayed, speaker_names,
)
from app.registry import Registry
from app.store.embed import Embedder
from app.store.local import Store

LINK_KEYS = ("copies", "copy_of")


def _under(source: str, roots: list[str]) -> bool:
    return any(source.split("#", 1)[0] == r or source.startswith(r.rstrip("/") + "/") for r in roots)


class Run:
    """One ingest: the report, the batcher and the near-duplicate index over the store."""

    def __init__(self, store: Store, embedder: Embedder, config: Config, registry: Registry | None = None) -> None:
        self.store, self.config, self.registry = store, config, registry or Registry()
        self.batcher = Batcher(store, embedder, config.embed_batch)
        self.near = NearDuplicates(self._originals, self.batcher.text)
        self.rules: Counter[str] = Counter()
        self.names: Names | None = None
        self.parser = Parser()  # spaCy for chains: a sentence met again in this run is parsed once
        self.context: str | None = None  # context_key: computed once per run
        self.orphans: set[str] = set()  # documents left without a source during this run
        self.report: dict[str, Any] = {"new": [], "changed": [], "unchanged": [], "removed": [], "skipped": {},
                                       "failed": {}, "copies": {}, "warnings": [], "conflicts": {}}

    @property
    def docs(self) -> dict[str, dict[str, Any]]:
        return self.store.manifest.documents  # looked up each time: a server store may swap the dict

    def _names(self, registry: Registry) -> Names:
        if self.names is None:
            self.names = speaker_names(registry, self.config)
        return self.names

    def _originals(self) -> dict[str, str]:
        return {d: self.store.text(d) for d, rec in self.docs.items() if not rec.get("copy_of")}

    def one(self, raw: RawDocument, registry: Registry) -> None:
        if raw.error:
            self.report["failed"][raw.source] = raw.error
            return
        self.context = self.context or context_key(registry, self.config)
        key = raw_key(raw, self.context)
        rec = self.docs.get(self.store.manifest.doc_for_source(raw.source) or "")
        if rec is not None and rec.get("raw_keys", {}).get(raw.source) == key and current(rec):
            self.rules[rec["meta"].get("outlet_source", "")] += 1  # as preparing it again would say
            self._say(raw.source, *replayed(rec, raw.source))
            self.report["unchanged"].append(raw.source)  # same input, same code and settings: nothing to redo
            return
        try:
            prepared = guarded(raw.source, prepare, raw, registry, self.config, self._names(registry), self.parser)
        except BylineError as exc:
            self.report["failed"][raw.source] = str(exc)
            return
        self.rules[prepared.meta.outlet_source] += 1
        self._say(raw.source, *(notes := remarks(prepared, raw.source)))
        self.batcher.ensure_stored(prepared.doc_id)
        self._place(replace(prepared, raw_key=key, notes=notes))
        remember(self.docs.get(prepared.doc_id), raw.source, key, notes, self.report["conflicts"])

    def _say(self, source: str, warnings: list[str], conflict: str | None) -> None:
        self.report["warnings"] += warnings
        if conflict:
            self.report["conflicts"][source] = conflict

    def _place(self, p: Prepared) -> None:
        old_id = self.store.manifest.doc_for_source(p.source)
        if old_id == p.doc_id:
            rec = self.docs[old_id]
            diff = meta_diff(rec["meta"], p.meta.as_dict())
            if diff and self._conflict(p, rec, diff):
                return
            if not diff and current(rec):
                self.report["unchanged"].append(p.source)
                return
            self.report["changed"].append(p.source)  # same text, new metadata: rewrite in place, said so
            if diff:
                self.report["warnings"].append(f"{p.source}: metadata updated: {diff}")
            links = {k: rec[k] for k in LINK_KEYS if k in rec}
            self._put(p, rec["sources"], links, index=not rec.get("copy_of"))
            return
        if p.doc_id in self.docs:  # same text under another name (or a line that moved in a .jsonl)
            self._attach(p, old_id)
            return
        self.report["changed" if old_id else "new"].append(p.source)
        self.detach(old_id, p.source)
        original = self.near.original_of(p.doc_id, p.text)
        if original is None:
            self._put(p, [p.source], {}, index=True)
        elif self.link_copy(p, original) == original:
            self.report["copies"][p.source] = (self.docs[original]["sources"] or [original])[0]
        else:  # p is dated earlier: the stored article became its copy
            self.report["copies"].update(dict.fromkeys(self.docs[original]["sources"], p.source))

    def _attach(self, p: Prepared, old_id: str | None) -> None:
        """Add `p.source` to the stored document with the same text; its metadata stays unless the
        file it came from is gone (then this file's metadata is taken, and said so)."""
        rec = self.docs[p.doc_id]
        if rec["sources"]:
            self.report["warnings"].append(f"{p.source}: same article as {rec['sources'][0]}; stored once")
        sources = sorted({*rec["sources"], p.source})
        diff = meta_diff(rec["meta"], p.meta.as_dict())
        if diff and not self._conflict(p, rec, diff):
            self.report["changed"].append(p.source)
            self.report["warnings"].append(f"{p.source}: metadata updated: {diff}")
            self._put(p, sources, {k: rec[k] for k in LINK_KEYS if k in rec}, index=not rec.get("copy_of"))
        else:
            rec["sources"] = sources
            if not diff:
                self.report["unchanged" if old_id else "new"].append(p.source)
        self.detach(old_id, p.source)

    def _conflict(self, p: Prepared, rec: dict, diff: str) -> bool:
        """Identical text, other metadata, from a file that is not the one the stored metadata came
        from: reported as a conflict and nothing relabelled (editing that file is the explicit update)."""
        owner = rec.get("meta_from") or (rec["sources"] or [p.source])[0]
        if owner == p.source or owner not in rec["sources"]:
            return False
        self.report["conflicts"][p.source] = f"same text as {owner}, whose metadata is kept; this file says {diff}"
        self.report["unchanged"].append(p.source)
        return True

    def _put(self, p: Prepared, sources: list[str], links: dict, *, index: bool) -> None:
        if index:
            self.batcher.add(p, sources, links)
            self.near.add(p.doc_id, p.text)
        else:  # a copy: stored and listed, never retrieved
            self.store.put(p.doc_id, p.text, p.record(sources, links), [], np.empty((0, 0)), [])

    def link_copy(self, p: Prepared, original: str) -> str:
        """Store `p` as a copy of `original`, or, when `p` is dated earlier, the other way round."""
        self.batcher.ensure_stored(original)
        orig = self.docs[original]
        if not earlier(p.meta.date, orig["meta"].get("date")):
            self._put(p, [p.source], {"copy_of": original}, index=False)
            orig["copies"] = list(dict.fromkeys([*orig.get("copies", []), p.doc_id]))
            return original
        copies = [original, *orig.get("copies", [])]
        self._put(p, [p.source], {"copies": copies}, index=True)
        self.batcher.flush()
        self._demote(original, p.doc_id)
        for c in copies[1:]:
            self.docs[c]["copy_of"] = p.doc_id
        return p.doc_id

    def _demote(self, doc_id: str, original: str) -> None:
        rec = self.docs[doc_id]
        text = self.store.text(doc_id)
        kept = {k: v for k, v in rec.items() if k not in ("chunk_ids", "copies")}
        self.store.remove(doc_id)
        self.near.remove(doc_id)
        self.store.put(doc_id, text, {**kept, "copy_of": original}, [], np.empty((0, 0)), [])

    def detach(self, doc_id: str | None, source: str) -> None:
        """Remove `source`; a document left with none is dropped at the run's end unless a moved line revives it."""
        if doc_id is None or doc_id not in self.docs:
            return
        rec = self.docs[doc_id]
        rec["sources"] = [s for s in rec["sources"] if s != source]
        if not rec["sources"]:
            self.orphans.add(doc_id)

    def drop_orphans(self) -> None:
        for doc_id in sorted(self.orphans):
            if doc_id in self.docs and not self.docs[doc_id]["sources"]:
                self.batcher.ensure_stored(doc_id)
                self.drop(doc_id)

    def drop(self, doc_id: str) -> None:
        """Delete a document; its copies lose their original, so the earliest becomes one."""
        rec = self.docs[doc_id]
        self.store.remove(doc_id)
        self.near.remove(doc_id)
        if rec.get("copy_of") in self.docs:
            orig = self.docs[rec["copy_of"]]
            orig["copies"] = [c for c in orig.get("copies", []) if c != doc_id]
        live = [c for c in rec.get("copies", []) if c in self.docs]
        if live:
            self._promote(live)

    def _promote(self, copies: list[str]) -> None:
        new = min(copies, key=lambda c: (self.docs[c]["meta"].get("date") or "9999", copies.index(c)))
        rec = self.docs[new]
        text = self.store.text(new)
        meta = DocMeta(**rec["meta"])
        p = Prepared((rec["sources"] or [new])[0], new, text, meta,
                     chunk(new, text, self.config.chunk_words, self.config.chunk_overlap),
                     rec.get("format", "text"), tuple(rec.get("pages", ())),
                     attribute(text, meta.outlet, self._names(self.registry), self.parser))
        rest = [c for c in copies if c != new]
        for c in rest:
            self.docs[c]["copy_of"] = new
        self._put(p, rec["sources"], {"copies": rest} if rest else {}, index=True)
        self.report["warnings"].append(f"{p.source}: its original is gone; it is now the original")

    def repair(self) -> None:
        """Copies whose original is gone (deleted by an older byline, or a cut-off write) get a new
        original; a copy listed twice is listed once; documents left without a source go at the end."""
        self.orphans = {d for d, rec in self.docs.items() if not rec["sources"]}
        orphans: dict[str, list[str]] = {}
        for doc_id, rec in list(self.docs.items()):
            if rec.get("copies"):
                rec["copies"] = [c for c in dict.fromkeys(rec["copies"]) if c in self.docs]
            if rec.get("copy_of") and rec["copy_of"] not in self.docs:
                orphans.setdefault(rec["copy_of"], []).append(doc_id)
        for copies in orphans.values():
            self._promote(copies)

    def prune(self, roots: list[str], seen: set[str]) -> None:
        for doc_id, rec in list(self.docs.items()):
            if doc_id not in self.docs:
                continue
            gone = [s for s in rec["sources"] if s not in seen and _under(s, roots)]
            if gone and len(gone) == len(rec["sources"]):
                self.batcher.ensure_stored(doc_id)
                self.drop(doc_id)
                self.report["removed"].extend(gone)
            elif gone:
                rec["sources"] = [s for s in rec["sources"] if s not in gone]
