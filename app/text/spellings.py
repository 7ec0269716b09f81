"""The corpus's own spelling of a word a question writes otherwise: "Walmart" where every article writes "Wal-Mart",
"reelection" for "re-election", "tax exempt" for "tax-exempt", "Mr" for "Mr.".

Words fold to one key when they differ only in case, hyphens, apostrophes (’ is ') or the full stops of an
abbreviation, and two words fold with the one word the corpus also writes hyphenated ("class action", "class-action";
not with one it writes joined: "a political" is not "apolitical", "a long" not "along").
`Spellings.find` reads the corpus once (the lexical index keeps it, `store/lexical.py`); `respell` rewrites each
question word the corpus does not write (in any case) into the spelling it uses most — a dict lookup per word. The
index's tokens (`terms`) do not change: only what the question says does.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from app.support.files import atomic_write
from app.text.apostrophe import straight
from app.text.terms import STOPWORDS

SPELLINGS_FILE = "spellings.json"

# A word: letters and digits, parts joined by a hyphen, an apostrophe or a full stop, and an abbreviation's last stop
_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'’.][A-Za-z0-9]+)*\.?")
_JOINS = re.compile(r"[-. ]")
_DIGIT = re.compile(r"[0-9]")


def key(word: str) -> str:
    """What spellings of one word share: lower case, no hyphens or full stops, one apostrophe."""
    return _JOINS.sub("", straight(word.casefold()).replace("‘", "'"))


def _form(token: str) -> str | None:
    """The word a token spells (None: a number, which has no other spelling to fold). A final full
    stop is the abbreviation's ("U.S.", "a.m.", "Mr.") when the word has inner stops or is a short capitalised
    word; else the sentence's, and dropped."""
    if _DIGIT.search(token):  # a `_WORD` token is ASCII: its digits are 0-9
        return None
    if token.endswith("."):
        core = token[:-1]
        short = len(core) <= 3 and core[:1].isupper() and core[1:].islower()
        token = token if "." in core or short else core
    return token


def _plain(word: str) -> bool:
    """A word two of which may be one hyphenated word: two letters or more ("Robert S." is not "Roberts"), not a stop
    word ("write in" the op-ed is no "write-in" candidate)."""
    return len(word) > 1 and word.isalpha() and word.casefold() not in STOPWORDS


@dataclass(frozen=True)
class Spellings:
    """`best`: per key of a word the corpus writes with a hyphen, apostrophe or full stop (or as two words and
    hyphenated), the spelling it uses most; `written`: per such key, every spelling it uses, lower-cased."""

    best: dict[str, str]
    written: dict[str, frozenset[str]]

    @classmethod
    def find(cls, texts: Callable[[], Iterable[str]]) -> Spellings:
        """The spellings of the corpus `texts()` (each document's text once), read twice: its words, then the pairs
        of words a hyphenated word of it splits into (no text's words are kept between the two)."""
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for text in texts():
            for word in (_form(t) for t in _WORD.findall(text)):
                if word is not None:
                    forms[key(word)][word] += 1
        joined = {k for k, c in forms.items() if any("-" in w for w in c)}  # hyphenated: its parts may be apart
        for text in texts():
            words = [_form(t) for t in _WORD.findall(text)]
            for a, b in zip(words, words[1:]):
                if a is not None and b is not None and _plain(a) and _plain(b) and (k := key(a + b)) in joined:
                    forms[k][f"{a} {b}"] += 1
        kept = {k: c for k, c in forms.items()  # plain words: nothing to fold; an apostrophe may be curly
                if "'" in k or any(w.casefold() != k for w in c)}
        return cls({k: c.most_common(1)[0][0] for k, c in kept.items()},
                   {k: frozenset(w.casefold() for w in c) for k, c in kept.items()})

    def spelling(self, word: str, k: str | None = None) -> str | None:
        """The corpus's spelling of `word` (one word or two), None when it writes `word` so (in any case) or has no
        other spelling of it. A capitalised word stays capitalised. `k`: `key(word)`, when known."""
        k = key(word) if k is None else k
        written, low = self.written.get(k), word.casefold()
        if written is None or low in written or ("'" in low and low.replace("'", "’") in written):
            return None  # a straight apostrophe stands for the curly one (Porter2 strips "'s", not "’s")
        best = self.best[k].replace("’", "'") if "'" in word else self.best[k]
        return best[:1].upper() + best[1:] if word[:1].isupper() and best[:1].islower() else best

    def save(self, folder: Path, fingerprint: str) -> None:
        atomic_write(folder / SPELLINGS_FILE, json.dumps({"fingerprint": fingerprint, "best": self.best,
                                                          "written": {k: sorted(v) for k, v in self.written.items()}}))

    def saved(self, folder: Path, fingerprint: str) -> Spellings:
        """These, saved for the index of this fingerprint (`save`)."""
        self.save(folder, fingerprint)
        return self

    @classmethod
    def load(cls, folder: Path, fingerprint: str) -> Spellings | None:
        """The spellings saved for this index (its fingerprint); else None."""
        try:
            data = json.loads((folder / SPELLINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("fingerprint") != fingerprint:
            return None
        return cls(dict(data["best"]), {k: frozenset(v) for k, v in data["written"].items()})


def respell(question: str, spellings: Spellings | None) -> str:
    """`question` with each word (or pair of words the corpus writes as one) in the corpus's spelling."""
    if not spellings or not spellings.best:
        return question
    out, at = [], 0
    found = list(_WORD.finditer(question))
    keys = [key(m.group()) for m in found]  # key maps char by char and drops ' ', '.': a pair's is the two joined,
    i = 0  # a word's is its token's (`_form` drops at most a final '.')
    while i < len(found):
        m = found[i]
        pair = found[i + 1] if i + 1 < len(found) else None
        if pair is not None and question[m.end():pair.start()] == " " and _plain(m.group()) and _plain(pair.group()):
            if (two := spellings.spelling(f"{m.group()} {pair.group()}", keys[i] + keys[i + 1])) is not None:
                out += [question[at:m.start()], two]
                at, i = pair.end(), i + 2
                continue
        word = _form(m.group())
        if word is not None and (one := spellings.spelling(word, keys[i])) is not None:
            out += [question[at:m.start()], one]
            at = m.start() + len(word)
        i += 1
    return "".join(out) + question[at:] if out else question
