"""A quotation going on in the next sentence: `“…,” X said, <the reporter's words>. | “<more of X's words>”`.

The sentence after a quotation whose attribution trails is, when it opens a quotation of its own under the same chain,
the same speaker going on (`“…,” he said. “…”`). It joins the quote when it is short and holds something the
question asks about that the attributed quotation's own words do not hold (pure)."""

from __future__ import annotations

import re

from app.attribution.links import Link
from app.attribution.quotemarks import quoted
from app.text.terms import term_set

SHORT_GOES_ON = 12  # words: a shorter quotation after it goes on with the same statement (as a short best one joins)
# a quotation whose attribution trails: the sentence's last quotation mark closes, the reporter's words follow it …
_ATTRIBUTION_TRAILS = re.compile(r"[”\"][^“”\"]*\w[^“”\"]*$")
_QUOTATION_OPENS = re.compile(r"^\W*?[“\"]\w")  # … and the next sentence opens a quotation: the speaker goes on


def goes_on(text: str, links: tuple[Link, ...], after: str, after_links: tuple[Link, ...],
            asked: frozenset[str], future: bool = False) -> bool:
    """`after`, the sentence after `text`, answers on from it: a short quotation under the same chain after the
    quotation `text` attributes, holding a term `asked` that the quoted words of `text` lack (only the reporter's
    words around them name it): `“I know them,” Mr. Trump said, specifically invoking Gov. Chris Christie. |
    “Christie was excellent yesterday.”` for "What did Trump say about Christie?"; or, for a question asking what
    X said will be done (`future`: `FUTURE_ASKED`), saying what someone will do where the quoted words of `text` do
    not: `“The fight … is far from over,” Paul Babaz … said in a statement. | “We will be more proactive …”`."""
    if not links or after_links != links or len(after.split()) >= SHORT_GOES_ON \
            or _QUOTATION_OPENS.match(after) is None or _ATTRIBUTION_TRAILS.search(text.rstrip()) is None:
        return False
    own = quoted(text, _opens_inside(text))
    return bool((asked & term_set(after)) - term_set(own)) or future and tells_future(after) and not tells_future(own)


# what someone will do: "We will be more proactive", "we’re going to appeal", "I won’t back down"
_FUTURE = re.compile(r"\b(?:will|won[’']t|shall|going\s+to|plan(?:s|ning)?\s+to)\b|\w[’']ll\b", re.I)
# a question asking what someone said will be done: "What did X say the group would do next?"
FUTURE_ASKED = re.compile(r"\b(?:say|said|tell|told)\b[^?]*?\b(?:would|will)\s+(?:\w+\s+)?(?:do|happen)\b", re.I)


def asks_future(question: str) -> bool:
    """The question asks what someone said will be done (`FUTURE_ASKED`)."""
    return FUTURE_ASKED.search(question) is not None


def tells_future(text: str) -> bool:
    """`text` says what someone will do (`_FUTURE`)."""
    return _FUTURE.search(text) is not None


def _opens_inside(text: str) -> bool:
    """The sentence opens inside a quotation an earlier sentence opened: its first quotation mark closes it."""
    marks = [c for c in text if c in "“”\""]
    if not marks:
        return False
    curly = "“" in marks or "”" in marks
    return marks[0] == "”" if curly else len(marks) % 2 == 1
