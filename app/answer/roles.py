"""Whom a question asks about when it names a role, not a person ("What did Duncan Hunter's
spokesman say…"): the person the passages name in that role (pure functions over sentences)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial

import numpy as np

from app.answer.article_read import Keep, StoredTest
from app.answer.asked import Asked
from app.answer.retrieve import Hit
from app.answer.role_bound import bound, owner_implied
from app.answer.scoring import Sentence, passage_sentences
from app.answer.select import Quote, speaker_match
from app.attribution.lexicon import BODY_NOUNS
from app.store.sentences import Sentences
from app.text.role_words import role_words
from app.text.terms import stem, term_set


# The role beside its owner: "Hunter's attorney", "a lawyer for Wal-Mart", "A spokesman for Mr. Hunter" (not "Ginsburg,
# who made her name as a lawyer …, said … that Wal-Mart could …": a role and an owner far apart in one sentence)
_NEAR = 3


def _names(role: frozenset[str], owner: frozenset[str], s: Sentence, strict: bool = False) -> bool:
    """`s` quotes the holder of the role of the owner: the role beside the owner's name (`strict`: and bound to the
    speaker, `role_bound.bound`), or the speaker's role without its owner in a passage naming the owner
    (`role_bound.owner_implied`: "her doctor said" is the role of the one "her" refers back to; a word of the owner's
    name will do: "Clinton’s camp" for "Hillary Clinton")."""
    if not (role and s.links):
        return False
    if not owner:  # a title alone ("the police chief"): bound to the speaker by grammar ("Police Chief Aaron Strick")
        return bound(role, _QUOTED.sub('"', s.text), s.links[-1].name)  # outside quotes: "… and police," Pell said
    words = [_word(w) for w in re.findall(r"[\w’'-]+", s.text)]
    owned = [i for i, w in enumerate(words) if w in owner or w.replace("-", "") in owner]
    if any(abs(i - j) <= _NEAR for j, w in enumerate(words) if stem(w) in role for i in owned):
        return not strict or bound(role, s.text, s.links[-1].name)
    return owner_implied(role, s.text, s.links[-1].name) and bool(owner & set(_words(s.hit.chunk.text)))


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")  # quoted words: the speaker's own, not a description of them


def _word(word: str) -> str:
    """A word as an owner's name word: lower case, without its possessive ending ("Hunter's" / "hunter")."""
    return re.sub(r"[’']s?$", "", word.casefold())


def _referred(role: frozenset[str], owner: frozenset[str], s: Sentence, before: Sequence[Sentence]) -> bool:
    """The role is of a body the sentence refers back to by its kind ("Paul Babaz, the organization’s president"),
    and the owner is that body: the last sentence before it in the passage naming a body of that kind ("Safari Club
    International, a trophy-hunting organization …") names the owner."""
    if not (role and s.links and before):
        return False
    words = _words(s.text)
    for j, w in enumerate(words):
        back = next((k for k in (j - 1, j - 2) if k > 0 and words[k] in BODY_NOUNS and words[k - 1] in _BACK), None)
        if stem(w) in role and back is not None:
            fits = BODY_NOUNS[words[back]]
            last = next((set(_words(b.text)) for b in reversed(before) if fits & set(_words(b.text))), set())
            return owner <= last
    return False


_BACK = frozenset({"the", "this"})  # a body referred back to by its kind ("the group’s president")


def _words(text: str) -> list[str]:
    return [_word(w) for w in re.findall(r"[\w’'-]+", text)]


def _holder(role: frozenset[str], owner: frozenset[str], sentences: Sequence[Sentence],
            referred: bool = False, strict: bool = False) -> frozenset[str]:
    """Name words of the person the sentences quote in that role of that owner (`_names`; `referred`: of the owner
    referred back to by its kind, `_referred`); the owner's own, when the chain names only the owner (an outlet's
    editorial board, a company's statement: "The Washington Post's editorial board said"). Only a sentence a word of
    which holds a stem of the role may name them (`RoleWords.holds`: its stored role words, not its text tokenised)."""
    may_name = RoleWords(role).holds
    held: set[str] = set()
    for n, s in enumerate(sentences):
        if not (role and s.links and may_name(s)):  # `_names` and `_referred` find no one in it
            continue
        if _referred(role, owner, s, [b for b in sentences[max(0, n - s.index): n] if b.hit is s.hit]) if referred \
                else _names(role, owner, s, strict):
            words = {w.casefold() for w in s.links[-1].name.split() if len(w) > 2}
            held |= words - owner or words
    return frozenset(held)


def resolve_role(ask: Asked, sentences: Sequence[Sentence], strict: bool = False) -> Asked:
    """A question about someone's role ("Hunter's spokesman") asks about the person the passages
    name in it: their name words become the speakers asked about, so "what did X say" applies; for
    "Did <owner>'s <role> <verb> …" they become the doer asked about. A holder whose sentence names the owner only
    by its kind ("the organization’s president", `_referred`) is asked about by name: the owner's and the role's words
    leave the question's terms for the holder's (that sentence holds none of them; the owner's own sentences do).
    `strict`: the role bound to the speaker by grammar (`role_bound`), for sentences far from the answer."""
    if ask.doer_role and not ask.doer:  # "Did Colorado's attorney general promise …": whom it asks about
        ask = replace(ask, doer=_holder(ask.doer_role, ask.doer_owner, sentences))
    if not ask.role or ask.speakers - ask.owner:  # the owner's words only ("the Harvard economist"): a stand-in
        return ask
    if names := _holder(ask.role, ask.owner, sentences, strict=strict):
        return replace(ask, speakers=names)
    if not ask.owner or not (names := _holder(ask.role, ask.owner, sentences, referred=True)):
        return ask
    identified = ask.role | term_set(" ".join(ask.owner))
    return replace(ask, speakers=names, terms=ask.terms - identified | term_set(" ".join(names)))


def role_asked(ask: Asked, hits: Sequence[Hit], read: Callable[[str, Keep], Sequence[Hit]] | None = None) -> Asked:
    """`resolve_role` over the passages' sentences (no work unless the question asks about a role); with `read` (a
    document's other passages), over the answering articles too when the passages name no holder
    (`role_in_articles`)."""
    if not (ask.role or ask.doer_role):
        return ask
    found = resolve_role(ask, [s for h in hits for s in passage_sentences(h)])
    found = found if read is None else role_in_articles(ask, found, hits, read)
    # a title no passage writes before a name ("the radio station", "the announcer") asks as if no role were named
    return replace(found, role=frozenset()) if found.role and not (found.owner or found.speakers) else found


ROLE_ARTICLES = 3  # the answering articles read whole for the holder of a role the passages do not name


def role_in_articles(parsed: Asked, ask: Asked, hits: Sequence[Hit],
                     read: Callable[[str, Keep], Sequence[Hit]]) -> Asked:
    """`ask`, or, when the passages name no holder of the role asked about, the role resolved over the whole of the
    first ROLE_ARTICLES answering articles (`read`: a document's other passages passing a text test): an article
    names the holder once, with the role ("the statement, from Dr. Lisa Bardack,"), and a later passage quotes them by
    name alone. Only the passages holding a word of the role are read (`RoleWords`: no other sentence can name the
    holder, and a passage is read whole, so a sentence's neighbours are there)."""
    if not parsed.role or ask.speakers - parsed.owner:
        return ask
    docs = list(dict.fromkeys(h.chunk.doc_id for h in hits))[:ROLE_ARTICLES]
    holding = RoleWords(parsed.role | (parsed.doer_role if not parsed.doer else frozenset()))
    more = [h for d in docs for h in read(d, holding)]
    wider = resolve_role(parsed, [s for h in [*hits, *more] for s in passage_sentences(h)], strict=True)
    return wider if wider.speakers - parsed.owner else ask


def rest_of(article: Callable[..., list[Hit]] | None) -> Callable[[str, Keep], list[Hit]] | None:
    """A document's passages the first retrieval did not return that pass a text test (`compose.Article`, not only
    those with a rebuttal cue)."""
    return None if article is None else partial(article, cued=False)


class RoleWords(StoredTest):
    """The text test of a passage that may name the holder of a role: a word of it holds one of the role's stems
    (`role_words`), which the sentences ingest stored say without the text (`Sentences.role_rows`, found once per
    document for this test: it is asked of the document, of all its passages, then of each)."""

    def __init__(self, role: frozenset[str]) -> None:
        self.role = role
        self._rows: dict[int, tuple[Sentences, np.ndarray | None]] = {}  # by id of the sentences (kept alive here)

    def __call__(self, text: str) -> bool:
        return not self.role.isdisjoint(role_words(text))

    def _role_rows(self, sentences: Sentences | None) -> np.ndarray | None:
        if sentences is None:
            return None
        if id(sentences) not in self._rows:
            self._rows[id(sentences)] = (sentences, sentences.role_rows(self.role))
        return self._rows[id(sentences)][1]

    def holds(self, s: Sentence) -> bool:
        """A word of `s` holds a stem of the role: by its stored role words when it is a stored sentence of its
        passage's document, else by its text."""
        stored = s.hit.sentences
        if (rows := self._role_rows(stored)) is None:
            return self(s.text)
        starts, ends = stored.offsets
        at = bisect_left(starts, s.start)
        if at == len(starts) or starts[at] != s.start or ends[at] != s.end:
            return self(s.text)
        found = int(np.searchsorted(rows, at))
        return found < len(rows) and int(rows[found]) == at

    def stored(self, sentences: Sentences | None, start: int = 0, end: int | None = None) -> bool | None:
        if (rows := self._role_rows(sentences)) is None:
            return None
        if end is None:  # the whole document from `start`
            return bool(len(rows)) and int(sentences.ends[rows[-1]]) > start
        return self.stored_spans(sentences, [start], [end])[0]

    def stored_spans(self, sentences: Sentences | None, starts: Sequence[int], ends: Sequence[int]
                     ) -> list[bool | None]:
        if (rows := self._role_rows(sentences)) is None:
            return [None] * len(starts)
        return list(sentences.spans_hold(rows, np.asarray(starts, dtype=np.int64), np.asarray(ends, dtype=np.int64)))

    def told(self, sentences: Sentences, start: int, end: int) -> bool | None:
        return self.stored(sentences, start, end)


def voiced(ask: Asked, quotes: Sequence[Quote]) -> bool:
    """One of the quotes is the words of the source the question asks about."""
    return any(speaker_match(q.links, ask.speakers, q.hit) for q in quotes) if ask.said else False


def own_words(ask: Asked, r: Quote) -> bool:
    """r is the words of the one the question asks about (what X said, or what X did): X's own rejection
    of something ("this suit is without merit") is the answer, not a dispute of it. A source r disputes does not speak
    in r."""
    return (ask.said and (speaker_match(r.voiced, ask.speakers, r.hit) or described_in(ask, r.text))) \
        or speaker_match(r.voiced, ask.doer, r.hit)


def of_asked_source(ask: Asked, r: Quote) -> bool:
    """r is the words of the source a said-question asks about, or names it ("Dallas Tea Party founder Phillip Dennis
    said …" for "What did Tea Party organizers write …"): a quote on that source's side of a dispute."""
    return own_words(ask, r) or ask.speakers <= {w.casefold().strip(".,;:“”\"'’") for w in r.text.split()}


def described_in(ask: Asked, text: str) -> bool:
    """A source the question describes ("a Kansas City-area Tea Party activist") speaks in a quote describing its
    speaker in the same words ("Tea party activist Alex Poulter, who co-founded a Kansas City-area group, …")."""
    return ask.described and ask.speakers <= {w.casefold().strip(".,;:“”\"'’") for w in text.split()}
