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
            asked: frozenset[str]) -> bool:
    """`after`, the sentence after `text`, answers on from it: a short quotation under the same chain after the
    quotation `text` attributes, holding a term `asked` that the quoted words of `text` lack (only the reporter's
    words around them name it): `“I know them,” Mr. Trump said, specifically invoking Gov. Chris Christie. |
    “Christie was excellent yesterday.”` for "What did Trump say about Christie?"."""
    if not links or after_links != links or len(after.split()) >= SHORT_GOES_ON \
            or _QUOTATION_OPENS.match(after) is None or _ATTRIBUTION_TRAILS.search(text.rstrip()) is None:
        return False
    return bool((asked & term_set(after)) - term_set(quoted(text, _opens_inside(text))))


def _opens_inside(text: str) -> bool:
    """The sentence opens inside a quotation an earlier sentence opened: its first quotation mark closes it."""
    marks = [c for c in text if c in "“”\""]
    if not marks:
        return False
    curly = "“" in marks or "”" in marks
    return marks[0] == "”" if curly else len(marks) % 2 == 1
