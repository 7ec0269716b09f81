"""Does a quote give the measure a "What is / was the <measure> …" question asks for?

"What was Hillary Clinton's heart rate …", "What is the price of an elephant hunting permit …", "What
was Duncan Hunter's share of the vote …": the question names a measure (a rate, level, share, price,
cost, average, salary, size …), so only a figure of that measure answers it. A quote on the topic
with another figure ("her blood pressure was 100/65" for a blood sugar level, a campaign donation for
a permit price) or with none ("their elephant population" for its size) is related, not the answer.

A figure is of the measure when the word before the measure noun ("heart" rate, "sugar" level, "tax"
rate; the noun itself when nothing qualifies it) stands next to the figure, or when the figure's
unit is the measure's own (a percent for a share or rate, a dollar sum for a price or salary), or,
for a count (size, population, total, number), when what it counts stands next to it and it is no
percent ("the deer population shrank to 600,000"; "shrank 30 percent" is a change, not a size); and
the sentence names what the measure is "of" ("of the vote", "of an elephant hunting permit": half of its
words at least, as an article may word it otherwise) and the place it is pinned to ("the size of the elephant
population in Zimbabwe": "the number of African elephants … about 400,000" counts another population).
Pure functions, no model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.answer.durations import DURATION_ASKED
from app.attribution.figures import figures
from app.attribution.units import DISTANCE, TIME, unit_kind
from app.text.terms import STOPWORDS, per_text, stem, term_set, terms

# "How far is the town from the border?", "How far did the marchers walk?", "How far will mothers have to go to give
# birth?": a distance answers ("55 miles"); "go" / "come" only as an obligation to move or toward a place ("How far will
# the party go to win?", "How far will the board go in cutting costs?" ask a degree)
DISTANCE_ASKED = re.compile(r"(?:^|[,;:]\s*)\W*how\s+far\s+(?:away\s+)?(?:is|was|are|were)\b|\bhow\s+far\s+(?:did|does|"
                            r"do|will|would|can|could|must|should)\s+.+?\b(?:(?:travel|drive|walk|fly|run|march|"
                            r"ride|sail|swim|commut)\w*|(?:have|has|had|needs?)\s+to\s+(?:go|come)|"
                            r"(?:go|goes|going|gone|went|come|comes|coming)"
                            r"(?=\s+(?:from|back|home)\b|\s*[?.]|$))\b", re.I)


# "How many seconds long is the ad?", "How many hours did the reading take?", "How many miles …": a count in a unit of
# time or distance asks a figure in that kind of unit, as "how long" and "how far" do
_UNIT_COUNTED = re.compile(r"\bhow\s+many\s+(?P<unit>[a-z]+)\b", re.I)


def counted_unit(question: str) -> str:
    """The stem of the word a "how many <word>" question counts ("How many hours …": hour), else ''."""
    m = _UNIT_COUNTED.search(question)
    return stem(m.group("unit").casefold()).rstrip("e") if m else ""


def measured(question: str) -> str:
    """`units.TIME` for a how-long-did question or a count of units of time, `units.DISTANCE` for a how-far one or a
    count of units of distance, else ''."""
    if DURATION_ASKED.search(question):
        return TIME
    if DISTANCE_ASKED.search(question):
        return DISTANCE
    kind = unit_kind(counted_unit(question))
    return kind if kind in (TIME, DISTANCE) else ""


PERCENT_MEASURES = frozenset("share rate percentage percent proportion".split())
MONEY_MEASURES = frozenset("price cost salary wage fee income earnings budget value sum pay fine".split())
COUNT_MEASURES = frozenset("size population total amount number".split())
MEASURES = PERCENT_MEASURES | MONEY_MEASURES | COUNT_MEASURES | frozenset("level average median".split())
_WHAT_IS = re.compile(r"^\W*what\s+(?:is|was|are|were|will\s+be)\s+(?P<np>[^?]+)", re.I)
_WORD = re.compile(r"[\w’'.-]+")
# what the measure is of ends at a preposition or a clause: "of the vote (in the primary)"
_COMPLEMENT_END = re.compile(r"\b(?:in|at|on|for|to|from|with|by|as|during|after|before|since|that|who|which)\b")


@dataclass(frozen=True)
class Measure:
    noun: str  # the measure noun as written, lower case ("rate")
    key: str  # stem of the word that qualifies it ("heart"), or of the noun itself
    of: frozenset[str]  # terms of what it is a measure of ("vote", "h.r 1")
    also: str = ""  # stem of the noun too, when the qualifier is a participle ("estimated cost": a "cost" figure)
    where: frozenset[str] = frozenset()  # terms of the place it is pinned to ("… population in Zimbabwe": zimbabw)


@per_text(maxsize=1 << 8)  # the question's: parsed on the BM25 worker (`pipeline.read_question`)
def measure_asked(question: str) -> Measure | None:
    """The measure a "What is / was …" question asks for, or None (not such a question)."""
    m = _WHAT_IS.match(question)
    words = _WORD.findall(m.group("np")) if m else []
    at = next((i for i, w in enumerate(words) if w.casefold() in MEASURES), None)
    if at is None:
        return None
    while at + 1 < len(words) and words[at + 1].casefold() in MEASURES:  # "average salary": the salary is measured
        at += 1
    before = words[at - 1] if at else ""
    qualified = before[:1].islower() and before.isalpha() and before.casefold() not in STOPWORDS
    key = stem(before.casefold() if qualified else words[at].casefold())
    rest = " ".join(words[at + 1:])
    of = ""
    if rest.casefold().startswith("of "):
        of = _COMPLEMENT_END.split(rest[3:], maxsplit=1)[0]
    also = stem(words[at].casefold()) if qualified and before.endswith("ed") else ""
    place = _PLACE.search(rest)
    return Measure(words[at].casefold(), key, frozenset(terms(of)), also,
                   frozenset(terms(place.group("name"))) if place else frozenset())


# the place a measure is of: "in / across / within" and a capitalised name ("the elephant population in Zimbabwe",
# "the unemployment rate in New York City"); not "in the primary", a lowercase event
# "in January", "in May": a time, which the figure rules date otherwise
_TIMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|" \
         r"Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_PLACE = re.compile(rf"\b(?:in|across|within|throughout)\s+(?:the\s+)?(?!{_TIMES})(?P<name>(?-i:[A-Z][\w.’'-]*)"
                    r"(?:\s+(?-i:[A-Z][\w.’'-]*))*)")


def measure_given(question: str, texts: Sequence[str]) -> bool:
    """The question asks for no measure, or one of `texts` gives a figure of it."""
    asked = measure_asked(question)
    return asked is None or any(_gives(asked, t) for t in texts)


def _gives(asked: Measure, text: str) -> bool:
    held = term_set(text)
    if 2 * len(asked.of & held) < len(asked.of):  # half of it at least: "pot seized" for "marijuana seized"
        return False
    if 2 * len(asked.where & held) < len(asked.where):  # a measure of one place (half its name's words, as "of"):
        return False  # "the number of African elephants" is no size of Zimbabwe's elephant population
    keys = {asked.key, asked.also} - {""}
    return any(keys & (f.context | term_set(f.text))
               or (asked.noun in PERCENT_MEASURES and f.unit == "percent")
               or (asked.noun in MONEY_MEASURES and f.unit == "dollar")
               or (asked.noun in COUNT_MEASURES and f.unit != "percent" and asked.of & f.context)
               for f in figures(text))
