"""The venue a question asks a speaker's words in: "What did X tell CNN / say to Politico / say in an interview with
The Times / say on NBC's "Meet the Press" …?". `asked_venue` gives the words of a recipient of "tell" anywhere in
the question (the ranking's bonus for a sentence naming it); `main_venue` only that of the question's own verb of
saying ("What did Joe Sestak say he told Bill Clinton" asks what Sestak said, and "Who asked Clinton to talk to
Sestak" no one's words), which `venue_look` holds the answer to. Pure regexes over the question and a text.
"""

from __future__ import annotations

import re
from itertools import permutations

from app.attribution.media import broadcaster
from app.text.terms import per_text

_NAME = r"(?:[Tt]he\s+)?(?P<to>(?:[A-Z][\w.'’-]*\s*){1,4})"
# "tell / told CNN", "say / speak / talk / write to Politico", "in an interview with The Times": a named recipient
_TO = re.compile(rf"\b(?:tell|told|telling|(?:say|said|saying|speak|spoke|talk|talked|write|wrote)\s+to|"
                 r"(?:(?:say|said|saying|speak|spoke|talk|talked)\s+)?(?:in|during)\s+(?:an?|the|his|her|their|"
                 rf"a\s+separate)\s+(?:[\w-]+\s+)?interviews?\s+with)\s+{_NAME}")
# "say on NBC's "Meet the Press"", "post on Twitter": a broadcaster or a platform (not "say on Tuesday")
_ON = re.compile(rf"\b(?:say|said|saying|speak|spoke|write|wrote|post|posted|tweet|tweeted)\s+on\s+{_NAME}")
_PLATFORMS = frozenset({"twitter", "facebook", "instagram", "youtube"})
# "What did / has X <verb of saying>": the question's own verb, the first such verb after the auxiliary
_MAIN = re.compile(r"^\W*what\s+(?:did|does|do|has|have|had)\s+[^?]*?\b(?=(?:say|said|tell|told|speak|spoke|talk|"
                   r"talked|write|wrote|post|posted|tweet|tweeted)\b)", re.I)
_WORD = re.compile(r"[^\W_]+")
# "… tell CNN / told The Denver Post …": the named recipient the ranking favours a sentence for naming
_TELL = re.compile(r"\b(?:tell|told|telling)\s+(?:[Tt]he\s+)?(?P<to>(?:[A-Z][\w.'’-]*\s*){1,4})")


def venue_words(phrase: str) -> frozenset[str]:
    """A name's words, case-folded, without a possessive ("NBC's" -> nbc) or "the"."""
    return frozenset(w for w in _WORD.findall(phrase.replace("’s", "").replace("'s", "").casefold()) if w != "the")


def venues(text: str, at: int = 0, whole: bool = True) -> list[str]:
    """The recipients named after a verb of saying in `text` (from `at`; whole=False: only right at `at`)."""
    find = (lambda p: list(p.finditer(text, at))) if whole else (lambda p: [m for m in [p.match(text, at)] if m])
    found = [m.group("to") for m in find(_TO)]
    return found + [m.group("to") for m in find(_ON) if venue_words(m.group("to")) & _PLATFORMS
                    or broadcaster(m.group("to"))]


def asked_venue(question: str) -> frozenset[str]:
    """The words of whom the question says the source told ("tell The Denver Post"); empty when it names none."""
    return frozenset(w.casefold().strip(".,") for m in _TELL.finditer(question) for w in m.group("to").split())


@per_text(maxsize=1 << 8)
def _main_venues(question: str) -> tuple[str, ...]:
    """The venues the question's own verb of saying names, as written."""
    m = _MAIN.match(question)
    return tuple(venues(question, m.end(), whole=False)) if m else ()


@per_text(maxsize=1 << 8)
def main_venue(question: str) -> frozenset[str]:
    """The words of the venue the question's own verb of saying names ("What did X say to CNN"); empty otherwise."""
    return frozenset().union(*map(venue_words, _main_venues(question)))


def main_venue_name(question: str) -> str:
    """The venue the question's own verb of saying names, as written ("Politico", "NBC's"); '' when none."""
    found = _main_venues(question)
    return found[0].strip() if found else ""


def names_venue(venue: frozenset[str], text: str) -> bool:
    """`text` holds every word of the venue, or the venue as one word ("Aljazeera", "Al-Jazeera" for Al Jazeera)."""
    if not venue:
        return False
    words = _WORD.findall(text.replace("’s", "").replace("'s", "").casefold())
    held = set(words) | {a + b for a, b in zip(words, words[1:])}
    return venue <= held or any("".join(p) in held for p in permutations(venue) if 1 < len(p) < 4)
