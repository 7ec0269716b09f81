"""Does a quote report the event a question asks about, or only mention it as a prospect?

Questions near a corpus's topics often ask how something ended ("Did Congress pass the Equal
Rights Amendment…?", "What did Trump say when he vetoed…?") while the articles, written before,
mention the event only as something sought, advised or owed ("push for passage", "advised to
veto", "owed … an apology"), or not at all. The event is the verb of a "Did <subject> <verb>"
question or of a "when <subject> <verb>" clause. A quote reports it when a word of the same stem
(or the same first letters) stands in it outside a prospective frame: a negation ("did not pass")
is a report too, since it answers the question. Pure functions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.terms import STOPWORDS, stem

_AUX = r"(?:was|were|is|are|had|has|have|been|being)"
_SUBJECT = r"(?:(?:the|a|an|his|her|their)\s+)?(?:[A-Z0-9][\w.'’-]*\s+){1,4}"
_DID_CASE = re.compile(rf"^\W*(?:did|Did)\s+{_SUBJECT}(?P<verb>[a-z]+)")
_WHEN = re.compile(rf"\bwhen\s+(?:(?:he|she|it|they|we|[A-Z][\w.'’-]*)\s+)?(?:{_AUX}\s+)?(?P<verb>[a-z]+)")
PROSPECT = re.compile(
    r"\b(to|will|would|could|should|might|may|if|whether|hopes?|hoped|push(?:es|ed|ing)?|call(?:s|ed)?\s+for|"
    r"urg(?:e|es|ed|ing)|owe[ds]?|plan(?:s|ned)?|seek(?:s|ing)?|advised|expected|wants?|demand(?:s|ed)?|"
    r"threaten(?:s|ed)?|considering|possible|potential)\b", re.IGNORECASE)
FRAME_WORDS = 4  # a prospect cue this many words before the event word frames it
PREFIX = 4  # or fewer letters of a short word: "sent" reports "send", "apology" reports "apologize"


def events(question: str) -> list[str]:
    """The verbs of the events the question asks happened (lower case), if any."""
    found = [m.group("verb") for rx in (_DID_CASE, _WHEN) for m in rx.finditer(question)]
    return [v for v in dict.fromkeys(found) if v not in STOPWORDS and len(v) > 2]


def _same(event: str, word: str) -> bool:
    n = min(PREFIX, len(event) - 1)
    return stem(word) == stem(event) or word[:n] == event[:n]


def reported(event: str, text: str) -> bool:
    """`text` names the event outside a prospective frame."""
    words = [w.casefold() for w in re.findall(r"[\w’']+", text)]
    for i, w in enumerate(words):
        if _same(event, w) and not PROSPECT.search(" ".join(words[max(0, i - FRAME_WORDS) : i])):
            return True
    return False


def unreported(question: str, texts: Sequence[str]) -> list[str]:
    """The question's events that none of `texts` reports (empty: nothing to check, or all reported)."""
    return [e for e in events(question) if not any(reported(e, t) for t in texts)]
