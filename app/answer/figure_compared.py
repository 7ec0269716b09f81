"""A sentence that sets its figure against another source's figure of the same quantity, in so many words.

"The Department of Environmental Quality estimates that 9,000 gallons leaked, more than four times the company's
figure"; "about 900 permanent jobs, far fewer than the 4,000 the mayor has promised"; "less than 400 million crowns,
a small fraction of what the government claims"; "the reform would save 2.1 billion crowns a year — less than half of
what Finance Minister Edvard Holm has claimed"; "'well under a third' of the figure the haulage lobby gave". The
sentence itself says its figure and another's count one thing and differ, so neither the ratio bound of two
independent sentences (`figures.MAX_RATIO`, for sentences that may count different things) nor the rule that a
sentence giving the other's figure agrees with it applies. The reading: a comparative ("more / fewer / less than",
"under", "N times", "half", "a fraction") followed, within a few words, by "the / what / that" and a word that points
at another's figure as a claim ("figure", "estimate", "claims", "promised", "said", "gave"); a comparison with a
figure of another thing ("twice the national average", "half of what it cost last year") names no claim and is none.
"""

from __future__ import annotations

import re

# a comparative or a multiple ("more than four times", "far fewer than", "a small fraction of", "under a third of")
_COMPARATIVE = (r"(?:(?:more|less|fewer|lower|higher|smaller|larger|bigger|greater)\s+than|under|over)?\s*"
                r"(?:(?:a|one)\s+)?(?:(?:small|tiny)\s+)?(?:half|third|quarter|tenth|fifth|fraction|twice|double|"
                r"triple|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times)\b"
                r"|\b(?:more|less|fewer|lower|higher|smaller|larger|bigger|greater)\s+than")
# what the comparison is with: another's figure, named as a claim
# ("the number", "the total" are left out: "twice the number of deaths recorded last year" compares two quantities)
_CLAIMED = (r"figure|figures|estimate|estimates|claim|claims|claimed|claiming|promised|"
            r"promises|pledged|said|says|gave|gives|given|put|puts|reported|cited|forecast|forecasts|projected|"
            r"projection|projections")
COMPARED = re.compile(rf"\b(?:{_COMPARATIVE})['’\"”]?\s+(?:of\s+)?(?:the|what|that)\b[^.;!?]{{0,50}}?"
                      rf"\b(?:{_CLAIMED})\b", re.IGNORECASE)


def compares_claim(text: str) -> bool:
    """The text sets its figure against another's figure, named as a claim (module docstring)."""
    return COMPARED.search(text) is not None


# the compared claim's source: the comparative, the claim's figure, its holder, then the verb of claiming ("far fewer
# than the 4,000 the mayor has promised": the mayor; "less than half of what Finance Minister Edvard Holm has claimed")
_CLAIM_SOURCE = re.compile(rf"^\W*(?:(?:far|much|well)\s+)?(?:{_COMPARATIVE})['’\"”]?\s+(?:of\s+)?"
                           rf"(?:the|what|that)\s+(?:\$?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+)?"
                           rf"(?P<who>[^,;:“”\"]{{2,60}}?)\s+(?:(?:has|had|have)\s+)?(?:{_CLAIMED})\b", re.IGNORECASE)


def compared_at(sentence: str) -> int | None:
    """Where the sentence's comparison with another's claim starts (`COMPARED`), or None."""
    m = COMPARED.search(sentence)
    hedge = re.search(r"\b(?:far|much|well)\s+$", sentence[: m.start()]) if m else None  # "far fewer than"
    return None if m is None else hedge.start() if hedge else m.start()


def claim_source(clause: str) -> str | None:
    """The holder of the claim a clause opening with the comparison names ("far fewer than the 4,000 the mayor has
    promised": "the mayor"), or None."""
    m = _CLAIM_SOURCE.match(clause)
    return " ".join(m.group("who").split()) if m else None
