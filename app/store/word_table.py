"""The index's word table: each distinct content word its passages say (`app/text/content_words.py`), embedded once
for the whole corpus, not once per passage or document, and kept as float16 rows in one file beside the lexical
index (`words.bin`). `word_meaning` reads a passage's words from it instead of embedding them at ask.

The table is brought up to date when the lexical index is built for a new state of the store (at the end of a write),
and only the words it lacks are embedded: re-ingesting a changed article embeds the words no other passage says.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.support.files import atomic_write_bytes
from app.support.once import once
from app.text.content_words import words_of

log = logging.getLogger(__name__)
FILE = "words.bin"
WORDS_VERSION = 1  # bump when the file's layout or `words_of` changes: an older table is built again
_MAGIC = b"byline-words\n"


@dataclass(frozen=True)
class WordTable:
    """Words and their vectors as the embedder gave them, stored as float16 (a cosine moves by ~1e-4)."""

    words: tuple[str, ...]
    vectors: np.ndarray  # float16, one row per word

    @once
    def row(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self.words)}

    def rows(self, words: Sequence[str]) -> tuple[np.ndarray, list[str]]:
        """The stored rows of `words` held (float32, in the order of `words`, the words not held left out) and the
        words not held."""
        row = self.row
        held = [row[w] for w in words if w in row]
        return self.vectors[held].astype(np.float32), [w for w in words if w not in row]


def vocabulary(texts: Iterable[str]) -> list[str]:
    """The distinct content words of `texts`, in the order first said."""
    return list(dict.fromkeys(w for text in texts for w in words_of(text)))


def header(folder: Path) -> dict | None:
    """What the table in `folder` was built for (fingerprint, embedder, version, count, dim); None when absent."""
    try:
        with open(folder / FILE, "rb") as f:
            if f.read(len(_MAGIC)) != _MAGIC:
                return None
            return json.loads(f.readline())
    except (OSError, ValueError):
        return None


def load(folder: Path) -> WordTable | None:
    """The table in `folder`, or None when there is none or it cannot be read (a cache: it is built again)."""
    try:
        data = (folder / FILE).read_bytes()
        head_end = data.index(b"\n", len(_MAGIC))
        head = json.loads(data[len(_MAGIC) : head_end])
        words_end = head_end + 1 + head["chars"]
        words = tuple(data[head_end + 1 : words_end].decode().split("\n")) if head["count"] else ()
        vectors = np.frombuffer(data, dtype=np.float16, offset=words_end).reshape(head["count"], head["dim"])
        return WordTable(words, vectors)
    except (OSError, ValueError, KeyError) as exc:
        log.info("word table in %s not usable (%s); words are embedded at ask", folder, exc)
        return None


def save(folder: Path, table: WordTable, fingerprint: str, embedder: str) -> None:
    text = "\n".join(table.words).encode()
    head = {"version": WORDS_VERSION, "fingerprint": fingerprint, "embedder": embedder, "count": len(table.words),
            "dim": int(table.vectors.shape[1]), "chars": len(text)}
    atomic_write_bytes(folder / FILE, _MAGIC + json.dumps(head).encode() + b"\n" + text
                 + np.ascontiguousarray(table.vectors, dtype=np.float16).tobytes())


def current(folder: Path, fingerprint: str, embedder: str) -> bool:
    """Whether the table in `folder` was built for this state of the store, by this embedder and version."""
    head = header(folder) or {}
    return (head.get("fingerprint"), head.get("embedder"), head.get("version")) == (fingerprint, embedder,
                                                                                      WORDS_VERSION)


def made_for(folder: Path, fingerprint: str) -> bool:
    """Whether the table in `folder` holds the words of the store's state `fingerprint` (any embedder: the index
    refuses a store of another embedder before any question)."""
    head = header(folder) or {}
    return (head.get("fingerprint"), head.get("version")) == (fingerprint, WORDS_VERSION)


def refresh(folder: Path, fingerprint: str, embedder: str, texts: Callable[[], Iterable[str]],
            embed: Callable[[Sequence[str]], np.ndarray]) -> None:
    """Bring the table in `folder` up to the passages `texts()`: the words the old table holds (same embedder and
    version) keep their rows, the others are embedded in one call, words no passage says any more are dropped."""
    if current(folder, fingerprint, embedder):
        return
    head = header(folder) or {}
    old = load(folder) if (head.get("embedder"), head.get("version")) == (embedder, WORDS_VERSION) else None
    words = vocabulary(texts())
    kept, new = old.rows(words) if old is not None else (np.zeros((0, 0), dtype=np.float32), list(words))
    vectors = np.asarray(embed(new), dtype=np.float32) if new else np.zeros((0, kept.shape[1]), dtype=np.float32)
    rows = {w: v for w, v in zip([w for w in words if old is not None and w in old.row], kept)}
    rows.update(zip(new, vectors))
    dim = vectors.shape[1] if len(vectors) else (kept.shape[1] if len(kept) else 0)
    table = WordTable(tuple(words), np.array([rows[w] for w in words], dtype=np.float16).reshape(len(words), dim))
    try:
        save(folder, table, fingerprint, embedder)
    except OSError as exc:  # a folder the process may read but not write: questions embed the words at ask
        log.warning("word table not saved in %s (%s); near-topic questions embed their passages' words", folder, exc)


class WordFile:
    """The table in `folder` for the store's state `fingerprint`, read on first use (a cold ask reads no row)."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder, self.fingerprint = folder, fingerprint

    @once
    def table(self) -> WordTable | None:
        return load(self.folder) if made_for(self.folder, self.fingerprint) else None

    def rows(self, words: Sequence[str]) -> tuple[np.ndarray, list[str]]:
        """`WordTable.rows`; every word unheld when there is no table."""
        table = self.table
        return table.rows(words) if table is not None else (np.zeros((0, 0), dtype=np.float32), list(words))


def kept(folder: Path, fingerprint: str, store, embedder: str, embed: Callable[[Sequence[str]], np.ndarray]
         ) -> WordFile | None:
    """The word table of the store's state, refreshed now (`refresh`: the end of a write, or the first open of an
    index from before the table); None for a Chroma server's store, whose readers keep their own folder and embed
    the passages' words at ask."""
    if not getattr(store, "local_files", True):
        return None
    refresh(folder, fingerprint, embedder, lambda: (c.text for c in store.iter_chunks()), embed)
    return WordFile(folder, fingerprint)
