"""Who opens a clause by name: the name or pronoun at the start of a characterising verb's clause ('Dennis called …',
'Its leader, Teodor Brask, accused …'). Pure functions over the words; `speech.py` calls them."""

from __future__ import annotations

from app.attribution.lexicon import DETERMINERS, PREPOSITIONS, PRONOUNS
from app.attribution.phrases import runs, runs_after, words_of


def named_subject(parts: list[str]) -> str:
    """The name or pronoun opening the clause ('Dennis', 'Senator Mitch McConnell of Kentucky', 'she'),
    after introductory phrases ('In July,'); '' when a common noun opens it ('The lawsuit, which was
    brought by …, accused', 'the group released an ad …, accusing'): a characterising verb's
    speaker is the clause's subject, never a name further on."""
    for k, part in enumerate(parts):
        words = words_of(part)
        if not words or words[0].casefold() in PREPOSITIONS:
            continue
        if words[0].casefold() in PRONOUNS:
            return words[0]
        found = runs_after(part)
        if found and found[0][0].strip().casefold() in ("", "the"):
            return " ".join(found[0][1])
        return _apposed_name(part, parts[k + 1:])
    return ""


def _apposed_name(head: str, rest: list[str]) -> str:
    """The name set off after a described head that opens the clause ('Its leader, Teodor Brask, accused …': the
    name in apposition is the subject); '' when the head names no one ('The lawsuit, which was brought by …,') or
    no part that is wholly a name follows it."""
    words = words_of(head)
    if not words or words[0].casefold() not in DETERMINERS or any(w[:1].isupper() for w in words[1:]):
        return ""
    after = words_of(rest[0]) if len(rest) >= 2 else []  # the apposition, then the verb's part
    found = runs(rest[0]) if after else []
    return " ".join(found[0]) if len(found) == 1 and len(found[0]) == len(after) >= 2 else ""
