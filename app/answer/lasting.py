"""Whose length a "How long did X <verb> …" question asks: the words of X, the subject whose act lasted ("the NAACP
convention", "Democrats and Republicans", "the investigation" into …). A length of time told in words ("in a matter
of hours", "for months") answers only in a sentence naming every one of them: the length of another act near the
topic ("In a matter of hours, the group fired off to the NAACP a statement") is not the convention's.

The subject is read by its shape, before the verb: an optional determiner, capitalised name words (joined by "and"),
then, after a determiner only, its lower-case words but the last, which is the verb ("the village fair last", "the
mayor speak at …"), unless one word stands alone before a preposition ("the investigation into …"); a lower-case word
after a bare name is the verb ("Obama speak", "Democrats and Republicans argue"). A lone verb before a preposition is
kept ("the NAACP take to …"): too much is asked, so no length in words answers, as before. A pronoun ("How long did
it take …") names no subject: nothing is required. Pure function of the question.
"""

from __future__ import annotations

import re

from app.text.function_words import DETERMINERS
from app.text.terms import term_set

_AFTER_AUX = re.compile(r"^\W*how\s+long\s+(?:did|does|do|has|have|had|will|would)\s+(?P<rest>.*)$", re.I | re.S)
_DETERMINER = DETERMINERS | {"these", "those"}  # the plural demonstratives too ("How long did those talks last")
_PRONOUN = frozenset({"it", "he", "she", "they", "we", "you", "i"})
_PREPOSITION = frozenset({"in", "into", "of", "on", "at", "about", "before", "after", "for", "from", "to", "with",
                          "over", "during", "between", "against", "by", "under", "since", "until"})


def lasting_subject(question: str) -> frozenset[str]:
    """Stems of the subject of a "How long did / has X <verb>" question (see above); empty for any other question."""
    m = _AFTER_AUX.match(question)
    words = re.findall(r"[\w.'’-]+", m.group("rest")) if m else []
    if not words or words[0].casefold() in _PRONOUN:
        return frozenset()
    det = words[0].casefold() in _DETERMINER
    taken, rest = [], words[det:]
    while rest and (rest[0][:1].isupper() or (rest[0] == "and" and taken and rest[1:2] and rest[1][:1].isupper())):
        taken.append(rest.pop(0))
    nouns = []
    while det and rest and rest[0][:1].islower() and rest[0].casefold() not in _DETERMINER | _PREPOSITION:
        nouns.append(rest.pop(0))
    if len(nouns) > 1 or not (rest and rest[0].casefold() in _PREPOSITION):  # "the village fair last": the verb
        nouns = nouns[:-1]
    return term_set(" ".join(taken + nouns))
