"""What a negation denies: the first content word after it ("did not otherwise have sufficient funds": "sufficient";
"never offered him the job": "offered"; "in any way helps": "helps"), past stop words and adverbs.

A pure function over one sentence, cached per text; `app/answer/agree.py` reads it for a question that asks for a
thing, a reason or a manner (what / why / how / which): there, a negation disputes another quote's answer only when it
denies the very act asked ("did not spend"), not another act the sentence negates on the way ("criticized for not
tracking marijuana")."""

from __future__ import annotations

import re

from app.attribution.contradict import NEGATION
from app.text.terms import STOPWORDS, per_text, terms

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# words between a negation and what it denies that deny nothing themselves: adverbs ("not otherwise", "never even")
_ADVERB = re.compile(r"\w+ly|otherwise|even|ever|always|yet|necessarily", re.IGNORECASE)
HEAD_REACH = 80  # characters after a negation in which its first content word stands


@per_text(maxsize=1 << 12)
def negated_heads(text: str) -> frozenset[str]:
    """The terms of the first content word after each negation in `text` (`NEGATION`)."""
    heads: set[str] = set()
    for m in NEGATION.finditer(text):
        word = next((w for w in _WORD.findall(text, m.end(), m.end() + HEAD_REACH)
                     if w.lower() not in STOPWORDS and not _ADVERB.fullmatch(w)), None)
        if word is not None:
            heads.update(terms(word))
    return frozenset(heads)
