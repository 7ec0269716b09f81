"""People in text, for a question that asks who (pure functions, no model).

"Who was indicted along with Representative Duncan Hunter?" asks for a person: the sentence that answers
names one the question does not ("Duncan Hunter … and his wife, Margaret Hunter, were indicted"), while
a lead that restates the topic names only the question's own ("Representative Duncan Hunter was indicted
by a federal grand jury in San Diego"). A person is read without a gazetteer: two or more capitalised
words in a row inside the sentence (not its first words, not a place after "in / at / near"),
or a courtesy title and a name ("Mr. Campa-Najjar"). At the start of a sentence every word is capitalised, so a run
there names a person only when a title opens it ("Chief Justice John Roberts also offered …", "Sen. Chris Murphy
said"), not a body ("Justice Department officials said").
A question asking who did an act ("Who decided …", not "Who was indicted …") is answered by the act's doer too, a
group or body as news writing names it: "because Republicans decided …", "indicted by a federal grand jury"
(`gives_doer`).
"""

from __future__ import annotations

import re

from app.answer.dates import DATE
from app.attribution.speech import STRONG, WEAK
from app.text.terms import stem
from app.text.titles import NAME_TITLES

# "Who …", "Whom …": the answer is a person (not "Whose request …", not "Which court …")
PERSON_ASKED = re.compile(r"^\W*(?:who|whom)\b", re.I)
_NAME = re.compile(r"(?<![\w’'-])(?P<before>[a-z]\w*\s+)?(?P<name>(?:Mr|Ms|Mrs|Dr)\.\s+[A-Z][\w’'-]+|"
                   r"[A-Z][\w’'-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'-]+)+)")
_PLACE_BEFORE = frozenset("in at near".split())
# A name a sentence opens with is one when an appositive introduces it ("Marcus Webb, a delivery rider …, has sued",
# "Ana Ruiz, who owns …"): a capitalised opening is otherwise any word, a dateline or an outlet's name
_INTRODUCED = re.compile(r",\s+(?:an?|who)\s+[a-z]")
_OPENING_WORDS = frozenset("the a an this that these those its his her their our".split())  # a phrase, not a name


def _introduced(text: str, m: re.Match[str]) -> bool:
    """The name `m` that opens `text` is introduced by an appositive ("Marcus Webb, a delivery rider …") and opens
    with no determiner ("The House Judiciary Committee, a panel …" is a phrase the sentence's capital opens)."""
    return m.group("name").split()[0].casefold() not in _OPENING_WORDS and _INTRODUCED.match(text, m.end()) is not None
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
    the question's (titles and suffixes aside), not at the start of the text unless a title opens it (`_titled`) or
    an appositive introduces it (`_introduced`: "Marcus Webb, a delivery rider …"),
    not after a preposition of place, nor a date ("in San Diego", "on Tuesday", "WASHINGTON —" are no person); with
    `bodies` False, nor a name ending in a body's head word (`BODY_HEADS`)."""
    named = {w.casefold() for w in _WORD.findall(question)}
    for m in _NAME.finditer(text):
        before = (m.group("before") or "").strip().casefold()
        if before in _PLACE_BEFORE or (m.start("name") == len(text) - len(text.lstrip(" “\"'‘"))
                                       and not _titled(m.group("name")) and not _introduced(text, m)):
            continue
        if DATE.match(m.group("name")):
            continue
        words = [w.strip(".").casefold() for w in m.group("name").split()]
        if not bodies and words[-1] in BODY_HEADS:
            continue
        if any(w not in named and w not in NAME_TITLES for w in words):
            return True
    return False


# "Who decided …", "Who indicted …" ask for the act's doer; "Who was indicted …" for who underwent it, "Who did X …" for
# its object: a doer there is no answer
_DOER_ASKED = re.compile(r"^\W*who\s+(?!(?:was|were|is|are|be|been|being|has|have|had|got|gets|did|does|do|will|would|"
                         r"can|could|should|may|might|must)\b)[a-z]", re.I)
# The doer of an act named in news writing without a person's name: the subject right before the verb, a capitalised
# word or two ("because Republicans decided that the obsolete parts can be skipped"; an adverb between: "Democrats
# quickly decided"), or the passive's by-phrase ("was indicted by a federal grand jury in San Diego")
_SUBJECT_WORDS = frozenset("the a an it he she they we i you this that these those who what which there".split())
_BY_DOER = re.compile(r"\s*by\s+(?:the|a|an)?\s*(?:[\w’'-]+\s+){0,3}?(?:[A-Z][\w’'-]+|jury|grand\s+jury|"
                      r"prosecutors|court|judge|panel|committee|voters|lawmakers|officials)\b")


def gives_doer(question: str, acts: tuple[str, ...], text: str) -> bool:
    """`text` names who did an act asked about ("Who decided …", "Who indicted …") though no person: a capitalised
    subject the question does not name right before the act's verb (an adverb between), or the passive's by-phrase
    (`_BY_DOER`). Not a pronoun, not "who" ("… and who would decide how": a question reported, no doer); only for a
    question that asks the doer (`_DOER_ASKED`: not "Who was indicted along with X?")."""
    if _DOER_ASKED.match(question) is None:
        return False
    named = {w.casefold() for w in _WORD.findall(question)}
    for verb, before in _act_words(text, acts):
        if _BY_DOER.match(text, verb.end()):
            return True
        subject = before.group() if before else ""
        if subject[:1].isupper() and subject.casefold() not in _SUBJECT_WORDS | named | NAME_TITLES:
            return True
    return False


def _act_words(text: str, acts: tuple[str, ...]) -> list[tuple[re.Match, re.Match | None]]:
    """Each word of `text` that is a form of one of the acts, with the word right before it, an adverb skipped
    ("Republicans quickly decided": Republicans); None at the text's start."""
    act_stems = {stem(a.casefold()) for a in acts}
    words = list(_WORD.finditer(text))
    found = []
    for i, w in enumerate(words):
        if stem(w.group().casefold()) in act_stems:
            j = i - 1 - (i >= 2 and words[i - 1].group().endswith("ly"))
            found.append((w, words[j] if j >= 0 else None))
    return found


def answers_who(question: str, acts: tuple[str, ...], text: str) -> bool:
    """`text` answers "who": it names a person the question does not (`names_person`) or the act's doer
    (`gives_doer`)."""
    return names_person(question, text) or gives_doer(question, acts, text)


# "How did Mitch McConnell respond …", "Did Bill Clinton talk …": the question's subject, the words between its
# auxiliary and the act
_AUX_SUBJECT = re.compile(r"\b(?:did|does|do|has|have|had|will|would|could|can)\s+(?P<subject>.+)", re.I)


def others_act(question: str, acts: tuple[str, ...], text: str) -> bool:
    """`text` names the act asked about only as another named doer's: each time, a capitalised subject right before
    its verb (an adverb between, no comma: "with President Obama, mentions" is no subject) that is not among the
    question's subject words ("Trump swiftly responded" for "How did Mitch McConnell respond …?"). False when the
    question's subject is no one named (its head a common noun or a body's) or an occurrence has no such subject, or
    a body's head word ("The American Civil Liberties Union urged" may be the ACLU asked about)."""
    m = _AUX_SUBJECT.search(question)
    act_stems = {stem(a.casefold()) for a in acts}
    tail = _WORD.findall(m.group("subject")) if m else []
    end = next((i for i, w in enumerate(tail) if stem(w.casefold()) in act_stems), 0)  # no act: no subject read
    if not end or not tail[end - 1][:1].isupper() or tail[end - 1].casefold() in BODY_HEADS:
        return False  # the subject is no one named: "the Netanyahu ad", "the White House" (a person may act for it)
    subject = {w.casefold() for w in tail[:end] if w[:1].isupper()} - NAME_TITLES
    others = 0
    for verb, before in _act_words(text, acts):
        joined = before is not None and re.fullmatch(r"[\s\w’'-]*", text[before.end() : verb.start()]) is not None
        doer = before.group() if joined else ""  # no comma between
        if not doer[:1].isupper() or doer.casefold() in _SUBJECT_WORDS | subject | BODY_HEADS:
            return False
        others += 1
    return others > 0
