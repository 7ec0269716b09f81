"""A price asked by its noun is given by any noun of price beside a sum (pure functions of the ranking).

"What was Hillary Clinton's usual fee for giving a speech?" is answered by "Her standard rate was $225,000.", a
sentence that shares no content word with the question but "Clinton", while the best-scoring one tells a total ("was
paid a total of $675,000 for them"). A fee, a price, a charge and a rate are one measure when they name a sum of money:
the price of one thing. So a question asking for a price by one of these nouns (singular: one thing's price) opens with
the close quote that names one of them, singular, a few words from a sum of money, when the best one names none so.
A plural ("nearly $10 million in speaking fees") sums many prices; "rate" alone is asked of a tax or a pulse too, so a
question asking a "rate" is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.openers import first_close
from app.answer.select import Quote
from app.attribution.figures import figures

PRICE_ASKED = frozenset("fee price charge".split())  # nouns that ask only for a price
PRICE_NOUNS = PRICE_ASKED | {"rate"}  # nouns that give one beside a sum of money ("her standard rate was $225,000")
PRICE_WORDS = 5  # words from the noun to its sum or back ("the price of a permit is $5,000")
_ASKED = re.compile(rf"^\W*what\s+(?:was|is|were|are|would\s+be|will\s+be)\b.*?\b(?:{'|'.join(PRICE_ASKED)})\b",
                    re.I)
_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(PRICE_NOUNS))})\b", re.I)
_WORD = re.compile(r"[\w$’'.,-]*\w")


def asks_price(question: str) -> bool:
    """"What was / is … <fee | price | charge> …?": the question asks one thing's price by its noun."""
    return _ASKED.search(question) is not None


def gives_price(text: str) -> bool:
    """A price noun, singular, within PRICE_WORDS words of a sum of money in the sentence (the first counted)."""
    sums = [m.start() for f in figures(text) if f.unit == "dollar" for m in re.finditer(re.escape(f.text), text)]
    nouns = [m.start() for m in _NOUN.finditer(text)]
    return any(len(_WORD.findall(text[min(i, j):max(i, j)])) <= PRICE_WORDS for i in nouns for j in sums)


def price_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What was X's fee / price …?" opens with: 0, unless the best quote
    names no price beside a sum and one within ACT_MARGIN does (`gives_price`)."""
    if not ranked or not asks_price(question) or gives_price(ranked[0].text):
        return 0
    return first_close(ranked, lambda q: gives_price(q.text))
