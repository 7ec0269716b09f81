"""Sentences that open by pointing back to the one before (pure, of the sentence alone): "The remark was widely
seized upon by Republicans …" follows "… Mrs. Clinton said last year that she and her husband were “dead broke” …";
"Those firms have denied …" follows "… the huge computer servers at Google, Microsoft, Facebook and similar
companies"; "That campaign started Wednesday …" follows "… the Republican Jewish Coalition has launched a … TV
advertising blitz"; "The change marks a shift …" follows the notice that made the change. What such an opener stands
for is named in the sentence before it: a quote of the opener's sentence alone does not carry it
(`app.answer.select.extend` joins the sentence before).

Two forms in news writing: a demonstrative ("That", "This", "These", "Those", "Such"), as a determiner or alone
("That did not satisfy Justice Scalia"), but not one of time ("This week", "That night": the sentence names its own
time); and "The" before a noun of something said or done whose own words do not follow ("The comment comes …", not
"The decision to lift the ban …", "The decision regarding elephants …"). Not inside a quotation (a sentence opening
with a quotation mark is someone's words, whose "this" is theirs).
"""

from __future__ import annotations

import re

# what a writer refers back to with "The …": a remark, a move, a decision someone made in the sentence before
_DONE = (r"remarks?|comments?|statements?|moves?|decisions?|announcements?|steps?|reversal|tweets?|criticism|"
         r"accusations?|admission|reaction|suggestion|threats?|pledge|promise|vow|change|shift|split|gesture|"
         r"rebuke|outburst|episode|incident|exchange")
_TIME = (r"year|years|week|weeks|weekend|month|months|morning|afternoon|evening|night|day|days|time|times|season|"
         r"summer|fall|autumn|winter|spring|term|session|week's|year's")
# words after the noun that give it its own content: "The decision to …", "The comment by …", "The move, which …"
_OWN = r"of|to|that|by|from|regarding|about|on|in|for|with|against|over|which|who"
POINTS_BACK = re.compile(
    rf"(?:(?:That|This|These|Those|Such)\b(?!['’]s\b)(?!\s+(?:{_TIME})\b)"
    rf"|The\s+(?:{_DONE})\b(?!\s*,|\s+(?:{_OWN})\b))")


def points_back(text: str) -> bool:
    """`text` opens by pointing back to the sentence before it (see above)."""
    return POINTS_BACK.match(text.lstrip()) is not None


# "Mr. Trump’s remarks came in a telephone interview with The Times …", "His comments were made during …", "The
# remarks came …": a sentence that refers back to the words just quoted by their owner's possessive (or "The") and
# says where they were made
_REMARKS_MADE = re.compile(r"(?:(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*['’]s?|His|Her|Their|The)\s+"
                           r"(?:remarks?|comments?|words|statements?)\s+(?:came|were\s+made|was\s+made)\b")


def tells_where_made(text: str) -> bool:
    """`text` opens by referring back to the remarks just quoted and saying where they were made (see above)."""
    return _REMARKS_MADE.match(text.lstrip()) is not None
