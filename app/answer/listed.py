"""Which named things a "which <plural noun>" question asks for, and whether a sentence lists them (pure, no model).

"Which countries were elephant trophy imports going to be allowed from?" asks for several named things, and news
names them in a list: "… on permits for elephant trophies from Zambia and Zimbabwe", "in Florida, Nevada, Ohio and
Pennsylvania". A lead that restates the topic counts them instead ("elephants killed in two African countries") and
resembles the question more, so it scores higher. A list is read without a gazetteer: two or more capitalised names
joined by commas and a final "and" / "or", one of them not a word of the question.
"""

from __future__ import annotations

import re

from app.text.titles import ROLES

# "Which states …", "From which African countries …": a plural head noun, after at most two modifiers, right after
# "which" (not "Which is …": no noun asked for; "what" asks for kinds more often than names: "What duties …").
_AUX = (r"(?:is|was|were|are|am|be|been|has|have|had|do|does|did|will|would|can|could|shall|should|may|might|must|"
        r"as|this|his|its|thus|us|less|across|always|perhaps|plus)\b")
PLURAL_ASKED = re.compile(r"^\W*(?:[A-Za-z]+\s+)?(?i:which)\s+(?P<mods>(?:(?!" + _AUX + r")[\w-]+\s+){0,2}?)"
                          r"(?!" + _AUX + r")(?P<head>[a-z]+(?:ies|[^su'’\W]s))\b")
_NAME = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*"
# "Zambia and Zimbabwe", "Florida, Nevada, Ohio and Pennsylvania", "Google, Facebook, or Apple"
_LIST = re.compile(rf"(?<![\w’'-])(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME})")
_WORD = re.compile(r"[\w’'-]+")
# One body's name, not a list: "the Fish and Wildlife Service", "the Ways and Means Committee", "Alcohol, Tobacco and
# Firearms Bureau" (the last name ends in the head word of an organisation)
_BODY = frozenset("service services department committee commission agency association institute foundation company "
                  "club bureau council office party union act court board administration authority corporation "
                  "society center centre fund group".split())


# A singular role noun written before the plural word is the head the question asks for, and the plural word is its
# verb's object: "Which justice offered doubts about …", "Which senator says reforms …" ask for one person. Not the
# roles that also modify a noun ("chief executives", "general counsel", "official documents", "executive orders")
_ONE = ROLES - frozenset("chief general executive official".split())


def asks_several(question: str) -> bool:
    """The question asks which things of a kind, in the plural ("Which states sued …"), and no singular role noun in
    lower case comes before that plural (`_ONE`: "Which justice offered doubts …" asks for one)."""
    m = PLURAL_ASKED.match(question)
    return m is not None and not any(w in _ONE for w in m.group("mods").split())


def lists_names(question: str, text: str) -> bool:
    """`text` lists two or more capitalised names joined by "and" / "or", one of them not named by the question
    (not the text's first word, which is capitalised anyway)."""
    named = {w.casefold() for w in _WORD.findall(question)}
    lead = len(text) - len(text.lstrip(" “\"'‘"))
    for m in _LIST.finditer(text):
        if m.start() == lead:
            continue
        if m.group("names").split()[-1].casefold() in _BODY:
            continue
        names = re.split(r",\s+(?:(?:and|or)\s+)?|,?\s+(?:and|or)\s+", m.group("names"))
        if len(names) >= 2 and any(w.casefold() not in named for n in names for w in _WORD.findall(n)):
            return True
    return False


def lists_with(text: str, name: str) -> bool:
    """`text` names `name` as one item of a list of two or more capitalised names ("Portugal and Spain")."""
    return any(name in re.split(r",\s+(?:(?:and|or)\s+)?|,?\s+(?:and|or)\s+", m.group("names"))
               for m in _LIST.finditer(text))
