"""What the lexical index reads once from a corpus's documents besides its chunks: the acronyms the corpus defines and
the names it writes (`app/text/aliases.py`), and its spellings (`app/text/spellings.py`); each saved beside the index
for its fingerprint and read back while the corpus is unchanged."""

from __future__ import annotations

from pathlib import Path

from app.text.aliases import Aliases
from app.text.spellings import Spellings


def corpus_words(store, folder: Path, fingerprint: str) -> tuple[Aliases, Spellings]:
    """The aliases and spellings saved in `folder` for this fingerprint, else found in the store's documents, saved."""
    folder.mkdir(parents=True, exist_ok=True)

    def documents():
        return map(store.text, list(store.manifest.documents))

    aliases = Aliases.load(folder, fingerprint) or Aliases.find(documents()).saved(folder, fingerprint)
    return aliases, Spellings.load(folder, fingerprint) or Spellings.find(documents).saved(folder, fingerprint)
