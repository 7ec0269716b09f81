"""Merits: a question asks whether a thing is good or bad ("Is the bill good for democracy?", "Was it the right
decision?", "Are the charges fair?", "Did the White House do anything wrong?"), and a quote praises or condemns what
it speaks of ("a valuable exercise", "nothing improper took place" against "the wrong move at the wrong time",
"wasting their taxpayers' dollars"). General English evaluation words, no model; `verdicts` reads them as one more
dimension, so two quotes on opposite sides of it disagree only on one point (the caller's similarity bar).

A merit word before a noun other than an evaluation's own ("improper use", "the improper spending") names a kind of
thing, not a verdict on it, unless a copula and "a" / "an" open the phrase ("can be a fair process", "it's a valuable
exercise": said of the thing; not "remove a valuable weapon"); "a fair amount" and a name ("Vanity Fair") are none. A
negation within reach turns a word to the other side ("nothing improper", "wasn't a fair comparison",
`contradict.turned`).
"""

from __future__ import annotations

import re

from app.attribution.contradict import turned
from app.text.terms import STOPWORDS, per_text

# The nouns an evaluation is said of: "a good idea", "the right balance", "the wrong move", "a good use of time"
_VERDICT_NOUNS = frozenset("idea thing things decision decisions move moves choice call step steps way policy "
                           "approach balance deal news exercise time side".split())

PRAISE = re.compile(r"\b(?:good|right|fair(?!\s+(?:amount|share|number|bit))|justified|justifiable|warranted|"
                    r"appropriate|proper|ethical|valuable|worthwhile|wise|sensible|overdue|commendable|laudable)\b",
                    re.IGNORECASE)
CONDEMN = re.compile(r"\b(?:bad|wrong|unfair|unjustified|unjustifiable|unwarranted|inappropriate|improper|unethical|"
                     r"outrageous|disgrace(?:ful)?|reprehensible|shameful|appalling|wasteful|waste|wasting|nonsense|"
                     r"misguided|mistake|horror show|grandstanding|bullies|felony|illegal|unlawful)\b", re.IGNORECASE)
# In a quote, "good", "right" and "bad" count only before an evaluation's noun: alone they are too often something else
# ("things were good", "right now", "the right to vote"); a question may ask them alone ("Is the bill good for …?")
_BARE_ONLY_WITH_NOUN = frozenset({"good", "right", "bad"})
_NEXT = re.compile(r"\s*([\w’'-]+)")
_ANY_THING = re.compile(r"\b(?:nothing|anything|something|everything)\s+$", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?:\b(?:is|was|are|were|be|been|being|isn['’]t|wasn['’]t|aren['’]t|weren['’]t)|['’]s)"
                         r"\s+(?:not\s+)?(?:an?|such an?)\s+$", re.IGNORECASE)
_ARTICLE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_NOT_NOUN = re.compile(r"\w+ly|enough|now|too", re.IGNORECASE)


def _verdict_at(text: str, m: re.Match[str], strict: bool) -> bool:
    """The merit word `m` is a verdict: not before a noun that only names a kind ("improper use", "Vanity Fair" is
    capitalised), and, in a quote (`strict`), "good" / "right" / "bad" only before an evaluation noun."""
    word = m.group(0)
    if word[0].isupper() and m.start() > 0 and text[m.start() - 2 : m.start()].strip() not in ("", ".", "“", '"'):
        return False  # a name ("Vanity Fair"), not a sentence's first word
    if _ANY_THING.search(text, 0, m.start()):
        return True  # "nothing improper took place", "anything wrong": the word follows what it is said of
    nxt = _NEXT.match(text, m.end())
    follower = nxt.group(1) if nxt and not text[m.end() : nxt.start(1)].strip() else ""
    if follower.lower() in _VERDICT_NOUNS:
        return True
    if strict and word.lower() in _BARE_ONLY_WITH_NOUN:
        return False
    kind = follower.isalpha() and follower.islower() and follower not in STOPWORDS and not _NOT_NOUN.fullmatch(follower)
    said_of = _INDEFINITE if strict else _ARTICLE  # a question puts its copula first: "Was the reading a good use …?"
    return not kind or said_of.search(text, 0, m.start()) is not None  # "can be a fair process"


@per_text(maxsize=1 << 8)
def asks(question: str) -> bool:
    """The question asks for a verdict on merits: it names a merit word, not before a noun of a kind."""
    return any(_verdict_at(question, m, strict=False) for p in (PRAISE, CONDEMN) for m in p.finditer(question))


@per_text(maxsize=1 << 12)
def sides(text: str) -> frozenset[int]:
    """The sides the text takes: 0 praise, 1 condemnation, each word turned by a negation within reach."""
    return frozenset(side ^ turned(text[: m.start()]) for side, pattern in enumerate((PRAISE, CONDEMN))
                     for m in pattern.finditer(text) if _verdict_at(text, m, strict=True))
