"""Which chunks and documents hold a rebuttal cue (`contradict.rebuts`), found once when the lexical
index is built and saved beside it (`bm25/cues.json`).

A question whose best quote passes on a source's words (or gives X's words for "What did X say")
reads that quote's own article for a rebuttal (`app/answer/disputed.py`): it tested the whole text,
then every passage of it, with the rebuttal regex — 1 to 3 ms of the question's CPU at every bench
scale. Whether a text holds a cue does not depend on the question, so the index keeps it and the
look reads only the passages that hold one. The file names the index fingerprint and the regex it
was found with: one from another build or another rule is not used (the look then tests the texts,
as before).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.attribution.contradict import REBUTTAL, rebuts
from app.support.files import atomic_write

log = logging.getLogger(__name__)

CUES_FILE = "cues.json"
RULE = hashlib.sha1(f"{REBUTTAL.pattern}\x00{REBUTTAL.flags}".encode()).hexdigest()[:16]  # the regex the cues come from


@dataclass(frozen=True)
class Cues:
    """`rows`: the lexical index's rows whose chunk text holds a rebuttal cue (of `checked` rows in
    all); `docs`: each document's whole text, whether it holds one."""

    checked: int
    rows: frozenset[int]
    docs: dict[str, bool]

    @classmethod
    def find(cls, texts: Sequence[str], doc_ids: Iterable[str], text_of: Callable[[str], str]) -> Cues:
        """The cues of the chunk texts (row i: texts[i]) and of the documents' texts."""
        return cls(len(texts), frozenset(i for i, t in enumerate(texts) if rebuts(t)),
                   {d: rebuts(text_of(d)) for d in dict.fromkeys(doc_ids)})

    def chunk_may_rebut(self, row: int) -> bool:
        """False only when the chunk at `row` is known to hold no rebuttal cue (-1: a chunk not in the index)."""
        return not 0 <= row < self.checked or row in self.rows

    def doc_may_rebut(self, doc_id: str) -> bool:
        """False only when the document's text is known to hold no rebuttal cue."""
        return self.docs.get(doc_id, True)

    def save(self, folder: Path, fingerprint: str) -> None:
        atomic_write(folder / CUES_FILE, json.dumps({"rule": RULE, "fingerprint": fingerprint, "checked": self.checked,
                                                     "rows": sorted(self.rows), "docs": self.docs}))

    @classmethod
    def load(cls, folder: Path, fingerprint: str, rows: int) -> Cues | None:
        """The saved cues when they were found for this index (fingerprint, row count) by this rule; else None."""
        try:
            data = json.loads((folder / CUES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("rule") != RULE or data.get("fingerprint") != fingerprint or data.get("checked") != rows:
            log.info("rebuttal cues at %s are not this index's or rule's: not used", folder)
            return None
        return cls(rows, frozenset(data["rows"]), dict(data["docs"]))
