"""What someone noticed, saw or realised: a perception or a realisation is reported in many words. A question's verb of
perception or cognition ("What did X notice …", "Did X realise …") is answered by another of the kind ("I could see
the men going forth", "she observed that", "he discovered that") and by the impersonal "it became clear to X that …"
(`verb_forms.FAMILIES` holds the verbs). Two readings of English grammar go with them:
- "could" or "can" before a verb of perception tells what was perceived, not a possibility ("I could see the men
  going forth" reports that she saw them; "could see" is English's past of "see" as a state), so it frames no prospect;
- "clear", "apparent", "obvious" or "evident" after a linking verb and before "to" ("it became clear to him",
  "was obvious to everyone") reports a realisation, as the verb would.
Pure functions over a clause's lower-case words.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.answer.verb_forms import PERCEPTION
from app.text.terms import stem

_ABILITY = frozenset(("could", "can", "couldn't", "couldn’t", "can't", "can’t", "cannot"))
_NOT = frozenset(("not", "never"))
_CONDITION = frozenset(("if", "unless"))
_PLAIN = frozenset(("clear", "clearer", "apparent", "obvious", "evident", "plain"))
_LINKING = frozenset(("became", "become", "becomes", "becoming", "grew", "grow", "grows", "was", "is", "were",
                      "been", "seemed", "seems", "appeared"))


def perceives(event: str) -> bool:
    """`event` is a verb of perception or cognition (`verb_forms.PERCEPTION`)."""
    return stem(event) in PERCEPTION


def ability_start(words: Sequence[str], i: int) -> int:
    """Where a modal of ability before word i, a verb of perception, stands ("could see", "could not clearly see"):
    the clause's words before it frame the perception, the modal does not; i when there is none."""
    if stem(words[i]) not in PERCEPTION:
        return i
    j = i - 1
    while j >= 0 and (words[j] in _NOT or words[j].endswith("ly")) and i - j <= 2:
        j -= 1
    conditional = any(w in _CONDITION for w in words[i + 1:])  # "could see it if she tried": a condition's
    return j if j >= 0 and words[j] in _ABILITY and not conditional else i


def made_plain(event: str, words: Sequence[str], i: int) -> bool:
    """Word i, "clear" / "apparent" / "obvious" / "evident" after a linking verb and before "to" ("it became clear to
    him"), reports the realisation a verb of perception or cognition `event` asks about."""
    if not (perceives(event) and words[i] in _PLAIN and 0 < i < len(words) - 1 and words[i + 1] == "to"):
        return False
    j = i - 2 if i > 1 and words[i - 1].endswith("ly") else i - 1  # "became increasingly clear to"
    return words[j] in _LINKING
