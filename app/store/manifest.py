"""The index manifest: what an index was built with (schema, embedder, chunking) and which
documents it holds. A mismatch with what this byline would build is an error with the rebuild command.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.errors import IndexMismatchError
from app.models import SourceInfo

SCHEMA_VERSION = 1
MANIFEST = "manifest.json"


@dataclass
class Manifest:
    embedder: str
    dim: int
    chunking: dict[str, Any]
    schema_version: int = SCHEMA_VERSION
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(self.__dict__, indent=1, sort_keys=True, ensure_ascii=False)

    def doc_for_source(self, source: str) -> str | None:
        return next((d for d, rec in self.documents.items() if source in rec["sources"]), None)


def fingerprint(ids: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(sorted(ids)).encode()).hexdigest()[:16]


def rebuild_hint(index_dir: Path) -> str:
    return f"rebuild it with: rm -rf {index_dir} && byline ingest corpus/ --index {index_dir}"


def read_manifest(path: Path, index_dir: Path) -> Manifest:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        manifest = Manifest(**data)
        for doc_id, rec in manifest.documents.items():
            if not (isinstance(rec["sources"], list) and isinstance(rec["chunk_ids"], list)
                    and isinstance(rec["meta"], dict)):
                raise ValueError(f"document {doc_id} has a malformed entry")
        return manifest
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise IndexMismatchError(f"{path} is unreadable ({exc}); {rebuild_hint(index_dir)}") from exc


def check_compatible(m: Manifest, embedder: str, dim: int, chunking: dict[str, Any], where: str, hint: str) -> None:
    problems = []
    if m.schema_version != SCHEMA_VERSION:
        problems.append(f"schema version {m.schema_version} (this byline reads {SCHEMA_VERSION})")
    if m.embedder != embedder or m.dim != dim:
        problems.append(f"embedder {m.embedder} ({m.dim}d), not {embedder} ({dim}d)")
    if m.chunking != chunking:
        problems.append(f"chunking {m.chunking}, not {chunking}")
    if problems:
        raise IndexMismatchError(f"the index at {where} was built with {'; '.join(problems)}; {hint}")


def source_info(doc_id: str, rec: dict) -> SourceInfo:
    """A manifest record as the public SourceInfo (how the outlet was found, pages, copies)."""
    meta = {k: v for k, v in rec["meta"].items() if k in SourceInfo.model_fields}
    return SourceInfo(doc_id=doc_id, source=rec["sources"][0] if rec["sources"] else "(no source)",
                      chunks=len(rec["chunk_ids"]), chars=rec["chars"],
                      **meta, format=rec.get("format"), pages=len(rec["pages"]) if rec.get("pages") else None,
                      copy_of=rec.get("copy_of"), copies=list(rec.get("copies", [])),
                      conflicts=list(rec.get("conflicts", [])))
