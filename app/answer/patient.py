"""The thing a passive question asks about: "How was the clot treated?" asks what was done to the clot, its grammatical
subject. A sentence naming the act of another object ("Armour Thyroid, which is used to treat underactive thyroids";
"It was decided in advance that any portion … would not be read" for "How was the order of the readers decided?") tells
another act, and does not open the answer before the best sentence that names the thing asked about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.text.terms import per_text, stem

# "How / when / where / why was the <noun phrase> <act>": the noun phrase between a determiner and the act's word
_PASSIVE = re.compile(r"^\s*(?:how|when|where|why)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
                      r"(?:the|a|an|this|that|these|those|his|her|its|their)\s+(?P<phrase>[^?]+)", re.I)
_WORD = re.compile(r"[\w’'-]+")
_CLAUSE = frozenset({"to", "that", "which", "who", "whom", "whose", "when", "where", "as", "while", "after", "before"})


@per_text(maxsize=1 << 8)
def patient(question: str, acts: tuple[str, ...]) -> str | None:
    """The stem of the head noun of a passive question's subject, the thing the act was done to: the word before
    "of" ("the order of the readers" -> order), else the word right before the act ("the clot treated" -> clot);
    None when the question is no passive of the act asked."""
    m = _PASSIVE.match(question)
    if m is None or not acts:
        return None
    words = _WORD.findall(m.group("phrase"))
    verbs = {a.casefold() for a in acts}
    at = next((i for i, w in enumerate(words) if w.casefold() in verbs), None)
    if not at or any(w.casefold() in _CLAUSE for w in words[:at]) or any(w.casefold() in verbs for w in words[at + 1:]):
        return None  # no passive of the act: "the convention that adopted"; "is the court expected to decide" (a
    # participle before another act only frames it: the court is its doer)
    phrase = words[:at]
    head = phrase[[w.casefold() for w in phrase].index("of") - 1] if "of" in (w.casefold() for w in phrase) \
        and phrase[0].casefold() != "of" else phrase[-1]
    return None if head[:1].isupper() else stem(head.casefold())  # a name ("the For the People Act"): news tells
    # its referent by common nouns too ("the legislation"), so a sentence without the name may be of the same thing


def names_patient(head: str, text: str) -> bool:
    """`text` names the thing asked about (its head noun's stem, any ending; also as a compound's last part)."""
    return any(stem(w.casefold()).endswith(head) for w in _WORD.findall(text))  # a compound too: lawsuit, suit


def other_object(question: str, acts: Sequence[str], best: str, text: str) -> bool:
    """`text` names the act asked about but not the thing a passive question asks it of, while the best sentence does
    name that thing: the act of another object, no opening before the best."""
    head = patient(question, tuple(acts))
    return head is not None and names_patient(head, best) and not names_patient(head, text)
