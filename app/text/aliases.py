"""The other names of an organisation: its acronym where a text writes the name, the name where it writes the acronym.

A reader writes "the ACLU" where the article writes "the American Civil Liberties Union", or "the transportation
department" where a paragraph says only "CDOT"; BM25 and the relevance floor then find none of the reader's words in
the passage that answers. Two readings, both built once from the corpus (`Aliases.find`, saved beside the lexical
index):
- a corpus defines its acronyms itself ("the Calder Department of Transportation (CDOT)", "CDOT (Calder Department of
  Transportation)", "the Department of Environmental Quality, known as DEQ"): `names`. (Counting a defined acronym's
  other form among a passage's terms at ingest was tried in session 28 and refused: it moved BM25's ranking of every
  passage naming the body and lost a held-out dispute on the NSA; a question's acronym the corpus defines is searched
  as written.)
- an acronym of the question that the corpus never writes is read as the run of capitalised words the corpus writes
  with those initials (`spell_out`: "the ACLU" as "the American Civil Liberties Union"; initials of three letters or
  more: "us" is a word). Only the question changes: a passage's terms do not (every run's initials added to every
  passage shifted BM25's ranking and lost a case).
Pure functions, no model."""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.support.files import atomic_write
from app.text.acronyms import initialisms
from app.text.terms import terms

ALIASES_VERSION = 4  # bump when what the aliases add to a passage's terms changes (4: nothing): a lexical index
# built with another is rebuilt
ALIASES_FILE = "aliases.json"
SHORTEST = 3  # initials of fewer letters are ordinary words too ("us", "it", "am")

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CONNECTORS = frozenset("of for the and on in to de".split())
# A definition is found by its acronym, the name read back from it (`defined_name`): "… Transportation (CDOT)",
# "the Calder Department of Environmental Quality, known as DEQ", "CDOT (Calder Department of Transportation)"
_NAME_ACRONYM = re.compile(r"\s*\(([A-Z]{2,6})\)")
_KNOWN_AS = re.compile(r",?\s+(?:also\s+)?known\s+as\s+(?:the\s+)?([A-Z]{2,6})\b")
_ACRONYM_NAME = re.compile(r"\b([A-Z]{2,6})\s+\(([A-Z][^()]{2,150})\)")
WINDOW = 150  # characters before a definition's acronym that its name may take


def defined_name(run: str, acronym: str) -> str | None:
    """The name `acronym` stands for at the end of `run` (the words before "(ACR)"): the last capitalised words
    whose initials spell it, read from the end; a connector between them may give its initial ("Calder Department
    of Transportation" for "CDOT") or be passed over ("Court of Arbitration for Sport" for "CAS"); the name starts
    with a capitalised word ("Office of Consumer Protection" for "OCP"). None when the initials do not spell it."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(run)]
    first = _spelled_from(words, len(words), acronym.upper())
    return " ".join(run[first:].split()) if first is not None else None


def _spelled_from(words: list[tuple[int, str]], end: int, letters: str) -> int | None:
    """Where the words before `end` that spell `letters` (from the end) start; None if they do not."""
    if not letters:
        return words[end][0] if end < len(words) and words[end][1][:1].isupper() else None
    if end == 0:
        return None
    _, word = words[end - 1]
    connector = word.casefold() in _CONNECTORS
    if word[0].upper() == letters[-1] and (found := _spelled_from(words, end - 1, letters[:-1])) is not None:
        return found
    return _spelled_from(words, end - 1, letters) if connector else None


_RUN = re.compile(r"[A-Z][a-z][\w’'-]*(?:\s+(?:(?:of|for|the|on|in|to|de)\s+)*[A-Z][a-z][\w’'-]*)+")


_LEADING = re.compile(r"^(?:The|Of|For|On|In|To|De) ")  # a run's capitalised connector opens a sentence


def runs(text: str) -> Iterator[tuple[str, str]]:
    """Each run of two or more capitalised words (connectors inside; "and" and punctuation end a run) with its
    initials, lower case, when they are SHORTEST letters or more: ("aclu", "American Civil Liberties Union")."""
    for m in _RUN.finditer(text):
        letters = "".join(w[0] for w in _WORD.findall(m.group()) if w.casefold() not in _CONNECTORS).casefold()
        if len(letters) >= SHORTEST:
            yield letters, _LEADING.sub("", " ".join(m.group().split()))


@dataclass(frozen=True)
class Aliases:
    """`names`: each acronym the corpus defines (as written, "CDOT") and the name it defines it as; `spelled`: per
    initials (lower case), the run of capitalised words with those initials the corpus writes most."""

    names: dict[str, str]
    spelled: dict[str, str] = field(default_factory=dict)

    @classmethod
    def find(cls, texts: Iterable[str]) -> Aliases:
        """The acronyms the texts define, each with the name most often given for it."""
        found: dict[str, Counter[str]] = defaultdict(Counter)
        written: dict[str, Counter[str]] = defaultdict(Counter)
        for text in texts:
            for letters, run in runs(text):
                written[letters][run] += 1
            for m in (*_NAME_ACRONYM.finditer(text), *_KNOWN_AS.finditer(text)):
                if (name := defined_name(text[max(0, m.start() - WINDOW):m.start()], m.group(1))) is not None:
                    found[m.group(1)][name] += 1
            for m in _ACRONYM_NAME.finditer(text):
                if (name := defined_name(m.group(2), m.group(1))) is not None:
                    found[m.group(1)][name] += 1
        return cls({acronym: names.most_common(1)[0][0] for acronym, names in sorted(found.items())},
                   {letters: named.most_common(1)[0][0] for letters, named in sorted(written.items())})

    def spell_out(self, question: str, used: Callable[[str], bool]) -> str:
        """`question` with each acronym the corpus never writes (`used(term)` False) and never defines in the words
        of the run of capitalised words the corpus writes with those initials ("the ACLU": "the American Civil
        Liberties Union"); unchanged when there is none."""
        def named(m: re.Match) -> str:
            acronym = m.group(1)
            if acronym in self.names or any(used(t) for t in terms(acronym)):
                return m.group()
            spelled = self.spelled.get(acronym.casefold())
            return m.group() if spelled is None else spelled + m.group()[len(acronym):]
        return _QUESTION_ACRONYM.sub(named, question)

    def save(self, folder: Path, fingerprint: str) -> None:
        atomic_write(folder / ALIASES_FILE, json.dumps({"fingerprint": fingerprint, "version": ALIASES_VERSION,
                                                        "names": self.names, "spelled": self.spelled}))

    def saved(self, folder: Path, fingerprint: str) -> Aliases:
        """These, saved for the index of this fingerprint (`save`)."""
        self.save(folder, fingerprint)
        return self

    @classmethod
    def load(cls, folder: Path, fingerprint: str) -> Aliases | None:
        """The aliases saved for this index (its fingerprint, this version); else None."""
        try:
            data = json.loads((folder / ALIASES_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if (data.get("fingerprint"), data.get("version")) != (fingerprint, ALIASES_VERSION):
            return None
        return cls(dict(data["names"]), dict(data["spelled"]))


_QUESTION_ACRONYM = re.compile(r"\b([A-Z]{3,6})(?:s|’s|'s)?\b")
