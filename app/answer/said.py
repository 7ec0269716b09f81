""""What did X say / post / tell …": X's own words open the answer — in quotation marks, or the words a
colon introduces — before narration about X (pure, on ranked quotes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.document_said import document_speaks, someone_elses
from app.answer.own_words import asked_point, on_point, restates
from app.answer.quote import Quote
from app.answer.signals import names_recipient, speaker_match
from app.attribution.speech import STRONG, WEAK


LEAD_IN_ENDS = (":", ":\u201d")  # a sentence ending so introduces the words that follow it ("…, saying:")
DIRECT_MARGIN = 0.2  # X's words in quotation marks come first when they score within this of X's best quote
SAID_MARGIN = 0.35  # "What did X say": X's own words come first unless they score this much lower
DOCUMENT_MARGIN = 0.5  # "What did X's ad say": wider than SAID_MARGIN (a sentence only naming the ad answers nothing)


# X's words told inside another voice's account: X's name (an apposition's comma after it), a verb of saying, and the
# opening quotation mark of X's words a few words on ("He said the plant manager, Dale Horvath, told him, 'It's …'")
_INTRODUCES = re.compile(rf"^,?\s+(?:{STRONG}|{WEAK})\b[^\"“”]{{0,30}}[\"“]", re.I)
_NAME_WORD = re.compile(r"[\w’'-]+")


def introduces_words(ask: Asked, text: str) -> bool:
    """`text` names the source asked about as the one who says the quoted words that follow (`_INTRODUCES`)."""
    return ask.said and any(m.group().casefold() in ask.speakers and _INTRODUCES.match(text[m.end():])
                            for m in _NAME_WORD.finditer(text))


def said_first(ask: Asked, quotes: list[Quote]) -> list[Quote]:
    """For a question about what a named source said, that source's quotes first (in score order)."""
    if not ask.said or not quotes:
        return quotes
    top = quotes[0].score
    own = [q for q in quotes if (speaker_match(q.links, ask.speakers, q.hit) or introduces_words(ask, q.text))
           and q.score >= top - SAID_MARGIN]
    if own:  # X's own words in quotation marks, nearly as good, before narration about X
        lead = own[0].score
        near = [q for q in own if (DIRECT.search(q.text) or introduced(q))
                and (q.score >= lead - DIRECT_MARGIN or restates(own[0], q))]  # X's words on X's reported point
        point = asked_point(ask)  # X's words on the point asked before X's words set off on another
        own.sort(key=lambda q: (not names_recipient(ask, q.text),  # X's words to whom the question names first
                                q not in near, q in near and not on_point(point, q),
                                q in near and not SET_OFF.search(q.text)))
        own = own if ask.labelled else _words_after_narration(own, quotes)  # "Did X call …": the report answers
    return own + [q for q in quotes if q not in own]


def document_first(ask: Asked, quotes: list[Quote]) -> list[Quote]:
    """For a question about what a document said, the quotes that pass on what it says first (in score order)."""
    if not ask.document or not quotes:
        return quotes
    top = quotes[0].score
    own = [q for q in quotes if q.score >= top - DOCUMENT_MARGIN and document_speaks(ask.document, q.text)
           and not someone_elses(ask.document, q.text, [link.name for link in q.links])]
    return own + [q for q in quotes if q not in own]


def introduced(q: Quote) -> bool:
    """X's words that a colon introduces ("X lashed out on Twitter, saying: | <the tweet>"), quotation marks or not."""
    c = q.hit.chunk
    return c.text[: q.start - c.start].rstrip().endswith(LEAD_IN_ENDS)


def _words_after_narration(own: list[Quote], quotes: Sequence[Quote]) -> list[Quote]:
    """When X's best quote narrates ("X told The Denver Post he spoke with …") and X's words in
    quotation marks follow it directly, with the same chain, those words answer "What did X tell …"
    and come first, the narration right after them. A report that quotes X's words itself, however few ("A spokesperson
    for Google says the company “cares deeply” about …"), is no narration: it keeps its place."""
    lead = own[0]
    if DIRECT.search(lead.text) or QUOTED.search(lead.text):
        return own
    c = lead.hit.chunk
    for q in quotes:
        gap = c.text[lead.end - c.start : q.start - c.start] if q.hit.chunk is c else "x"
        if q.start >= lead.end and not gap.strip() and q.links == lead.links and DIRECT.search(q.text):
            return [q, lead, *(o for o in own[1:] if o is not q)]
    return own


QUOTED = re.compile(r"[“\"]\w[^”\"]*[”\"]")  # words in quotation marks, however few ("cares deeply")
DIRECT = re.compile(r"[“\"]\w[^”\"]{20,}")  # a quotation of a few words at least
# X's words set off as a quotation: opening the sentence or after a comma or colon ("“Put big game trophy decision on
# hold …,” Mr. Trump tweeted", "first telling CNN, “I know …”"); among X's quotes nearly as good, these come before a
# few words embedded in the outlet's report of what X said ("Trump said he decided to put the “big game trophy
# decision on hold”")
SET_OFF = re.compile(r"(?:^\W*|[,:]\s*)[“\"]\w")
