"""Is the attribute the question asks for (a weight, a hospital, a salary) named anywhere near the answer?

A near-topic question keeps a story's person and asks for one attribute of them the story never gives: "What was
Hillary Clinton's weight at her most recent physical?", "Which hospital treated her for her concussion?", "What salary
does Duncan Hunter earn?". Its names match the story's sentences, so relevance answers with the story's lead or a list
of medications. News gives each such attribute in a few words of its family: a weight in "weighs" or a unit ("3,690
pounds", "two tons"), a hospital as a hospital, clinic or medical center, a salary as pay, earnings or wages. When no
quote within ACT_MARGIN of the best (where an opener may still find the answer) holds a word of the family, the
sources do not give it: not covered. (An age is `answer_type.age_given`'s: read here, "What is Duncan Hunter's age?",
whose "Hunter, 41," passage is not retrieved, turned from a wrong answer into a false "not covered".)
The attribute is read only as a noun the question asks for: after its wh-word ("Which hospital"), a possessive
("Clinton's weight") or "the … of" ("the weight of the marijuana"), never a verb ("weigh in") or a modifier.
Pure functions over the question and the quotes' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.openers import ACT_MARGIN
from app.answer.select import Quote
from app.text.terms import per_text

_WEIGHT = re.compile(r"\b(?:weigh(?:s|ed|ing)?|pounds?|lbs?|kilo(?:gram)?s?|kg|tons?|tonnes?|ounces?|grams?)\b", re.I)
_HOSPITAL = re.compile(r"\b(?:hospital\w*|clinics?|infirmar(?:y|ies)|(?:medical|health|trauma)\s+cent(?:er|re)s?|"
                       r"emergency\s+rooms?)\b", re.I)
_PAY = re.compile(r"\b(?:salar(?:y|ies)|wages?|pa(?:y|ys|id)|earn(?:s|ed|ing|ings)?|income|compensation)\b", re.I)
# attribute noun -> the words that give it
FAMILIES: dict[str, re.Pattern[str]] = {
    "weight": _WEIGHT, "hospital": _HOSPITAL, "salary": _PAY, "wage": _PAY, "wages": _PAY, "pay": _PAY,
    "earnings": _PAY, "income": _PAY,
}
_NOUN = "|".join(FAMILIES)
# "Which hospital …", "What salary …", "Clinton's weight", "the weight of …"
_ASKED = re.compile(rf"^\W*(?:what|which)\s+(?P<wh>{_NOUN})\b|(?:['’]s?|\b(?:his|her|their|its))\s+(?P<own>{_NOUN})\b"
                    rf"|\bthe\s+(?P<of>{_NOUN})\s+of\b", re.I)


@per_text(maxsize=1 << 8)
def attribute_asked(question: str) -> str | None:
    """The attribute noun the question asks for (lower case), or None."""
    m = _ASKED.search(question)
    if m is None or not question.lstrip().casefold().startswith(("what", "which")):
        return None
    return (m.group("wh") or m.group("own") or m.group("of")).casefold()


def attribute_missing(question: str, ranked: Sequence[Quote]) -> list[str]:
    """The attribute asked for, when no quote within ACT_MARGIN of the best holds a word of its family."""
    noun = attribute_asked(question)
    if noun is None or not ranked:
        return []
    floor = ranked[0].score - ACT_MARGIN
    family = FAMILIES[noun]
    return [] if any(family.search(q.text) for q in ranked if q.score >= floor) else [noun]
