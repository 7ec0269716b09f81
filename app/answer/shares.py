""""What share / what (tax) rate …": which questions ask for a proportion, and which sentences give one (pure).

A proportion is answered by a percent ("an effective federal tax rate of 35.7 percent", "two-thirds of") or a share
in words ("one in seven"), not by a sum or a count: "paid nearly $44 million in federal income taxes" names the act of
"What share of their 2014 income did the Clintons pay in federal taxes?" and a figure, but not the share asked, and "I
have paid a higher tax rate than the Clintons" names the rate without giving it. `opening` reads both: the quote that
gives the proportion opens a plain answer (`share_first`), and a quote naming the act answers only with one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.openers import first_close
from app.answer.select import Quote
from app.attribution.figures import figures
from app.text.terms import per_text

# "What share / percentage / proportion …", "what tax rate", "what percent of …", "how large a share of …"
# (the words between modify the noun: "What did he rate …" asks no rate)
_MODIFIER = r"(?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|he|she|it|they|we|you|i)\s)" \
    r"[a-z]+\s+"
SHARE_ASKED = re.compile(rf"\bwhat\s+(?:{_MODIFIER}){{0,3}}?(?:share|percentage|percent|proportion|fraction|rate)\b|"
                         r"\bhow\s+(?:large|big|high|small)\s+(?:a\s+)?(?:share|percentage|proportion|fraction|rate)\b",
                         re.I)
_NUMBER_WORD = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
# "nearly one in seven reports", "two out of three", "half of", "a third of"
_IN_WORDS = re.compile(rf"\b{_NUMBER_WORD}\s+(?:in|out\s+of)\s+(?:every\s+)?{_NUMBER_WORD}\b|"
                       r"\b(?:half|a\s+(?:third|quarter|fifth|tenth))\s+of\b", re.I)


@per_text(maxsize=1 << 8)  # the question's: read for each quote an opening rule tests
def asks_share(question: str) -> bool:
    """The question asks for a proportion (`SHARE_ASKED`)."""
    return SHARE_ASKED.search(question) is not None


def gives_share(text: str) -> bool:
    """The sentence gives a proportion: a percent figure, or a share in words."""
    return _IN_WORDS.search(text) is not None or any(f.unit == "percent" for f in figures(text))


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def share_given(question: str, text: str) -> bool:
    """The sentence gives the proportion a question asks for, for every year the question names ("the Clintons’ 2014
    tax rate: 30 percent" for "What tax rate … paid in 2014?"; not "tax rate for 2014 was 35.7 percent" for "… over
    2007 through 2014?", a rate of one year of the eight)."""
    return asks_share(question) and gives_share(text) and set(_YEAR.findall(question)) <= set(_YEAR.findall(text))


def answers_share(question: str, text: str) -> bool:
    """A question asking for a proportion ("What share / what tax rate …", `shares.asks_share`) is answered only by a
    quote that gives one; any other question by any quote."""
    return not asks_share(question) or gives_share(text)


def share_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What share / what tax rate …" opens with: 0, unless the best quote
    gives no proportion and one within ACT_MARGIN does ("paid an effective federal tax rate of 35.7 percent", not the
    lead's "paid nearly $44 million in federal income taxes")."""
    if not ranked or answers_share(question, ranked[0].text):
        return 0
    return first_close(ranked, lambda q: gives_share(q.text))
