"""People in text, for a question that asks who (pure functions, no model).

"Who was indicted along with Representative Duncan Hunter?" asks for a person: the sentence that answers
names one the question does not ("Duncan Hunter … and his wife, Margaret Hunter, were indicted"), while
a lead that restates the topic names only the question's own ("Representative Duncan Hunter was indicted
by a federal grand jury in San Diego"). A person is read without a gazetteer: two or more capitalised
words in a row inside the sentence (not its first words, not a place after "in / at / near"),
or a courtesy title and a name ("Mr. Campa-Najjar"). At the start of a sentence every word is capitalised, so a run
there names a person only when a title opens it ("Chief Justice John Roberts also offered …", "Sen. Chris Murphy
said"), not a body ("Justice Department officials said").
"""

from __future__ import annotations

import re

from app.answer.dates import DATE
from app.attribution.speech import STRONG, WEAK
from app.text.titles import NAME_TITLES

# "Who …", "Whom …": the answer is a person (not "Whose request …", not "Which court …")
PERSON_ASKED = re.compile(r"^\W*(?:who|whom)\b", re.I)
_NAME = re.compile(r"(?<![\w’'-])(?P<before>[a-z]\w*\s+)?(?P<name>(?:Mr|Ms|Mrs|Dr)\.\s+[A-Z][\w’'-]+|"
                   r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+)+)")
_PLACE_BEFORE = frozenset("in at near".split())
# "Who said …", "Who told reporters that …", "Which senator wrote …": the person asked is who spoke the words the
# question gives, and a quote's speaker label names them. Another verb of saying only with "that" after it: "Who
# argued the women's side", "Which group urged lawmakers to vote against" ask about an act, and so does "told … to"
_SPEAKER_ASKED = re.compile(r"^\W*(?:who|which\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:also\s+)?"
                            r"(?:(?:said|says|wrote|writes|told|tells)\b(?!(?:\s+[\w’'-]+){0,3}?\s+to\s)|"
                            rf"(?:{STRONG}|{WEAK})(?:\s+[\w’'-]+){{0,2}}?\s+that\b)", re.I)
_WORD = re.compile(r"[\w’'-]+")
# The last word of a body's or a thing's name, not a person's ("the United States Supreme Court", "the Park Service",
# "the Jewish United Fund", "the Voting Rights Act")
BODY_HEADS = frozenset("court courts department service committee house senate congress party administration "
                       "university college school association union foundation fund institute agency bureau "
                       "commission office council board coalition society center centre club times post news journal "
                       "network group company corporation bank markets act amendment constitution states state "
                       "county city street capitol caucus federation organization project campaign museum program "
                       "review report record reserve army navy force forces police guard".split())
# Titles that open a person's name at a sentence's start ("Chief Justice John Roberts", "Sen. Chris Murphy", "Mr.
# Sestak"): NAME_TITLES but the words of a country or a body ("U.S. …", "United States …"), a suffix, and "General",
# which opens firms as often ("General Electric")
_OPENING_TITLES = NAME_TITLES - frozenset("u.s us united states jr sr ii iii iv general".split())


def asks_person(question: str) -> bool:
    """The question asks who did or underwent something ("Who …", "Whom …")."""
    return PERSON_ASKED.match(question) is not None


def asks_speaker_of(question: str) -> bool:
    """The question asks who said what it quotes or restates (`_SPEAKER_ASKED`)."""
    return _SPEAKER_ASKED.match(question) is not None


def _titled(name: str) -> bool:
    """A run of capitalised words a title opens and a body's head word does not end ("Chief Justice John Roberts",
    "Mr. Sestak"; not "Justice Department")."""
    words = [w.strip(".").casefold() for w in name.split()]
    return len(words) >= 2 and words[0] in _OPENING_TITLES and words[-1] not in BODY_HEADS


def names_person(question: str, text: str, bodies: bool = True) -> bool:
    """`text` names a person the question does not name: a run of capitalised words with a word that is not
    the question's (titles and suffixes aside), not at the start of the text unless a title opens it (`_titled`),
    not after a preposition of place, nor a date ("in San Diego", "on Tuesday", "WASHINGTON —" are no person); with
    `bodies` False, nor a name ending in a body's head word (`BODY_HEADS`)."""
    named = {w.casefold() for w in _WORD.findall(question)}
    for m in _NAME.finditer(text):
        before = (m.group("before") or "").strip().casefold()
        if before in _PLACE_BEFORE or (m.start("name") == len(text) - len(text.lstrip(" “\"'‘"))
                                       and not _titled(m.group("name"))):
            continue
        if DATE.match(m.group("name")):
            continue
        words = [w.strip(".").casefold() for w in m.group("name").split()]
        if not bodies and words[-1] in BODY_HEADS:
            continue
        if any(w not in named and w not in NAME_TITLES for w in words):
            return True
    return False
