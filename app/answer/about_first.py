""""What did X say about <a person>?" opens with X's close words naming that person, when the best quote names them
neither by name nor by a personal pronoun.

The kind of answer such a question asks for is a sentence where X speaks and the person asked about is named. The
best-scoring sentence is often X on something else of the same story (X's name and voice match the question well):
"“I think it's highly inappropriate …,” Mr. Trump said" for "What did Trump say about Joni Ernst?". When the best quote
holds no word of the person's name (in any form, `denied_first.lacks`) and no he / she / him / her / his (it may
name them so: "telling CNN: “He is a faker.”"), a close quote in X's voice holding a word of the name opens. Only a
person named bare: a thing ("about the election bill", "about Justice Ginsburg's remarks") is told by "it", "the
measure", "those remarks" as often as by its words, so no word test can say the best quote is not about it. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.answer.asked import Asked
from app.answer.denied_first import lacks
from app.answer.select import Quote
from app.text.terms import per_text, term_set

# "What did X say about Joni Ernst", "What has X said about Newt Gingrich as …": a bare name (no possessive) after
# "about", or "How did X describe Mike Flynn as …"
_ABOUT = re.compile(r"^\W*(?i:what|how)\b[^?]*?\b(?:(?i:say|said|says|tell|told|tells|think|thinks|thought)\b[^?]*?"
                    r"\b(?i:about)|(?i:describe|describes|described))\s+"
                    r"(?P<about>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?=\s+[a-z]|\s*[?,;.]|\s*$)")
_PERSONAL = re.compile(r"\b(?:he|she|him|her|his|hers)\b", re.I)  # a pronoun that may stand for the person


@per_text(maxsize=1 << 8)
def about_terms(question: str) -> frozenset[str]:
    """The stems of the name of the person "… say about <Name>?" asks X about, or empty."""
    m = _ABOUT.match(question)
    return term_set(m.group("about")) if m else frozenset()


def about_first(ask: Asked, question: str, ranked: Sequence[Quote], close: Sequence[int],
                voiced: Callable[[Quote], bool]) -> int:
    """The position of the quote a plain answer to "What did X say about Y?" opens with: 0, unless the best quote
    names that person neither by a word of the name nor by a personal pronoun (`_other_pronoun`), and a close one in
    X's voice (`voiced`) holds a word of the name."""
    topic = about_terms(question) - term_set(" ".join(sorted(ask.speakers)))
    if not ranked or not ask.said or not topic or lacks(ranked[0].text, topic) != topic \
            or _other_pronoun(ranked[0].text, ask.speakers):
        return 0
    return next((j for j in close if j < len(ranked) and lacks(ranked[j].text, topic) != topic
                 and voiced(ranked[j])), 0)


def _other_pronoun(text: str, speakers: frozenset[str]) -> bool:
    """`text` has a personal pronoun no word of X's name comes before: it may stand for the person asked about ("She
    doubled down, telling CNN: “He is a faker.”"); one after X's name is most likely X's own ("Mr. Trump said from
    Chicago, where he was raising money")."""
    folded = text.casefold()
    return any(not any(re.search(rf"\b{re.escape(w)}\b", folded[: m.start()]) for w in speakers)
               for m in _PERSONAL.finditer(folded))
