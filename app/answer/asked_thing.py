"""The thing a money question asks the sum of, and whether a sentence gives a figure of that thing.

"How much did the Clintons pay in property taxes?" asks the sum of "property taxes"; "How much would the Election Day
federal holiday cost?" the cost of "the Election Day federal holiday". News reports the neighbouring sums of one
story in one paragraph ("$43 million in federal taxes … $13.6 million in state taxes"; a bill "designating Election
Day as a federal holiday. It also creates … donations of up to $200"), and the story's topic words are all around.
A lower-case word the question puts before the thing's head narrows it (property, federal, state, family, speaking).
What is paid or spent on ("pay in property taxes", "How much sales tax …"): a sentence naming the head with no such
word ("$43 million in federal taxes", "paid in taxes") gives the sum of a broader or a neighbouring thing, and does
not answer, unless it names the head as a definite description, which refers back to the thing ("the new river
bridge" … "the cost of the bridge"); one that does not name the head at all may word the thing otherwise ("four of
Mr. Trump's trips" for "presidential travel") and is not judged. What costs ("How much would the federal holiday
cost?"): the thing is whose cost is asked, and the sum answers only from a sentence naming it (as above), or opening
on a pronoun for it: a pronoun names what the sentence before opens on (its subject, up to its first verb or comma),
not every word of it ("The compendium … includes … a federal holiday. It also creates …"). A thing told by a
capitalised name only ("the Netanyahu ad", "the House reading") is not checked: nothing narrows it.
Pure functions over the question and a quote's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.answer.referring import PRONOUN_OPENS
from app.text.sentences import split_sentences
from app.text.terms import STOPWORDS, stem, term_set

_AUX = r"(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|might|should)"
MONEY_VERB = r"(?:pa(?:y|ys|id|ying)|spen[dt]|spends|spending|earn(?:s|ed|ing)?|make|made|receive[ds]?|get|got)"
# "How much would the Election Day federal holiday cost?": the subject is the thing
# (a determiner opens it, no auxiliary inside: not "did Vanity Fair estimate the reading would cost")
_COST = re.compile(rf"^\W*how\s+much\s+(?:money\s+)?{_AUX}\s+(?P<np>(?:the|a|an|its|their|his|her)\s+"
                   rf"(?:(?!{_AUX}\b)[^?])+?)\s+(?:cost|costs|costing)\b", re.I)
# "How much did the Clintons pay in property taxes?", "… spend on their family trip to Italy?"
_PAID_IN = re.compile(rf"\bhow\s+much\b.*?\b{MONEY_VERB}\s+(?:in|on|for)\s+(?P<np>[^?,;]+)", re.I)
# "How much federal income tax did the Clintons pay?"
_HOW_MUCH_N = re.compile(rf"^\W*how\s+much\s+(?P<np>(?:[\w’'-]+\s+){{1,4}}?){_AUX}\b", re.I)
# A subject's head ends at its first preposition: "the public financing system (for congressional campaigns)",
# "the elephants' natural habitat", "seizures (of marijuana)"
_PREPOSITION = re.compile(r"\s+(?:for|of|on|in|to|from|at|with|about|by|under|over)\s+", re.I)


def head_phrase(subject: str) -> str:
    """The words of a subject up to its first preposition, where its head noun stands."""
    return _PREPOSITION.split(subject, maxsplit=1)[0]


# The noun phrase ends before a preposition, a relative word, a year or a participle ("trip to Italy", "taxes from
# 2007", "ads aimed at …")
_NP_END = re.compile(r"\s+(?:to|from|in|on|at|for|of|with|by|over|during|between|since|after|before|that|which|who|"
                     r"and\s+(?:how|what|who|when|where|why)|as|under|\w+ed\b)\b.*$|\s*\(.*$", re.I)
_DETERMINERS = frozenset("the a an their his her its our your my this that these those each every all any".split())
# a head that is the sum itself: "How much campaign money …" asks money, no thing narrowed
_NUMBERS = frozenset("one two three four five six seven eight nine ten dozen hundred thousand million".split())
_MONEY_HEADS = frozenset(stem(w) for w in "money cash dollars funds sum amount total".split())
# "the bridge", "this holiday": a head right after a definite determiner refers back to the thing named before; it
# ends its noun phrase (not "the tax returns": "tax" there modifies another noun)
_DEFINITE = re.compile(r"\b(?i:the|this|that)\s+([a-z]+)\b(?:\s+(?P<next>[a-z]+)\b)?")
_ENDS_NP = STOPWORDS | {None}  # after the head: a function word, punctuation or a capital, not another noun
# a sentence's subject: its words up to the first comma or first finite verb-like word
_SUBJECT_END = re.compile(r",|\s(?:is|are|was|were|has|have|had|will|would|could|can|includes?|\w+s\b(?=\s+(?:a|an|the|"
                          r"to|that)\b))\s", re.I)


@dataclass(frozen=True)
class Thing:
    """What a money question asks the sum of: its head (stem) and the lower-case words narrowing it (stems)."""

    head: str
    narrowing: frozenset[str]
    costs: bool = False  # the question's subject: "How much would <thing> cost?"


def asked_thing(question: str) -> Thing | None:
    """The thing a "how much" money question asks the sum of, when a lower-case word narrows it (None otherwise)."""
    cost = _COST.match(question)
    m = cost or _PAID_IN.search(question) or _HOW_MUCH_N.match(question)
    if m is None:
        return None
    words = _NP_END.sub("", m.group("np").strip()).split()
    if not words or not words[-1].isalpha() or not words[-1].islower():
        return None
    head = stem(words[-1])
    narrowing = frozenset(stem(w) for w in words[:-1] if w.isalpha() and w.islower() and w not in _DETERMINERS
                          and w not in STOPWORDS and w not in _NUMBERS)
    if head in _MONEY_HEADS or not narrowing:
        return None
    return Thing(head, narrowing, cost is not None)


def names_thing(thing: Thing, text: str) -> bool:
    """`text` (one sentence) names the thing: its head and one of its narrowing words at least, or its head as a
    definite description that refers back to it ("the new river bridge" … "the cost of the bridge")."""
    held = term_set(text)
    if thing.head not in held:
        return False
    return bool(thing.narrowing & held) or any(stem(m.group(1)) == thing.head and m.group("next") in _ENDS_NP
                                               for m in _DEFINITE.finditer(text))


def thing_sentences(thing: Thing, text: str) -> list[str]:
    """The sentences of a quote whose sums may be of the thing. For a thing paid or spent on: all but those naming
    its head without a narrowing word. For a thing that costs: those naming it, by its words or by a pronoun subject
    whose sentence before opens on it ("The holiday … . It would cost …"); a quote's first sentence opening on a
    pronoun refers out of the quote, and is kept."""
    spans = split_sentences(text)
    sentences = [text[s.start:s.end] for s in spans] or [text]
    if not thing.costs:
        return [s for s in sentences if thing.head not in term_set(s) or names_thing(thing, s)]
    return [s for i, s in enumerate(sentences) if names_thing(thing, s)
            or PRONOUN_OPENS.match(s) and (not i or names_thing(thing, _subject(sentences[i - 1])))]


def _subject(sentence: str) -> str:
    """A sentence's opening words up to its first comma or verb-like word: where its subject stands."""
    m = _SUBJECT_END.search(sentence)
    return sentence[: m.start()] if m else sentence
