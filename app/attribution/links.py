"""Attribute stage: who is speaking in a passage, and how a quote is labelled.

A chain lists who the publishing outlet relays, quotes or disputes, outermost first; each link has a
role ('relays' for another outlet or publication, 'quotes' for a person or body quoted, 'disputes' for a
source whose claim the sentence reports in order to reject it: "X claimed that P, which is not true", 'narrates' for
a speaker the outlet's own narrative tells of with none of their words, `app/attribution/narrated.py`: kept for
search, shown in no label). Names are normalised through a small alias table (`corpus/speakers.yaml`) plus the outlet
registry.
The rules that find chains in text live in `app/attribution/chains.py`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.attribution.lexicon import NAME_SUFFIXES
from app.models import SourceLink, chain_label
from app.registry import Registry
from app.text.apostrophe import straight
from app.support.yamlio import load_model

RELAYS, QUOTES, DISPUTES = "relays", "quotes", "disputes"
NARRATES = "narrates"  # the outlet's own narrative of what a source said ('…, saying that …'): no label shows it
ROLE_WORDS = {RELAYS: "relaying", QUOTES: "quoting", DISPUTES: "disputing"}  # as a label shows them
SPEAKERS_FILENAMES = ("speakers.yaml", "speakers.yml")

_STRICT = ConfigDict(extra="forbid", frozen=True)
# Titles and roles that precede a name in news prose, in any corpus (speakers.yaml may add more).
TITLES = frozenset("""mr mrs ms dr prof rep sen gov lt gen col sgt capt adm president vice senator representative
congressman congresswoman governor mayor justice judge chief attorney general secretary speaker leader majority
minority whip chairman chairwoman chair director spokesman spokeswoman spokesperson minister prime ambassador
commander brigadier sheriff professor former retired deputy executive senior
republican democrat democratic gop independent analyst lawyer aide adviser advisor organizer activist expert
economist prosecutor officer host journalist reporter columnist commentator strategist pollster historian author
researcher scientist nominee candidate lawmaker official ceo founder counsel
auditor commissioner comptroller treasurer inspector superintendent
captain colonel major lieutenant sergeant
councilman councilwoman councilmember councillor councilor alderman alderwoman assemblyman assemblywoman""".split())


@dataclass(frozen=True)
class Link:
    name: str
    role: str  # RELAYS | QUOTES | DISPUTES | NARRATES


class KnownSource(BaseModel):
    model_config = _STRICT
    name: str = Field(min_length=1)
    kind: Literal["outlet", "person", "body"] = "outlet"
    aliases: list[str] = Field(default_factory=list)


class SpeakerTable(BaseModel):
    """The alias table of `speakers.yaml`: canonical names of relayed and quoted sources."""

    model_config = _STRICT
    sources: list[KnownSource] = Field(default_factory=list)
    titles: list[str] = Field(default_factory=list)


def load_speakers(path: Path | None) -> SpeakerTable:
    return SpeakerTable() if path is None or not Path(path).is_file() else load_model(SpeakerTable, Path(path))


def find_speakers(folder: Path | None) -> Path | None:
    for name in SPEAKERS_FILENAMES:
        if folder is not None and (Path(folder) / name).is_file():
            return Path(folder) / name
    return None


def _key(name: str) -> str:
    name = straight(name).casefold()
    name = re.sub(r"^(the|a|an)\s+", "", name.strip())
    return re.sub(r"[\s\-]+", " ", name).strip(" ,.")


class Names:
    """Canonical names and kinds for source phrases: speakers.yaml first, then outlet registry."""

    def __init__(self, table: SpeakerTable | None = None, registry: Registry | None = None) -> None:
        self._kind: dict[str, tuple[str, str]] = {}  # key -> (canonical, kind)
        for outlet in (registry.outlets if registry else []):
            for alias in [outlet.name, *outlet.aliases]:
                if alias == outlet.name or (len(alias) >= 4 and not alias.isupper()):  # acronyms are ambiguous in prose
                    self._kind[_key(alias)] = (outlet.name, "outlet")
        for src in (table.sources if table else []):
            for alias in [src.name, *src.aliases]:
                self._kind[_key(alias)] = (src.name, src.kind)
        self.titles = TITLES | {t.casefold().rstrip(".") for t in (table.titles if table else [])}
        self._by_length = sorted(self._kind, key=len, reverse=True)

    def exact(self, phrase: str) -> tuple[str, str] | None:
        return self._kind.get(_key(phrase))

    def lookup(self, phrase: str) -> tuple[str, str] | None:
        """(canonical name, kind) when the phrase is or contains a known source name."""
        key = _key(phrase)
        if key in self._kind:
            return self._kind[key]
        for alias in self._by_length:  # longest alias contained as whole words
            if re.search(rf"(?<![\w]){re.escape(alias)}(?![\w])", key):
                return self._kind[alias]
        return None

    @staticmethod
    def surname(name: str) -> str:
        """'Theodore J. Boutrous Jr.' → 'Boutrous'."""
        words = [w for w in name.split() if w.casefold().rstrip(".,") not in NAME_SUFFIXES]
        return (words or name.split())[-1]

    def is_title(self, word: str) -> bool:
        """'Sen.', 'Justice', and a plural before two names: 'Justices Kennedy and Alito'."""
        w = word.casefold().rstrip(".")
        return w in self.titles or w.endswith("s") and w[:-1] in self.titles

    def titled(self, name: str) -> bool:
        """'Mr. Bush', 'Sen. Toomey': a title before a one-word name makes it a person's."""
        words = name.split()
        return len(words) >= 2 and not self.is_title(words[-1]) and any(self.is_title(w) for w in words[:-1])

    def strip_titles(self, name: str) -> str:
        """The name after its titles and roles: 'Colorado Attorney General John Suthers' → 'John
        Suthers', 'Rep. Jerrold Nadler' → 'Jerrold Nadler' (the words after the last title)."""
        words = name.split()
        cut = next((i for i in range(2, len(words) - 1) if words[i] == "of"), None)
        if cut is not None:  # 'Zoe Lofgren of California', 'Historian Alan Brinkley of Columbia University'
            words = words[:cut]
        last = max((i for i, w in enumerate(words[:-1]) if self.is_title(w)), default=-1)
        rest = words[last + 1 :]
        if len(rest) > 2 and rest[0] == "of":  # 'Director of National Intelligence James Clapper'
            keep = 3 if re.fullmatch(r"[A-Z]\.", rest[-2]) or rest[-1].rstrip(".").casefold() in ("jr", "sr") else 2
            rest = rest[-keep:]
        return " ".join(rest)


def links_to_meta(chains: list[tuple[int, int, tuple[Link, ...]]]) -> str:
    """Per-sentence chains as JSON for chunk metadata: [[start, end, [[name, role], ...]], ...]."""
    return json.dumps([[s, e, [[l.name, l.role] for l in links]] for s, e, links in chains if links],
                      ensure_ascii=False)


def sentence_chains(meta: dict[str, Any]) -> list[tuple[int, int, tuple[Link, ...]]]:
    raw = meta.get("chains")
    if not raw:
        return []
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
        return [(int(s), int(e), tuple(Link(str(n), str(r)) for n, r in links)) for s, e, links in items]
    except (ValueError, TypeError):
        return []


def links_from_meta(meta: dict[str, Any]) -> tuple[Link, ...]:
    """Chunk-level chain links (JSON list of [name, role]); kept for indexes built before per-sentence chains."""
    raw = meta.get("chain")
    if not raw:
        return ()
    try:
        items = json.loads(raw) if isinstance(raw, str) else raw
        return tuple(Link(str(name), str(role)) for name, role in items)
    except (ValueError, TypeError):
        return ()


def carried(links: tuple[Link, ...]) -> tuple[Link, ...]:
    """The links whose words the outlet passes on: the chain up to the first source it disputes (a
    rebuttal of X's claim is the outlet's own voice, not X repeated)."""
    cut = next((k for k, link in enumerate(links) if link.role == DISPUTES), len(links))
    return links[:cut]


def written_name(link: Link) -> str:
    """How an article names a source: a relayed outlet by its whole name ("Denver Post", not "Post"),
    a person or body by surname."""
    return link.name if link.role == RELAYS else link.name.split()[-1]


def fold(text: str) -> str:
    r"""Case folded, each run of spaces and hyphens one space: "Al-Jazeera English" names "Al Jazeera".
    The same string as re.sub(r"[\s-]+", " ", text.casefold()) (str.split's whitespace is re's \s) at a
    third of the cost: a rebuttal look folds a whole article (1.2 ms of CPU for 15 kB with the regex, 0.4 ms)."""
    folded = text.casefold().replace("-", " ")
    inner = " ".join(folded.split())
    return (" " if folded[:1].isspace() else "") + inner + (" " if inner and folded[-1:].isspace() else "")


def source_links(links: tuple[Link, ...]) -> list[SourceLink]:
    """The chain as the public models give it: each link's name and role word (not a narrated source: the words
    are the outlet's)."""
    return [SourceLink(name=link.name, role=ROLE_WORDS.get(link.role, "quoting")) for link in links
            if link.role != NARRATES]


def label(outlet: str, links: tuple[Link, ...] = ()) -> str:
    """'Rasa News Agency, relaying Al Jazeera, quoting Hassan Heyrani'; 'Iran News Update, disputing Al Jazeera'."""
    return chain_label(outlet, source_links(links))
