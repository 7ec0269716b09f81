"""A document's own files beside its chunks: the cleaned text (`docs/<doc_id>.txt`) and its sentences
(`sentences/<doc_id>.bin`, app/store/sentence_file.py), written at ingest and read per question; the sentences of
recently read documents stay in memory. `Store` (app/store/local.py) keeps them in its index folder; a server store
(app/store/server.py) overrides the reads and writes to keep them in Chroma records."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from app.errors import IndexMissingError
from app.support.files import atomic_write, atomic_write_bytes
from app.store.manifest import rebuild_hint
from app.store.sentences import Sentences

SENTENCES = "sentences"  # folder of <doc_id>.bin: sentence spans and vectors (app/store/sentences.py)
SENTENCE_CACHE = 512  # documents whose sentences stay in memory


class DocumentFiles:
    """The texts and sentences of an index folder's documents, and the ones in memory."""

    local_files = True  # a document's sentences are a file read (a server store's: a request)

    def __init__(self, index_dir: Path) -> None:
        self.index_dir = index_dir
        self._sentence_folder = os.path.join(index_dir, SENTENCES)
        self._texts: dict[str, str] = {}
        self._sentences: dict[str, Sentences | None] = {}  # recently read documents' sentences

    def _save_text(self, doc_id: str, text: str) -> None:
        atomic_write(self.index_dir / "docs" / f"{doc_id}.txt", text)

    def _drop_text(self, doc_id: str) -> None:
        (self.index_dir / "docs" / f"{doc_id}.txt").unlink(missing_ok=True)

    def _save_sentences(self, doc_id: str, sentences: Sentences) -> None:
        atomic_write_bytes(self.index_dir / SENTENCES / f"{doc_id}.bin", sentences.to_bytes())

    def _file_paths(self, doc_id: str) -> tuple[Path, Path]:
        return self.index_dir / "docs" / f"{doc_id}.txt", self.index_dir / SENTENCES / f"{doc_id}.bin"

    def _set_aside(self, doc_id: str) -> list[tuple[Path, Path]]:
        """(hard link, file) for each of the document's files: writing it again replaces the name, not the file,
        so a failed write puts it back (`Store.rollback`); the links' temp names are what `reconcile` clears."""
        aside = []
        for path in self._file_paths(doc_id):
            saved = path.with_name(f".{path.name}.undo.tmp")
            saved.unlink(missing_ok=True)
            try:
                os.link(path, saved)
            except FileNotFoundError:
                continue
            aside.append((saved, path))
        return aside

    def _drop_sentences(self, doc_id: str) -> None:
        (self.index_dir / SENTENCES / f"{doc_id}.bin").unlink(missing_ok=True)

    def _load_sentences(self, doc_id: str) -> Sentences | None:
        return self._load_many([doc_id])[doc_id]

    def _read_sentences(self, doc_id: str) -> Sentences | None:
        try:
            # no pathlib: per document per question
            return Sentences.read(os.path.join(self._sentence_folder, doc_id + ".bin"))
        except (OSError, ValueError, KeyError):  # an index from before sentences were stored
            return None

    def sentence_bytes(self, doc_id: str) -> bytes | None:
        """The document's stored sentences as written (`Sentences.to_bytes`); None: not stored."""
        path = self.index_dir / SENTENCES / f"{doc_id}.bin"
        return path.read_bytes() if path.is_file() else None

    def sentences(self, doc_id: str) -> Sentences | None:
        """The document's sentence spans and vectors as ingest stored them (None: not stored)."""
        if doc_id not in self._sentences:
            self.load_sentences([doc_id])
        return self._sentences[doc_id]

    def load_sentences(self, doc_ids: Sequence[str], spans: Sequence[tuple[str, int, int]] = ()) -> None:
        """Read the sentences of the documents not in memory yet in one go (one request to a server, with
        the vectors inside the (doc_id, start, end) `spans`; a second for documents read before)."""
        missing = [d for d in dict.fromkeys(doc_ids) if d not in self._sentences]
        for doc_id, found in self._load_many(missing, spans).items():
            if len(self._sentences) >= SENTENCE_CACHE:
                self._sentences.pop(next(iter(self._sentences)))
            self._sentences[doc_id] = found
        self._read_rows([(got, a, b) for d, a, b in spans if (got := self._sentences.get(d)) is not None])

    def _load_many(self, doc_ids: list[str], spans: Sequence[tuple[str, int, int]] = ()) -> dict[str, Sentences | None]:
        """The documents' sentences as ingest stores them now: those stored by another version completed from their
        texts (`Sentences.completed`), so an index not ingested again answers as a fresh one does."""
        found = self._read_many(doc_ids, spans)
        stale = [d for d, got in found.items() if got is not None and not got.whole]
        if stale:
            self.load_texts(stale)  # (one request to a server)
            found.update((d, found[d].completed(self.text(d))) for d in stale)
        return found

    def _read_many(self, doc_ids: list[str], spans: Sequence[tuple[str, int, int]] = ()) -> dict[str, Sentences | None]:
        """The documents' sentences as stored (the spans whose vectors will be read matter to a server store only)."""
        return {doc_id: self._read_sentences(doc_id) for doc_id in doc_ids}

    def _read_rows(self, spans: list[tuple[Sentences, int, int]]) -> None:
        """Nothing to do here: a file's vectors are read by row when used (`StoredRows`)."""

    def load_texts(self, doc_ids: Sequence[str]) -> None:
        """Read the texts not in memory yet (a server store asks for them in one request)."""
        for doc_id in doc_ids:
            self.text(doc_id)

    def text(self, doc_id: str) -> str:
        if doc_id not in self._texts:
            path = self.index_dir / "docs" / f"{doc_id}.txt"
            try:
                self._texts[doc_id] = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise IndexMissingError(
                    f"document {doc_id} is missing from {path.parent}; {rebuild_hint(self.index_dir)}") from exc
        return self._texts[doc_id]
