"""A count written in words answers "How many <noun> …" when the noun phrase it opens ends on that noun.

News writes small counts in words, and the noun counted follows the number, after adjectives or a partitive
"of the": "Two of the named plaintiffs, Christine Kwapnoski and Betty Dukes, attended the argument" answers "How many
of the named plaintiffs attended …", "tracks information from nine leading U.S. Internet companies" answers "How many
Internet companies does PRISM draw information from?". `signals.counts_asked` reads a number in words only by the word
right after it (its unit: "leading", none before "of"), since counts in words run through all prose ("two days
after", "two standout changes on a long list"); here the counted noun must be the question's (`asked_figure.
counted_noun`: the plural heading the words after "how many"), found among the modifier run after the number (no
function word between them).
"""

from __future__ import annotations

import re

from app.answer.asked_figure import counted_noun
from app.attribution.number_words import WORD_FIGURE
from app.text.terms import STOPWORDS, stem

_PARTITIVE = re.compile(r"^\s+of\s+(?:the|its|their|his|her|these|those)\b", re.I)
# a phrase ends at punctuation; a full stop after a capital is an abbreviation ("U.S. Internet companies")
_PHRASE_END = re.compile(r"[,;:!?()\[\]\"“”]|(?<![A-Z])\.(?=\s|$)")
_WORD = re.compile(r"[A-Za-z][\w.’'-]*")
RUN_MAX = 4  # words of a noun phrase: "nine leading U.S. Internet companies"


def _run(text: str) -> list[str]:
    """The words from the start of `text` up to the first function word or punctuation, at most RUN_MAX."""
    out = []
    for m in _WORD.finditer(text[: _end(text)]):
        word = m.group().rstrip(".").casefold()
        if word in STOPWORDS or len(out) == RUN_MAX:
            break
        out.append(word)
    return out


def _end(text: str) -> int:
    m = _PHRASE_END.search(text)
    return m.start() if m else len(text)


def counted_in_words(question: str, text: str) -> bool:
    """`text` holds a count in words whose noun phrase (after an optional "of the") holds the noun the question
    counts, or a count of none (`zero_count`)."""
    noun = counted_noun(question)
    if not noun:
        return False
    counted = stem(noun)
    if zero_count(counted, text):
        return True
    for m in WORD_FIGURE.finditer(text):
        rest = text[m.end("num"):]
        part = _PARTITIVE.match(rest)
        if counted in {stem(w) for w in _run(rest[part.end():] if part else rest)}:
            return True
    return False


# A count of none: "no <noun>", "zero <noun>", "not a single <noun>", "none of the <noun>", or "none" standing for a
# noun named before it in the sentence
# ("to release at least 10 years of federal tax returns — Mr. Trump has released none")
_NO = re.compile(r"\b(?:no|zero|not\s+(?:a\s+single|one|any)|none\s+of\s+(?:the|its|their|his|her|these|those))\s+"
                 r"(?=\w)", re.I)
# A count denied a bound: "there is no minimum number", "no set limit", "not any fixed amount" answer "how many / how
# much" whatever the noun counted (the words that name a count or its bound, a closed class)
_NO_BOUND = re.compile(r"\b(?:no|not\s+(?:a|any))\s+(?:(?:minimum|maximum|set|fixed|specific|particular|exact|"
                       r"magic|hard|upper|lower|legal)\s+){0,2}(?:number|limit|cap|minimum|maximum|threshold|quota|"
                       r"ceiling|amount|count)\b", re.I)
_NONE = re.compile(r"\bnone\b(?!\s+of\b)", re.I)


def zero_count(counted: str, text: str) -> bool:
    """`text` counts none of the noun whose stem is `counted`: the noun phrase after "no" / "zero" / "not a single" /
    "none of the" holds it, a bound of any count is denied ("no minimum number", `_NO_BOUND`), or a bare "none"
    follows it in the text (the noun left out after the number, as news writing does)."""
    if _NO_BOUND.search(text) or any(counted in {stem(w) for w in _run(text[m.end():])} for m in _NO.finditer(text)):
        return True
    return any(counted in {stem(w.casefold()) for w in _WORD.findall(text[: m.start()])} for m in _NONE.finditer(text))
