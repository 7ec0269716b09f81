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

from collections.abc import Sequence

from app.answer.compose import Carried, Writer
from app.answer.missing_words import asked_words, missing
from app.answer.select import Quote
from app.answer.sides import CLOSE, MAX_CANDIDATES
from app.answer.untold import says_unknown
from app.models import Answer, NotCoveredPart
from app.registry import Registry

NOT_COVERED = "Not covered:"
RELATED = "Related, from the sources:"
RELATED_MAX = 2


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
    w = Writer(registry, carried)
    withheld = says_unknown(question, ranked[:MAX_CANDIDATES])  # "It was unclear where Mr. Bush got the figure"
    told = "; one says it was not told or not known" if withheld else ""
    w.lines.append(line(question, told))
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
        out.append(NotCoveredPart(part=part, missing=missing(part), line=line(part, part=True)))
    return out


def line(question: str, told: str = "", part: bool = False) -> str:
    """The "Not covered" line: what no source reports (`missing_words.missing`), the reader's question quoted beside
    it (`asked_words`; a part of a question is quoted as it is split) and `told` ("; one says it was not told or not
    known")."""
    words = asked_words(question) or (question if part else None)
    asked = f" (\u201c{words}\u201d)" if words else ""
    return f"{NOT_COVERED} none of the indexed sources reports {missing(question)}{asked}{told}."
