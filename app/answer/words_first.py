"""Where a plain answer to "What did the announcer / the ad say?" opens: with words in quotation marks, not a
description of them, unless the best quote tells what the document asked about says (pure, on ranked quotes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.source_asked import said_by
from app.answer.document_said import document_speaks
from app.answer.openers import first_close
from app.answer.quote import Quote
from app.answer.said import DIRECT

# "What did X call for / call on Y to do?": an appeal, reported in any words
_APPEAL = re.compile(r"\bcall(?:s|ed|ing)?\s+(?:on|for|upon)\b", re.I)
# Reported speech: a verb of saying or reporting, then (past a few words of where or when, no clause break) "that" and
# the words said, in the reporter's wording ("The Brisk Gazette reported that a night guard said …", "said in its
# quarterly report in August that it had removed …"): what was said, not a description of it
INDIRECT = re.compile(r"\b(?:said|says|told|tells|reported|reports|wrote|writes|stated|states)\b"
                      r"[^.;:!?“”\"]{0,60}?\bthat\s", re.I)


def words_first(ask: Asked, question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What did X say / tell …" opens with: 0, unless the best quote
    quotes no words and one within ACT_MARGIN does ("A voice-over at the end of the ad underscores the prime
    minister's message: “The world needs American strength …”" for "What does the announcer say at the end of
    the ad?"): what was said is asked, not a description of it. Only when the question names no one ("the
    announcer"): a named source's own quotes come first by `speaker_first` and `said_first`. Not for an appeal
    ("What did environmental groups call for …?"): what was called for is asked, which a report of it gives ("…
    called for more restrictions on trophy hunting") as well as the words; nor when the best quote tells what
    the document asked about says ("The ad features …": `said.document_first`), not a person's words about it; nor
    when it gives the words in reported speech ("The Gazette reported that a night guard said …", `INDIRECT`)."""
    if not ranked or ask.said or not said_by(question) or _APPEAL.search(question) or DIRECT.search(ranked[0].text) \
            or INDIRECT.search(ranked[0].text) or document_speaks(ask.document, ranked[0].text):
        return 0
    return first_close(ranked, lambda q: DIRECT.search(q.text) is not None)
