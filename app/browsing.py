"""The read side of the Assistant besides questions: the indexed documents, one document's text, a
citation's page, and the check that an answer's quotes are the documents' own words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.answer.verify import verify
from app.errors import QueryError
from app.models import Answer, SourceInfo
from app.store.manifest import source_info


@dataclass(frozen=True)
class DocumentView:
    info: SourceInfo
    text: str


class Browsing:
    """Mixed into `app.api.Assistant`, whose reader (`_reader`, `_reading`) these methods use."""

    def sources(self) -> list[SourceInfo]:
        with self._reading:
            store = self._reader()
            return [source_info(doc_id, rec)
                    for doc_id, rec in sorted(store.manifest.documents.items(), key=lambda kv: kv[1]["sources"][:1])]

    def sources_for(self, sources: Sequence[str]) -> list[SourceInfo]:
        """The documents that hold these sources (file paths, `file.jsonl#N` lines), in that order."""
        with self._reading:
            docs = self._reader().manifest.documents
            ids = dict.fromkeys(d for s in sources for d, rec in docs.items() if s in rec["sources"])
            return [source_info(d, docs[d]) for d in ids]

    def page_of(self, doc_id: str, offset: int) -> int | None:
        """The 1-based page of a PDF document holding character `offset` (None for other formats)."""
        from app.documents.clean import page_at

        with self._reading:
            rec = self._reader().manifest.documents.get(doc_id)
            if rec is None:
                raise QueryError(f"no document {doc_id!r} in the index")
            return page_at(rec.get("pages") or (), offset)

    def document(self, doc_id: str) -> DocumentView:
        with self._reading:
            store = self._reader()
            rec = store.manifest.documents.get(doc_id)
            if rec is None:
                raise QueryError(f"no document {doc_id!r} in the index")
            return DocumentView(source_info(doc_id, rec), store.text(doc_id))

    def verify(self, answer: Answer) -> list[str]:
        """Problems with an answer's citations against this index (empty list: all verified)."""
        with self._reading:
            store = self._reader()
            docs = store.manifest.documents

            def text_of(doc_id: str) -> str | None:
                return store.text(doc_id) if doc_id in docs else None

            return verify(answer, text_of, lambda d: docs[d]["meta"]["outlet"] if d in docs else None)
