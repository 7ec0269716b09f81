"""Who takes part in the event a question asks about, as a text names them: whether the text names the subject as
the one who acts (`acts`: "Colorado filed a lawsuit", not "filed a lawsuit in the U.S. Supreme Court"), and the
name the question puts right after its verb (`named_object`: "beat Pat Toomey") or with whom the event is
(`party`: "meet with Mitt Romney"). Read by `outcome` to tell whether a text tells the event asked, not a kin one.
Pure regexes, no model."""

from __future__ import annotations

import re

from app.answer.referring import PRONOUN_LED
from app.text.after_word import after_word
from app.text.terms import stem


def named_object(question: str, verb: str) -> frozenset[str]:
    """Stems of the capitalised name right after the question's verb ("beat Pat Toomey": pat, toomey); empty: none."""
    m = after_word(question, verb, _OBJECT)
    return frozenset(stem(w.casefold()) for w in m.group(1).split()) if m else frozenset()


# A name of 2+ capitalised words ("Mitt Romney", not "H.R. 1") after the verb or "with / to / against": a party to it
_PARTY = re.compile(r"\s+(?:(?:with|to|against)\s+)?(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+)\b")
_OBJECT = re.compile(r"\s+((?:[A-Z][\w’'.-]*\s*)+)")  # a capitalised name right after the verb (`named_object`)


def party(question: str, verb: str) -> frozenset[str]:
    """Stems of the full name of the person the question's event is with (`_PARTY`); empty: none."""
    m = after_word(question, verb, _PARTY)
    return frozenset(stem(w.casefold()) for w in m.group("name").split()) if m else frozenset()


# Before a subject named as a place or an addressee, not the one who acts: "filed a lawsuit in the U.S. Supreme Court"
_VENUE = frozenset("in to before at into with from against asks ask asked asking urges urged petitioned".split())


def acts(subject: frozenset[str], text: str) -> bool:
    """`text` names the subject (stems) at least once other than right after a preposition or a
    request verb (the words of its name, capitalised, and "the" skipped, back to a comma), or opens on a pronoun.
    No subject: True."""
    if not subject or PRONOUN_LED.match(text):
        return True
    words = re.findall(r"[\w’'.-]+|[,;:]", text)  # a name's words stop at a comma: "in Colorado, Mr. Suthers had …"
    for i, w in enumerate(words):
        if stem(w.casefold().strip(".")) not in subject:
            continue
        j = i - 1
        while j >= 0 and (words[j][:1].isupper() or words[j].casefold() == "the"
                          or stem(words[j].casefold()) in subject):
            j -= 1
        if j < 0 or words[j].casefold() not in _VENUE:
            return True
    return False
