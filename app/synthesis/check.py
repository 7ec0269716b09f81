"""The sentence verifier: every sentence of a model's answer is either neutral framing or an
attributed claim that a cited quote supports. No second LLM: rules, term overlap and embeddings.

A sentence with a claim must cite [n] (an existing quote), name that quote's outlet or a name in
its chain, name no other outlet, quote only words the cited quote holds, give only numbers the
cited quote holds, and share enough of its words and meaning with the quote. A sentence without
a citation passes only when it is framing ("The outlets disagree.") and asserts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from app.synthesis.sources import Source
from app.text.apostrophe import either
from app.text.sentences import split_sentences
from app.text.terms import terms

Embed = Callable[[Sequence[str]], np.ndarray]

MIN_LEXICAL = 0.5  # share of the claim's content words found in the cited quotes
MIN_EMBEDDING = 0.45  # cosine similarity of the claim and its best cited quote
MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_NEXT_SENTENCE = re.compile(r"\s+[\"\u201c(]?[A-Z]")
_LEADING_CITATIONS = re.compile(r"^((?:\[\d+(?:\s*[,;]\s*\d+)*\]\s*)+)(.*)$", re.DOTALL)
_QUOTED = re.compile(r"\u201c([^\u201d]*)\u201d|\"([^\"]*)\"")
_CUE = re.compile(
    r"\b(according to|says?|said|reports?|reported|reporting|claims?|claimed|writes?|wrote|states?|stated|"
    r"quotes?|quoted|quoting|cites?|cited|relays?|relayed|relaying|told|tells|argues?|argued|denies|denied|"
    r"alleges?|alleged|accuses?|accused|describes?|described|calls?|called|insists?|insisted|adds?|added|"
    r"notes?|noted|maintains?|maintained|asserts?|asserted|in the words of)\b|:", re.IGNORECASE)
# words that frame an answer without asserting anything about the world (as `terms` reduces them)
FRAMING = frozenset(terms(
    "outlet outlets source sources report reports reported say says said disagree disagrees disagreement "
    "differ differs different dispute disputes disputed contested account accounts question questions side "
    "sides claim claims view views according indexed quote quotes quoted verbatim answer answers topic "
    "conflicting conflict agree agrees agreement each both other others one two several some many "
    "unclear unknown uncertain independent independently confirm confirmed confirmation verify verified "
    "perspective perspectives stance stances group groups versions version story stories matter issue "
    "give gives offer offers present presents describe describes note notes read see"
))


@dataclass(frozen=True)
class Verdict:
    text: str
    verified: bool
    why: str
    cited: tuple[str, ...] = ()


def sentences(text: str) -> list[str]:
    """The model's sentences, line by line. Quoted words never split a sentence; a citation ends
    one when a capital follows it; a citation run after a full stop belongs to the sentence before,
    one that starts a line to the sentence after."""
    out: list[str] = []
    for line in text.splitlines():
        lead = _LEADING_CITATIONS.match(line.strip())
        head, body = (lead.group(1).strip(), lead.group(2)) if lead else ("", line)
        pieces: list[str] = []
        masked = _QUOTED.sub(lambda m: m.group(0)[0] + "x" * (len(m.group(0)) - 2) + m.group(0)[-1], body)
        start = 0
        cuts = [m.end() for m in MARKER.finditer(masked) if _NEXT_SENTENCE.match(masked, m.end())]
        for cut in [*cuts, len(masked)]:
            for span in split_sentences(masked[start:cut]):
                _add(pieces, body[start + span.start : start + span.end].strip())
            start = cut
        if head and pieces:
            pieces[0] = f"{head} {pieces[0]}"
        elif head and out:
            out[-1] = f"{out[-1]} {head}"
        out.extend(pieces)
    return out


def _add(out: list[str], piece: str) -> None:
    lead = _LEADING_CITATIONS.match(piece)
    if lead and out:
        out[-1] = f"{out[-1]} {lead.group(1).strip()}"
        piece = lead.group(2).strip()
    if piece and not re.fullmatch(r"[\W_]+", piece):
        out.append(piece)


def cited_ids(sentence: str) -> list[str]:
    return list(dict.fromkeys(i.strip() for m in MARKER.finditer(sentence) for i in re.split(r"[,;]", m.group(1))))


def _name_pattern(name: str) -> re.Pattern[str]:
    words = [either(w) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _named(sentence: str, names: Sequence[str]) -> list[str]:
    return [n for n in names if _name_pattern(n).search(sentence)]


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in _NUMBER.findall(MARKER.sub(" ", text))}


def _squash(text: str) -> str:
    return " ".join(re.sub(r"[\u201c\u201d\"'\u2018\u2019]", "", text).casefold().split())


def _claim_text(sentence: str, names: Sequence[str]) -> str:
    """The sentence less citation markers, attribution cues and the names of sources: what it claims."""
    text = MARKER.sub(" ", sentence)
    for n in names:
        text = _name_pattern(n).sub(" ", text)
    return " ".join(_CUE.sub(" ", text).split())


def _claim_terms(sentence: str, names: Sequence[str]) -> list[str]:
    return [t for t in terms(_claim_text(sentence, names)) if t not in FRAMING]


def _uncited(sentence: str, known_names: Sequence[str]) -> Verdict:
    if _QUOTED.search(sentence):
        return Verdict(sentence, False, "quotes words without citing a quote")
    if _numbers(sentence):
        return Verdict(sentence, False, "gives a number without citing a quote")
    named = _named(sentence, known_names)
    claim = _claim_terms(sentence, known_names)
    if claim:
        who = f"attributes to {named[0]} without citing its quote" if named else "a claim in the assistant's own voice"
        return Verdict(sentence, False, f"{who} ({', '.join(claim[:4])})")
    return Verdict(sentence, True, "neutral framing")


class Checker:
    """Checks sentences against the numbered quotes of one answer."""

    def __init__(self, sources: Sequence[Source], embed: Embed | None = None, outlets: Sequence[str] = (),
                 min_lexical: float = MIN_LEXICAL, min_embedding: float = MIN_EMBEDDING) -> None:
        self.by_id = {s.id: s for s in sources}
        self.embed, self.min_lexical, self.min_embedding = embed, min_lexical, min_embedding
        names = [*outlets, *(n for s in sources for n in s.names)]
        self.known_names = sorted(dict.fromkeys(n for n in names if len(n) >= 2), key=len, reverse=True)
        self.seen: set[str] = set()

    def check(self, sentence: str) -> Verdict:
        """One sentence's verdict; sentences of one answer are checked in order (repeats fail)."""
        key = " ".join(terms(MARKER.sub(" ", sentence)))
        if key and key in self.seen:
            return Verdict(sentence, False, "repeats an earlier sentence", ())
        self.seen.add(key)
        ids = cited_ids(sentence)
        if not ids:
            return _uncited(sentence, self.known_names)
        missing = [i for i in ids if i not in self.by_id]
        if missing:
            return Verdict(sentence, False, f"cites [{missing[0]}], which is not one of the numbered quotes",
                           tuple(ids))
        cited = [self.by_id[i] for i in ids]
        return self._attributed(sentence, cited) or self._supported(sentence, cited)

    def _attributed(self, sentence: str, cited: list[Source]) -> Verdict | None:
        ids = tuple(s.id for s in cited)
        own = {n.casefold() for s in cited for n in s.names}
        said = " ".join(s.quote for s in cited)
        named = [n for n in _named(sentence, self.known_names) if n.casefold() in own
                 or any(n.casefold() in o for o in own)]
        wrong = [n for n in _named(sentence, self.known_names) if n not in named and not _named(said, [n])]
        if wrong:  # a name the cited quote itself mentions may be repeated, but never attributes
            return Verdict(sentence, False, f"names {wrong[0]}, but {_who(cited)}", ids)
        if not named:
            return Verdict(sentence, False, f"a claim in the assistant's own voice: {_who(cited)}", ids)
        if not _CUE.search(sentence):
            return Verdict(sentence, False, f"names {named[0]} but does not attribute the claim to it", ids)
        quotes = _squash(" ".join(s.quote for s in cited))
        for m in _QUOTED.finditer(sentence):
            words = _squash(m.group(1) or m.group(2) or "")
            if words and words not in quotes:
                return Verdict(sentence, False, f"quotes words the cited quote does not hold: \u201c{words[:60]}\u201d",
                               ids)
        extra = sorted(_numbers(sentence) - set().union(*(_numbers(s.quote) for s in cited)))
        if extra:
            return Verdict(sentence, False, f"the number {extra[0]} is not in {_ids(cited)}", ids)
        return None

    def _supported(self, sentence: str, cited: list[Source]) -> Verdict:
        ids = tuple(s.id for s in cited)
        claim = _claim_terms(sentence, self.known_names)
        if not claim:  # 'Nejat Society says this [2].': attributed, asserts nothing of its own
            return Verdict(sentence, True, f"attributes {_ids(cited)} to its outlet", ids)
        have = set().union(*(terms(s.quote) for s in cited))
        lexical = sum(t in have for t in claim) / len(claim)
        cosine = self._cosine(_claim_text(sentence, self.known_names), [s.quote for s in cited])
        scores = f"lexical {lexical:.2f}" + (f", embedding {cosine:.2f}" if cosine is not None else "")
        if lexical < self.min_lexical or (cosine is not None and cosine < self.min_embedding):
            return Verdict(sentence, False, f"not supported by {_ids(cited)} ({scores})", ids)
        return Verdict(sentence, True, f"supported by {_ids(cited)}, {_who(cited)} ({scores})", ids)

    def _cosine(self, claim: str, quotes: list[str]) -> float | None:
        """The claim's best cosine similarity to a cited quote or to one of its sentences (a claim
        may rest on one sentence of a long quote)."""
        if self.embed is None:
            return None
        parts = list(dict.fromkeys([*quotes, *(q[p.start : p.end] for q in quotes for p in split_sentences(q))]))
        vectors = np.asarray(self.embed([claim, *parts]), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1)
        if not norms[0]:
            return 0.0
        return float(max(vectors[0] @ v / (norms[0] * n) if n else 0.0 for v, n in zip(vectors[1:], norms[1:])))


def _ids(cited: Sequence[Source]) -> str:
    return " ".join(f"[{s.id}]" for s in cited)


def _who(cited: Sequence[Source]) -> str:
    return "; ".join(f"[{s.id}] is {s.outlet}'s quote" for s in cited)
