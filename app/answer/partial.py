"""The partial answer: the sources are about what was asked, but none of them reports it.

"Not covered: none of the indexed sources reports the figure asked for (“How many times did the ad
air?”). Related, from the sources:" and at most RELATED_MAX related quotes, each labelled with its
outlet. The answer abstains (`abstained`, and `not_covered` says what is missing), so a reader, a
client and the eval all count it as "not covered"; the quotes only show what the sources do say
nearby. What is missing is named by the kind of thing asked for (a date, a figure, a name, an
outcome, whether something happened), never by the question's claim in byline's own voice: the
question itself stands in quotation marks. When a source says what is asked was not told or not known ("It was
unclear where Mr. Bush got the figure", `untold.says_unknown`), the reply says so and quotes it first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.about import disputed_point
from app.answer.asked import said_by
from app.answer.attribute_asked import attribute_asked
from app.answer.compose import Carried, Writer
from app.answer.measure import measure_asked
from app.answer.venue import main_venue_name
from app.answer.select import Quote
from app.answer.sides import CLOSE, MAX_CANDIDATES
from app.answer.untold import says_unknown
from app.models import Answer, NotCoveredPart
from app.registry import Registry

NOT_COVERED = "Not covered:"
RELATED = "Related, from the sources:"
RELATED_MAX = 2

_KINDS = (  # (what the question's opening asks for, how the answer names what is missing)
    (re.compile(r"^\W*(?:when\b|(?:on|in|by)\s+what\s+(?:day|date|year|month)\b|what\s+(?:day|date|year)\b)", re.I),
     "the date asked for"),
    (re.compile(r"^\W*how\s+old\b", re.I), "the age asked for"),
    (re.compile(r"^\W*how\s+long\b", re.I), "the length of time asked for"),
    (re.compile(r"^\W*how\s+(?:many|much|often|far|large|big)\b", re.I), "the figure asked for"),
    (re.compile(r"^\W*(?:who|whom|whose|what\s+(?:is|was|are|were)\s+the\s+names?\s+of)\b", re.I),
     "the name asked for"),
    (re.compile(r"^\W*where\b", re.I), "the place asked for"),
    (re.compile(r"^\W*(?:will|would|is\s+\S+(?:\s+\S+)?\s+going\s+to)\b", re.I), "whether it will happen"),
    (re.compile(r"^\W*(?:did|was|were|has|have|had|is|are|does|do)\b", re.I), "whether it happened"),
)
_WHAT_NOUN = re.compile(r"^\W*(?:what|which)\s+(?P<noun>[a-z]+)\s+(?:did|does|do|was|were|is|are|has|have|had|will)\b",
                        re.I)
_WHAT_BARE = re.compile(r"^\W*(?:what|how)\s+(?:did|does|do|has|have|will)\b", re.I)


def missing(question: str) -> str:
    """What the question asks for, in neutral words: "the date asked for", "the plea asked for"."""
    q = disputed_point(question) or question
    for rx, words in _KINDS:
        if rx.search(q):
            return words
    who = said_by(q)  # "What did the ACLU say about …": what the ACLU said about it (told Politico)
    if who:
        venue = main_venue_name(q)
        return f"what {who} told {venue}" if venue else f"what {who} said about it"
    measure = measure_asked(q)  # "What was her heart rate …": the rate asked for
    if measure is not None:
        return f"the {measure.noun} asked for"
    noun = attribute_asked(q) or ""  # "Which hospital treated …": the hospital asked for
    if noun:
        return f"the {noun} asked for"
    m = _WHAT_NOUN.search(q)
    if m:
        return f"the {m.group('noun').casefold()} asked for"
    return "the outcome asked for" if _WHAT_BARE.search(q) else "what was asked"


def related(ranked: Sequence[Quote]) -> list[Quote]:
    """The best related quote, and one more from another outlet when it scores within CLOSE of it."""
    if not ranked:
        return []
    out = [ranked[0]]
    for q in ranked[1:]:
        if len(out) >= RELATED_MAX or q.score < ranked[0].score - CLOSE:
            break
        if all(q.outlet != o.outlet for o in out):
            out.append(q)
    return out


def not_covered(question: str, ranked: Sequence[Quote], registry: Registry, carried: Carried | None = None) -> Answer:
    """The partial answer: what no source reports, then the related quotes, flagged as related."""
    what = missing(question)
    point = disputed_point(question)
    asked = f" (\u201c{point}\u201d)" if point else ""
    w = Writer(registry, carried)
    withheld = says_unknown(question, ranked[:MAX_CANDIDATES])  # "It was unclear where Mr. Bush got the figure"
    told = "; one says it was not told or not known" if withheld else ""
    w.lines.append(f"{NOT_COVERED} none of the indexed sources reports {what}{asked}{told}.")
    quotes = related(ranked)
    if withheld is not None:
        quotes = [withheld, *(q for q in quotes if q.outlet != withheld.outlet)][:RELATED_MAX]
    if quotes:
        w.lines.append(RELATED)
        w.lines.extend(w.quote_line(q, side=False) for q in quotes)
    return Answer(question=question, answer="\n".join(w.lines), abstained=True, contested=False,
                  citations=w.citations, not_covered=what)


def untold_parts(parts: Sequence[str]) -> list[NotCoveredPart]:
    """Each part of a two-part question no source answers, with what it asks for and the line saying so: "Not covered:
    none of the indexed sources reports the figure asked for (“How much does the program cost each year?”)."."""
    out = []
    for part in parts:
        what = missing(part)
        line = f"{NOT_COVERED} none of the indexed sources reports {what} (\u201c{part}\u201d)."
        out.append(NotCoveredPart(part=part, missing=what, line=line))
    return out
