"""Whom a question asks about when it names a role, not a person ("What did Duncan Hunter's
spokesman say…"): the person the passages name in that role (pure functions over sentences)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.answer.asked import Asked
from app.answer.retrieve import Hit
from app.answer.select import Quote, Sentence, passage_sentences, speaker_match
from app.text.terms import stem


def names_role(ask: Asked, s: Sentence) -> bool:
    """A quoted sentence that names the role the question asks about, of its owner: "A spokesman for
    Mr. Hunter, Michael Harrison, said …" for "What did Duncan Hunter's spokesman say …"."""
    if not (ask.role and s.links):
        return False
    words = {w.casefold() for w in re.findall(r"[\w’'-]+", s.text)}
    return bool(ask.owner & words) and any(stem(w) in ask.role for w in words)


def resolve_role(ask: Asked, sentences: Sequence[Sentence]) -> Asked:
    """A question about someone's role ("Hunter's spokesman") asks about the person the passages
    name in it: their name words become the speakers asked about, so "what did X say" applies."""
    if not ask.role or ask.speakers:
        return ask
    names = frozenset(w.casefold() for s in sentences if names_role(ask, s) for w in s.links[-1].name.split()
                      if len(w) > 2) - ask.owner
    return replace(ask, speakers=names) if names else ask


def role_asked(ask: Asked, hits: Sequence[Hit]) -> Asked:
    """`resolve_role` over the passages' sentences (no work unless the question asks about a role)."""
    return resolve_role(ask, [s for h in hits for s in passage_sentences(h)]) if ask.role else ask


def voiced(ask: Asked, quotes: Sequence[Quote]) -> bool:
    """One of the quotes is the words of the source the question asks about."""
    return any(speaker_match(q.links, ask.speakers) for q in quotes) if ask.said else False
