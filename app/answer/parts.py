"""A part asked of a whole: which quote opens the answer to "How many / how much of …".

"How many of Bill Clinton's speeches in 2013 were abroad?" asks a part ("how many / how much of …"): the speeches
that were abroad ("Fifteen of his speeches were abroad"), not all of them ("also for 41 speeches"). What restricts
the whole is what the question says of the part after naming the whole (`part_words`: "were abroad", "are store
managers", "did Duncan Hunter repay"): its words the best quote lacks, names left out (a name says whose things are
counted, not which part).
A quote whose figure answers and whose words hold such a qualifier opens the answer (`part_first`), or the best
quote's neighbour sentence that does when it made no quote of its own (`part_grown`).
Pure functions of the ranking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from app.answer.asked import Asked
from app.answer.openers import ACT_MARGIN, first_close
from app.answer.quote import Quote
from app.answer.signals import figure_answers
from app.answer.verb_forms import PASTS, other_forms, with_forms
from app.text.plurals import plural
from app.attribution.figures import figures
from app.text.terms import terms
from app.text.function_words import AUXILIARIES

_PART_ASKED = re.compile(r"\bhow\s+(?:many|much)\s+of\s+(?P<rest>[^?.!;]*)", re.I)
_NAME = re.compile(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w’'.-]*")


def asks_part(ask: Asked, question: str) -> bool:
    """The question asks a figure of a part of something ("How many of …", "How much of …")."""
    return ask.figure and _PART_ASKED.search(question) is not None


def held(ask: Asked, text: str) -> frozenset[str]:
    """The terms of `text`, with the question's terms whose other verb form it holds ("repaid" holds "repay")."""
    found = frozenset(terms(text))
    forms = other_forms(ask.terms)
    return with_forms(found, forms) if forms else found




def part_words(question: str) -> str:
    """What "How many / much of <the whole> …" says of the part: the words after the whole, which ends at an
    auxiliary ("of Bill Clinton's speeches in 2013 | were abroad") or at a past verb after a plural ("of the named
    plaintiffs | attended the argument"); "" when the question asks no part."""
    m = _PART_ASKED.search(question)
    words = m.group("rest").split() if m else []
    for k, w in enumerate(words):
        bare = w.casefold().strip("'’\"“”(),")
        if bare in AUXILIARIES or (k and plural(words[k - 1].casefold()) and (bare in PASTS or bare.endswith("ed"))):
            return " ".join(words[k:])
    return ""


def name_terms(question: str) -> frozenset[str]:
    """The terms of the question's names: its capitalised words after the first ("Bill Clinton's", "PRISM")."""
    return frozenset(t for w in _NAME.findall(question) for t in terms(w))


def qualifiers(ask: Asked, question: str, best: str) -> frozenset[str]:
    """The terms of what the question says of the part (`part_words`) that the best quote's text does not hold,
    the words of the question's names left out."""
    names = name_terms(question)
    said = {t for t in terms(part_words(question)) if t in ask.terms and t not in names}
    return frozenset(said) - held(ask, best)


def counts_part(ask: Asked, text: str, quals: frozenset[str]) -> bool:
    """`text` gives a figure of what the question counts, or names a part of a whole the question names, and holds
    one of the part's qualifiers."""
    return bool(quals & held(ask, text)) and (figure_answers(ask, text) or names_part(ask, text))


# "Fifteen of his speeches", "Two of the named plaintiffs", "four of Mr. Trump's trips": a number, "of", a determiner
# or a possessive, at most two words, then the noun of the whole
_PART_OF = r"\s+of\s+(?:the|his|her|their|its|these|those|[\w.’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?P<noun>[\w’'-]+)"


def names_part(ask: Asked, text: str) -> bool:
    """`text` names a part of a whole the question names by a number of it ("Fifteen of his speeches")."""
    for f in figures(text):
        for m in re.finditer(rf"\b{re.escape(f.text)}{_PART_OF}", text):
            if set(terms(m.group("noun"))) & ask.terms:
                return True
    return False


def added(q: Quote, g: Quote) -> Quote:
    """The part of `g` (q grown) that `q` does not hold, as a quote: the neighbour sentence it joined."""
    lo, hi = (g.start, q.start) if g.start < q.start else (q.end, g.end)
    return replace(g, start=lo, end=hi, text=g.text[lo - g.start : hi - g.start])


def part_grown(ask: Asked, question: str, ranked: Sequence[Quote]) -> list[Quote]:
    """`ranked` with a quote within ACT_MARGIN of the best that does not count the part asked (`counts_part`) as its
    grown form when the neighbour sentence it adds does: "… also for 41 speeches, …" grows to hold "Fifteen of his
    speeches were abroad." for "How many of Bill Clinton's speeches in 2013 were abroad?". Scores stay."""
    quals = qualifiers(ask, question, ranked[0].text) if ranked and asks_part(ask, question) else frozenset()
    if not quals:
        return list(ranked)
    floor = ranked[0].score - ACT_MARGIN
    return [q.grown if q.grown is not None and q.score >= floor and not counts_part(ask, q.text, quals)
            and counts_part(ask, added(q, q.grown).text, quals) else q for q in ranked]


def part_first(ask: Asked, question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "How many / much of …" opens with: 0, unless the best quote lacks
    a qualifier of the part and one within ACT_MARGIN counts the part (`counts_part`)."""
    quals = qualifiers(ask, question, ranked[0].text) if ranked and asks_part(ask, question) else frozenset()
    return first_close(ranked, lambda q: counts_part(ask, q.text, quals)) if quals else 0
