"""Is a "said" in an answer to a why-question the subject's own account, or another person's words about it?

A why-question is answered in news writing by a word of cause or purpose, or by the subject's own account ("The
FBI began investigating the charges, an agent said, …": one who speaks for the subject). Another person's words
about the subject are no reason: "Memories have faded, he said, and Wal-Mart did not keep good records" (he: the
plaintiffs' lawyer named just before) restates "Why did Wal-Mart not keep good records …?". A "said" is the
subject's own unless its speaker is a capitalised name without a word of the question's names ("Sellers said"), or a
pronoun ("he said") where the text before it in the quote, or the sentence before, names a speaker ("Mr. Sellers
said …", "Sellers said") and no word of the question's names: news writing's "he said" continues the last named
speaker. A question that names no one is not read (every "said" counts). Pure functions over a quote's text and
the sentence before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.terms import terms

_PRONOUNS = frozenset("he she they".split())
# A named speaker: "Mr. Sellers said", "Sellers said", "Joseph Sellers, the women's lawyer, argued"
_NAMED_SPEAKER = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z][\w'’-]+|\b[A-Z][a-z][\w'’-]*(?:,[^,]{1,60},)?\s+"
                            r"(?:said|says|told|argued|added|asked|contended|noted|wrote)\b")


def others_said(said_at: int, text: str, before: str, names: Sequence[frozenset[str]]) -> bool:
    """The "said" at `said_at` in `text` gives the words of someone other than the question's `names` (module
    docstring); `before`: the sentence before the quote ("" when not known)."""
    if not names:
        return False
    asked = frozenset().union(*names)
    clause = re.split(r"[.;:!?,—–“”\"]\s*", text[:said_at])[-1].split()
    if not clause:  # "…, said Mr. Sellers." : the speaker follows
        clause = re.split(r"[.;:!?,—–]", text[said_at:])[0].split()[1:4]
    speaker = clause[-3:]
    if set(t for w in speaker for t in terms(w)) & asked:
        return False
    if speaker and speaker[-1].casefold() in _PRONOUNS:
        earlier = before + " " + text[:said_at]
        named = [m.group() for m in _NAMED_SPEAKER.finditer(earlier)]
        return bool(named) and not any(set(terms(n)) & asked for n in named)
    return bool(speaker) and speaker[-1][:1].isupper() and not speaker[-1].isupper()
