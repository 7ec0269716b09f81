"""An exception its own outlet tells after a negation (issue 14 point 1): "For instance, lawmakers did not read the
18th Amendment, which imposed prohibition on liquor in 1919. However, they did read the 21st Amendment, which repealed
prohibition in 1933." A sentence that opens on a contrast ("However", "But", "Still", "Yet", …) and asserts what the
sentence before it denied ("read") tells an exception to that negation: its outlet tells the negation too. Another
outlet's sentence denying the same ("superseded passages … would not be read") agrees with that account, it does not
dispute it: the two outlets tell one fact, one of them with its exception.
"""

from __future__ import annotations

import re

from app.answer.quote import Quote
from app.answer.sentence_before import sentence_before
from app.attribution import contradict as cx
from app.attribution.negated_heads import negated_heads
from app.text.terms import term_set

# a sentence opening on a contrast with the one before it
_CONTRAST = re.compile(r"^\W*(?:however|but|still|yet|nonetheless|nevertheless|even so)\b", re.IGNORECASE)


def excepted(before: str, text: str) -> frozenset[str]:
    """What `text` asserts as an exception to the negation of the sentence `before` it: the negated heads of `before`
    (`negated_heads`) that `text` holds, when `text` opens on a contrast and denies nothing itself."""
    if _CONTRAST.match(text) is None or cx.negated(text):
        return frozenset()
    return negated_heads(before) & term_set(text)


def tells_exception(q: Quote) -> frozenset[str]:
    """What `q` asserts as an exception to the negation of the sentence before it in its passage (`excepted`)."""
    before = sentence_before(q) if _CONTRAST.match(q.text) is not None else None
    return frozenset() if before is None else excepted(before, q.text)


def told_exception(a: Quote, b: Quote) -> bool:
    """One quote denies what the other asserts, and the asserting one tells an exception to its own outlet's negation
    of the same (`excepted`): the outlets agree on the negation, one of them names an exception."""
    for n, o in ((a, b), (b, a)):
        if (heads := negated_heads(n.text)) and tells_exception(o) & heads:
            return True
    return False
