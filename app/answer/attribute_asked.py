"""Does any quote near the answer name an instance of the kind a "Which <noun> …" question asks for?

A near-topic question keeps a story's person and asks for one thing of them the story never gives: "Which hospital
treated Hillary Clinton for her concussion?", "What salary does Duncan Hunter earn?", "What was Hillary Clinton's
weight at her most recent physical?", "What fee must a hunter pay for an elephant trophy import permit?". Its names
match the story's sentences, so relevance answers with the story's lead or a list of medications. News names the
instance of the kind asked for in one of two ways:
- by the noun itself, alone or as the head of a proper name: "Section 2", "Columbia University", "the 18th
  Amendment", "the president's Intelligence Advisory Board", "… Hospital" answer "Which section / university /
  amendment / board / hospital …"; not the noun qualifying another ("missed three drug tests", "a hospital
  spokesman": `only_modifier`), which names a test or a spokesman, no drug or hospital;
- for a measured quantity, by a figure in its unit: a salary, fee, price or income (`measure.MONEY_MEASURES`) by a
  dollar sum, a share or rate by a percent, a weight by a unit of mass ("3,690 pounds", "two tons").
When no quote within ACT_MARGIN of the best (where an opener may still find the answer) names one, the sources do
not give it: not covered.
Which questions are read: "Which <noun> …" (after a preposition too: "At which hotel …") for any noun; "What <noun>
…" and "What was X's <noun> / the <noun> of …" only for a measured noun, since "What <noun>" asks as often for a
thing news words otherwise ("What job does Dukes hold" → "a greeter", "What drugs" → "medications"). Not a kind of
person, place, time or organisation (`named_kind`): "Which lawyer / cities / day / newspaper …" is answered by a
name alone ("Joseph Sellers", "Miami", "Tuesday", "The Times"). An age is `answer_type.age_given`'s.
Pure functions over the question and the quotes' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.measure import MONEY_MEASURES, PERCENT_MEASURES
from app.answer.openers import ACT_MARGIN
from app.answer.select import Quote
from app.answer.verb_forms import PASTS
from app.text.plurals import plural
from app.attribution.figures import figures
from app.attribution.speech import STRONG, WEAK
from app.attribution.units import MASS_UNITS
from app.text.terms import STOPWORDS, per_text, stem, term_set
from app.text.function_words import MODALS

# a measured noun -> the units a figure of it is written in
_MEASURED = {**{stem(n): frozenset({"dollar"}) for n in MONEY_MEASURES},
             **{stem(n): frozenset({"percent"}) for n in PERCENT_MEASURES}, stem("weight"): MASS_UNITS}
_WHICH = re.compile(r"^\W*(?:(?:in|at|from|to|on|of|for|by|with|into|under|over|about)\s+)?(?P<wh>which|what)\s+"
                    r"(?P<rest>[^?]*)", re.I)
# "Clinton's weight", "her salary", "the weight of …": a measured noun asked for by its owner
_OWNED = re.compile(r"(?:['’]s?|\b(?:his|her|their|its))\s+(?P<own>[a-z]+)\b|\bthe\s+(?P<of>[a-z]+)\s+of\b", re.I)
_COPULA = re.compile(r"^\W*what\s+(?:is|was|are|were)\b", re.I)  # "What was Clinton's weight …"
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_ADVERB = re.compile(r"^(?:\w+ly|first|last|also|ever|never|still|just|only|already|once)$")
_SAYING = re.compile(rf"^(?:{STRONG}|{WEAK})$", re.I)
RUN_MAX = 6  # words of the noun phrase after the wh-word: "Justice Department official", "US Internet companies"
_KINDLESS = frozenset("kind kinds type types sort sorts part parts".split())  # "What kind of …": the kind is after
# Kinds whose instances news names by a proper name alone, without the kind's noun: people ("Which lawyer" →
# "Joseph Sellers": agent nouns in -er, -or, -ist, -ian, -man, -ant, -ent but not -ment, and role nouns), places
# ("Which cities" → "Miami"), times ("Which day" → "Tuesday") and organisations ("Which newspaper" → "The Times")
_AGENT = re.compile(r"(?:er|or|ist|ian|man|men|woman|women|ant|(?<!m)ent|ee)s?$")
_NAMED_KINDS = frozenset(stem(w) for w in (
    "official justice person people candidate aide host anchor critic expert scholar representative delegate "
    "spokesperson staff child rep attorney "  # people
    "city town country state county nation region province district capital village market location place island "
    "continent area site "  # places
    "day year month week date time hour night season decade century morning evening weekend "  # times
    "company firm business group organization outlet newspaper paper network channel magazine publication party "
    "side team station").split())  # organisations


def _head(rest: str) -> str:
    """The head noun of the phrase opening `rest`: its last word before a function word, an adverb, a verb (in -ed /
    -ing, an irregular past, a verb of saying: "Which hospital treated …", "Which amendment imposing …", "Which group
    paid …", "Which justice told …") or after a plural ("Which companies shut down …"); "" when none or when it is a
    name ("Which Democrat asked …")."""
    run: list[str] = []
    for m in _WORD.finditer(rest):
        w = m.group()
        low = w.casefold()
        if low in STOPWORDS or low in MODALS or len(run) == RUN_MAX or _ADVERB.match(low) or run and (
                low in PASTS or low.endswith(("ed", "ing")) or _SAYING.match(low) or plural(run[-1].casefold())):
            break
        run.append(w)
    head = run[-1] if run else ""
    return head.casefold() if head.islower() and head.isalpha() and head.casefold() not in _KINDLESS else ""


@per_text(maxsize=1 << 8)
def attribute_asked(question: str) -> str | None:
    """The noun whose instance the question asks for (lower case), or None."""
    m = _WHICH.match(question)
    if m is None:
        return None
    head = _head(m.group("rest"))
    if head and stem(head) in _MEASURED or (head and m.group("wh").casefold() == "which" and not named_kind(head)):
        return head
    own = _OWNED.search(question) if _COPULA.match(question) else None
    noun = (own.group("own") or own.group("of")).casefold() if own else ""
    return noun if stem(noun) in _MEASURED else None


def named_kind(noun: str) -> bool:
    """`noun` is a kind of person, place, time or organisation (`_NAMED_KINDS`): its instances are names alone."""
    return bool(_AGENT.search(noun)) or stem(noun) in _NAMED_KINDS


def names_instance(noun: str, text: str) -> bool:
    """`text` names an instance of `noun`'s kind: a figure in its unit for a measured noun, else the noun itself
    capitalised as a name's head or in lower case (`name_headed`)."""
    key = stem(noun)
    units = _MEASURED.get(key)
    if units is not None:
        return any(f.unit in units for f in figures(text))
    return key in term_set(text) and not only_modifier(key, text)


def only_modifier(key: str, text: str) -> bool:
    """Every word of stem `key` in `text` qualifies the noun after it ("missed three DRUG tests", "a HOSPITAL
    spokesman"): it names another thing, no instance of its own kind. A word qualifies when a lower-case content
    word follows it that is no verb form (-ed, -ing, an irregular past, a verb of saying) and no adverb."""
    found = [m for m in _WORD.finditer(text) if stem(m.group().casefold()) == key]
    return bool(found) and all(_qualifies(text, m.end()) for m in found)


def _qualifies(text: str, end: int) -> bool:
    nxt = _NEXT.match(text, end)
    if nxt is None:
        return False
    low = nxt.group(1)
    return not (low in STOPWORDS or low in MODALS or low in PASTS or low.endswith(("ed", "ing")) or _ADVERB.match(low)
                or _SAYING.match(low))


_NEXT = re.compile(r" ([a-z][a-z-]*)\b")  # the next word, lower case, after a plain space (no comma, no name)


def attribute_missing(question: str, ranked: Sequence[Quote]) -> list[str]:
    """The noun asked for, when no quote within ACT_MARGIN of the best names an instance of its kind."""
    noun = attribute_asked(question)
    if noun is None or not ranked:
        return []
    floor = ranked[0].score - ACT_MARGIN
    return [] if any(names_instance(noun, q.text) for q in ranked if q.score >= floor) else [noun]
