"""A reporter's narrative sentence whose only speech is a participle clause: 'President Obama on Friday defended
revelations …, saying that Congress was fully briefed', 'an advertisement … using a news clip of Netanyahu warning
of the risks'. With no quotation marks none of its words are the speaker's: the chain keeps the speaker (a search
for what they said still finds the sentence) with the role NARRATES, and the label shows the outlet alone."""

from __future__ import annotations

import re

from app.attribution.links import NARRATES, QUOTES, Link
from app.attribution.phrases import unnamed_role
from app.attribution.quotemarks import has_quotes
from app.attribution.relayed import QUOTED_AS
from app.attribution.speech import CHARACTERISE, STRONG, WEAK

_SPEECH = re.compile(rf"\b(?:{STRONG}|{WEAK}|{CHARACTERISE}|asked|asks)\b")
# 'Obama is saying that …', 'she kept warning …': a progressive is the clause's own verb, not a participle clause
_PROGRESSIVE = re.compile(r"\b(?:am|is|are|was|were|be|been|being|keeps?|kept)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
FRAGMENT_WORDS = 6  # a characterising phrase ('“partisan political attack dog”'), not a clause of the speaker's
# a quotation mark opening a quotation (at the start, after a space, a bracket or a dash)
_OPENS = re.compile(r"(?:^|(?<=[\s(—–-]))[“\"]")
# 'He adding that …': a participle right after a pronoun is a misprinted finite verb, the clause's own
_PRONOUN = re.compile(r"\b(?:he|she|they|it|we|i)\s+$", re.IGNORECASE)
# 'KRT quoted Major Ulvik as saying …': a quoting report's participle gives the source's words, no narrative
_QUOTED_AS = re.compile(QUOTED_AS + "$")


def narrates(text: str) -> bool:
    """No quotation set off as the speaker's words (a few words in quotation marks inside the reporter's clause are
    theirs, the sentence is not), every verb of saying a participle (-ing) that no form of 'be' makes the clause's
    verb, and not a lead-in ending with a colon ('Trump lashed out on Twitter, saying:' introduces his words)."""
    if text.rstrip().endswith(":") or has_quotes(text) and not fragments_only(text):
        return False
    verbs = list(_SPEECH.finditer(text))
    return bool(verbs) and all(m.group(0).endswith("ing") and not _PROGRESSIVE.search(text[: m.start()])
                               and not _PRONOUN.search(text[: m.start()]) and not _QUOTED_AS.search(text[: m.start()])
                               for m in verbs)


def fragments_only(text: str) -> bool:
    """Every quotation a phrase of at most FRAGMENT_WORDS words that opens after a word of the reporter's sentence
    ('a “faker”'): none at its start or after a colon or comma, none a clause of the speaker's ('… repeating that they
    had “long been concerned about the degree to which …”' quotes them)."""
    stripped = text.strip()
    return all(re.search(r"[A-Za-z’']\s+$", stripped[: m.start()])
               and len(re.split(r"[”\"]", stripped[m.end():], maxsplit=1)[0].split()) <= FRAGMENT_WORDS
               for m in _OPENS.finditer(stripped))


def narrated(links: tuple[Link, ...]) -> tuple[Link, ...]:
    """The chain of a narrative sentence: each quoted source becomes a narrated one (relays stay)."""
    return tuple(Link(link.name, NARRATES) if link.role == QUOTES else link for link in links)


def parser_may_name(m) -> bool:
    """Whether a parser's guess may name the speaker of mention `m` (`speech.Mention`) that the rules left unnamed: not
    'A former NSA official told' (no one speaks for the NSA), nor a participle set off by a comma ('The states filed a
    lawsuit in the U.S. Supreme Court, insisting that …': its speaker is the main clause's subject, which the rules
    read; a name further on is no speaker)."""
    participle = m.verb.endswith("ing") and m.phrase.rstrip().endswith(",")
    return not participle and "former" not in unnamed_role(m.phrase)
