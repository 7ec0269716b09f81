"""What a write changed since the store's last commit, so that a write that fails is undone (`Store.rollback`).

A removed document's chunks and files are deleted only when the write ends (outside a write: at the commit); a
committed document written again keeps its earlier files under hard links (`DocumentFiles._set_aside`: no copy in
memory) and its chunks' earlier metadata here until then; chunks a failed write added are deleted. A question
reading the committed state meanwhile never finds a document of it gone, and after a failed write the store (the
same object the questions' views hold) and the index are what the write began from.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.support.files import atomic_write_bytes
from app.store.manifest import MANIFEST


@dataclass
class Journal:
    """The changes since the last commit (`docs`, `base`: the committed documents and chunk ids)."""

    docs: set[str]
    base: set[str]
    added: set[str] = field(default_factory=set)  # chunk ids written since the commit
    doomed: dict[str, list[str]] = field(default_factory=dict)  # removed documents: their chunk ids
    files: dict[str, list[tuple[Path, Path]]] = field(default_factory=dict)  # committed documents written again:
    # their files as they were, set aside (hard link, file) (`DocumentFiles._set_aside`)
    chunks: dict[str, dict] = field(default_factory=dict)  # committed chunks written again: their metadata before
    # (the same id is the same text, and its vector is the same text's)
    touched: set[str] = field(default_factory=set)  # documents whose files this write wrote
    began: bytes | None = None  # in a write (`Store.begin`): the manifest file it started from (b"": none)

    @classmethod
    def of(cls, documents: dict[str, dict[str, Any]], began: bytes | None = None) -> Journal:
        return cls(set(documents), owned(documents), began=began)

    def keeps(self, doc_id: str) -> bool:
        """Whether `doc_id`'s files are committed and not saved yet (to save before they are written again)."""
        return doc_id in self.docs and doc_id not in self.files

    def overwritten(self, new_ids: set[str]) -> list[str]:
        """The committed chunk ids among `new_ids` not saved yet (to save before they are written again)."""
        return sorted((new_ids & self.base) - self.chunks.keys())


def owned(documents: dict[str, dict[str, Any]]) -> set[str]:
    """Every chunk id the manifest's documents name."""
    return {cid for rec in documents.values() for cid in rec["chunk_ids"]}


class Rollback:
    """Mixed into `app.store.local.Store`: saving what a write replaces, and undoing a failed write. Outside a
    write (`begin` .. `end`) each commit ends one; inside, its commits keep what `rollback` needs."""

    def begin(self) -> None:
        """A write starts: `rollback` undoes what it does from here on, its commits included."""
        path = self.index_dir / MANIFEST
        self._journal = Journal.of(self.manifest.documents, began=path.read_bytes() if path.is_file() else b"")

    def end(self) -> None:
        """The write is done: the chunks and files of the documents it removed go now."""
        self._journal.began = None
        self._settle()

    def _settle(self) -> None:
        """After the last commit of a write: delete the chunks and files of the documents it no longer names, and the
        links to the files it wrote again."""
        docs, keep = self.manifest.documents, owned(self.manifest.documents)
        for doc_id, ids in self._journal.doomed.items():
            self._delete(sorted(set(ids) - keep))
            if doc_id not in docs:
                self._drop_text(doc_id)
                self._drop_sentences(doc_id)
        for aside in self._journal.files.values():
            for saved, _ in aside:
                saved.unlink(missing_ok=True)
        self._journal = Journal.of(docs)

    def rollback(self) -> None:
        """Undo what was written since the write began (or the last commit outside one): the manifest, chunks,
        texts and sentences are what it started from (a failed write; the views questions read hold this store)."""
        journal = self._journal
        self._committed_manifest(journal.began)
        keep = owned(self.manifest.documents)
        self._delete(sorted(journal.added - keep))
        self._restore_chunks(journal.chunks)
        for doc_id in journal.touched:
            self._restore_files(doc_id, journal.files.get(doc_id, []))
        self._journal = Journal.of(self.manifest.documents)
        self._texts.clear()
        self._sentences.clear()
        self._fingerprint = None
        self.generation += 1

    def _keep(self, doc_id: str, new: set[str]) -> None:
        """Save what writing `doc_id` with the chunk ids `new` replaces of the committed index."""
        journal = self._journal
        journal.touched.add(doc_id)
        if journal.keeps(doc_id):
            journal.files[doc_id] = self._set_aside(doc_id)
        ids = journal.overwritten(new)
        if ids:  # the same chunks again (new metadata): their metadata as committed
            got = self._collection.get(ids=ids, include=["metadatas"])
            journal.chunks.update(zip(got["ids"], got["metadatas"]))

    def _restore_files(self, doc_id: str, aside: list[tuple[Path, Path]]) -> None:
        """A document's files as the write found them: those set aside put back, any other it wrote dropped."""
        back = {path: saved for saved, path in aside}  # set aside: a document the write began with
        for path in self._file_paths(doc_id):
            if path in back:
                os.replace(back[path], path)
            else:
                path.unlink(missing_ok=True)

    def _committed_manifest(self, began: bytes | None) -> None:
        """The manifest the write began from (written back when one of its commits replaced it)."""
        path = self.index_dir / MANIFEST
        if began is not None and (path.read_bytes() if path.is_file() else b"") != began:
            if began:
                atomic_write_bytes(path, began)
            else:
                path.unlink()
        if path.is_file():
            self.reload()
        else:  # the first write of a new index failed: it holds nothing
            self.manifest.documents = {}

