"""The words by which a sentence may name a role ("Hunter's spokesman", "her doctor", "Dr. Lisa Bardack"), whatever the
question: each token's stem, and the role a title abbreviation stands for ("dr" → doctor).

A question about someone's role (`app.answer.roles`) looks for the role's holder in sentences holding a word of the
role, so a sentence without one is never read for it. None depends on the question: ingest finds them once per
sentence and stores them with the document's sentences (`app.store.sentences`), and at ask time an article's passages
holding none of the role's words are not cut, split or tokenised (`roles.RoleWords`).
"""

from __future__ import annotations

import re

from app.text.terms import stem

# Bump when `tokens`, TITLE_ROLES or `role_words` change what they give: stored role words of another are not used.
ROLES_VERSION = 1

TITLE_ROLES = {"dr": "doctor", "sen": "senat", "rep": "repres", "gov": "governor", "prof": "professor"}
_TOKEN = re.compile(r"[\w’'-]+|,")
_POSSESSIVE_END = re.compile(r"[’']s?$")


def tokens(text: str) -> list[str]:
    """The words and commas of `text`, in lower case, without a possessive ending ("Hunter's" → hunter)."""
    return [_POSSESSIVE_END.sub("", t.casefold()) for t in _TOKEN.findall(text)]


def role_words(text: str) -> frozenset[str]:
    """Every stem a role asked about may match in `text`: each word's stem, and the role of a title abbreviation
    (`TITLE_ROLES`). A role (a set of stems) names no one in a text whose role words hold none of it."""
    words = [t for t in tokens(text) if t != ","]
    return frozenset(stem(w) for w in words) | {TITLE_ROLES[w] for w in words if w in TITLE_ROLES}
