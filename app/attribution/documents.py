"""What a document that speaks refers back to: 'the statement said', 'The letter said', 'the lawsuit says' → whoever the
article said issued a statement, wrote the letter or the report ('Ryan Zinke … said in a statement', 'letters …
Ronald Weich told', 'the report, by White House Counsel Robert Bauer,', 'a statement released by the Justice
Department', 'The lawsuit was brought by …'). Pure functions over the sentence and the
documents `speaker_state.State` remembers; `app/attribution/speakers.py` and `chains.py` call them."""

from __future__ import annotations

import re

from collections.abc import Callable

from app.attribution import phrases
from app.attribution.speaker_state import Entity, State

DOC_NOUNS = ("statement", "letter", "memo", "memorandum", "report", "release", "email", "notice", "filing", "lawsuit",
             "suit", "complaint", "indictment", "resolution")
_SAME = {"suit": "lawsuit", "complaint": "lawsuit"}  # 'filed a lawsuit' … 'the suit says', 'the complaint says'
_NOUN = "|".join(DOC_NOUNS)
_MENTIONED = re.compile(rf"\b({_NOUN})s?\b", re.IGNORECASE)
# 'said in a statement', 'issued a statement', 'In separate but identical letters sent …': the sentence's speaker
# issued the document (not 'said the report was wrong': a document spoken about is no one's)
_ISSUED = re.compile(rf"\b(?:in|issued|released|sent|wrote|published|posted)\s+"
                     rf"(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w\-]+\s+){{0,3}}?({_NOUN})s?\b", re.IGNORECASE)
# 'the report, by White House Counsel Robert Bauer, concluded': a document and who wrote it, whatever verb follows
_BY = re.compile(rf"\b(?:the|a|an|his|her|its|their)\s+(?:[\w\-]+\s+){{0,2}}?(?:{_NOUN})s?,\s+(?:by|from)\s+"
                 r"([A-Z][^,;:“”\"]{1,80}?)\s*,", re.IGNORECASE)
# 'The lawsuit was brought by Ann Marsh,', 'a 48-page indictment released by the Justice Department,': the same, passive
_BY_PASSIVE = re.compile(rf"\b((?i:{_NOUN}))s?,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|has\s+been|had\s+been)\s+)?"
                         r"(?:brought|filed|released|issued|written|sent|adopted|passed)\s+by\s+"
                         r"((?:the\s+)?[A-Z][^,;:“”\"]{1,80}?)\s*(?:[,.]|$)")

# 'the lawsuit from Nebraska and Oklahoma', 'a report by Open Ballot': a document and the names it comes from, no comma
_FROM = re.compile(rf"\b(?:the|a|an)\s+((?i:{_NOUN}))s?\s+(?:from|by)\s+"
                   r"([A-Z][\w.’'\-]*(?:\s+(?:and|of|[A-Z][\w.’'\-]*))*?)"
                   r"(?=\s*(?:[,.;:]|$)|\s+(?!and\b|of\b)[a-z])")
# a name of capitalised words only ('Nebraska and Oklahoma', 'Open Ballot'): the document's author even when no rule
# names its kind
_ONLY_NAMES = re.compile(r"[A-Z][\w.’'\-]*(?:\s+(?:and|of|[A-Z][\w.’'\-]*))*")


def doc_noun(phrase: str) -> str | None:
    """'the statement', 'The letter', 'that memo' → the noun; None for anything more ('the White House statement',
    'the press release from …': the phrase names its author itself)."""
    segs = phrases.segments(phrase)
    words = phrases.words_of(segs[-1] if segs else phrase)
    if len(words) != 2 or words[0].casefold() not in ("the", "this", "that"):
        return None
    noun = words[1]
    return noun if noun in DOC_NOUNS else None


def issued(masked: str) -> list[str]:
    """The documents a sentence (quotes masked) says its speaker issued, singular: 'said in a statement', 'in
    separate letters'."""
    return [kind(m.group(1)) for m in _ISSUED.finditer(masked)]


def kind(noun: str) -> str:
    """The document a noun names, one word for its synonyms: 'suit', 'complaint' → 'lawsuit'."""
    noun = noun.casefold()
    return _SAME.get(noun, noun)


def authored_by(masked: str) -> list[tuple[str, str]]:
    """(noun, author phrase) for each 'the report, by Robert Bauer,' / 'a letter, from Jane Doe,' in a sentence."""
    out = []
    for m in _BY.finditer(masked):
        noun = _MENTIONED.search(m.group(0))
        out.append((kind(noun.group(1)), m.group(1)))
    out += [(kind(m.group(1)), _apposed(masked, m)) for m in _BY_PASSIVE.finditer(masked)]
    return out + [(kind(m.group(1)), m.group(2)) for m in _FROM.finditer(masked)]


# after a described author, the name set off in apposition, and one more such pair after 'and': "brought by Nebraska's
# attorney general, Jon Bruning, and Oklahoma's attorney general, Scott Pruitt,"
_PERSON = r"((?:[A-Z][\w.’'\-]*\s+){1,3}[A-Z][\w’'\-]*)"
_APPOSED = re.compile(rf"\s*{_PERSON}\s*(?:[,.]|$)(?:\s*and\s+[^,;:“”\"]{{2,60}}?,\s*{_PERSON}\s*(?:[,.]|$))?")


def _apposed(masked: str, m: re.Match) -> str:
    """The author `_BY_PASSIVE` matched; when it is a description ('Nebraska's attorney general'), the name(s) set
    off after it ('Jon Bruning', 'Jon Bruning and Scott Pruitt')."""
    phrase = m.group(2)
    described = [w for w in phrase.split()[1:] if w.islower() and w not in ("and", "of", "the")]
    if not described or not masked[m.end() - 1:m.end()] == ",":  # 'the Justice Department, Mr. Hunter …' is no
        return phrase  # apposition: a name needs no other name
    named = _APPOSED.match(masked, m.end())
    if named is None:
        return phrase
    return " and ".join(n for n in named.groups() if n)


def noted(masked: str, found: list[Entity], resolve: Callable[[str], Entity | None]) -> list[tuple[str, Entity]]:
    """(noun, author) for the documents a sentence ties to someone: issued by its speaker ('Ryan Zinke … said in a
    statement'), or written by whom it names ('the report, by White House Counsel Robert Bauer,')."""
    speakers = [e for e in found if e.kind != "outlet"]
    out = [(noun, speakers[-1]) for noun in issued(masked)] if speakers else []
    return out + [(noun, e) for noun, phrase in authored_by(masked) if (e := resolve(phrase) or _named(phrase))]


def _named(phrase: str) -> Entity | None:
    """A document's author the resolver names no source for, written as a name only ('Nebraska and Oklahoma')."""
    phrase = phrase.strip(" ,.")
    return Entity(phrase, "body", described=phrase) if _ONLY_NAMES.fullmatch(phrase) else None


def author(noun: str, state: State) -> Entity | None:
    """The one who issued the most recent document of that kind the article tied to someone."""
    return next((e for n, e in reversed(state.documents) if n == noun), None)


def referred(phrase: str, state: State) -> Entity | None:
    """'the statement', 'The letter': who issued the most recent such document the article tied to someone."""
    noun = doc_noun(phrase)
    return author(kind(noun), state) if noun else None
