"""A sentence whose subject is 'he' or 'she', with no verb of saying, that sets off someone's words in quotation marks,
right after a sentence quoting the person the pronoun refers to: 'He pointed to a group of store managers who “are
alleged to be both discriminators and victims.”' The quoted words are that speaker's, as the sentence before's were.
Not a few words in the reporter's clause (`narrated`: 'He called it a “farce”'), not a passive ('She was accused of
“…”': the words are someone else's), not after a sentence quoting anyone else."""

from __future__ import annotations

import re

from app.attribution.links import QUOTES, Link
from app.attribution.narrated import fragments_only
from app.attribution.quotemarks import has_quotes

_SUBJECT = re.compile(r"^\s*(He|She)\s+(?!(?:is|was|were|has\s+been|had\s+been|had\s+to|got|gets|became)\b)[a-z]")


def pronoun(text: str) -> str | None:
    """'He' / 'She' opening a sentence that quotes words and whose verb is no passive or copula; else None."""
    m = _SUBJECT.match(text)
    return m.group(1) if m and has_quotes(text) and not fragments_only(text) else None


def quoting(i: int, sents: list, people) -> tuple[Link, ...]:
    """Sentence i's chain by this rule (`chains._Sent`s, `coref.People`): the sentence before's own chain when it has
    no chain of its own, is outside any quotation, opens with 'He'/'She' (`pronoun`) and the sentence before's last
    link quotes the person the pronoun refers to; else ()."""
    s = sents[i]
    if i == 0 or s.links or s.quote or s.run is not None or not (p := pronoun(s.text)):
        return ()
    prev = tuple(link for link in sents[i - 1].links if link not in sents[i - 1].nested)
    who = people.antecedent(p)
    return prev if prev and who is not None and prev[-1].role == QUOTES and prev[-1].name == who.name else ()
