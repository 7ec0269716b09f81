"""Does the one a said-question asks about speak at all? "What did X say …", "How did X respond / react …" is
answered with X's words; when X is only mentioned (the object of someone else's sentence: "phone records from Verizon
Wireless customers") the sources do not say what X said (pure regexes over the candidate quotes)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.document_said import Document, asked_document, document_speaks
from app.answer.quote import Quote
from app.answer.same_name import named_apart
from app.answer.signals import name_keys, speaker_match
from app.answer.source_asked import responder, said_by
from app.attribution.phrases import people_of
from app.attribution.speech import CHARACTERISE, STRONG, WEAK
from app.text.apostrophe import either
from app.text.terms import STOPWORDS, per_text, term_set

# Verbs of answering back: a response to a charge ("defended the bill", "pushed back"); `opening.response_first`
# opens a "How did X respond" answer with X as their subject
ANSWER_BACK = r"defend\w*|reject\w*|dismiss\w*|push\w*\s+back|fir\w+\s+back|hit\s+back"
# Verbs of saying: a sentence whose subject is X, or that such a verb introduces X in, passes on X's words. The verbs
# that introduce a quotation in a chain (`speech`: STRONG, WEAK, CHARACTERISE) all do; this test is wider on purpose:
# it asks only whether X speaks at all, and a said-question ("How did X respond?") is answered by X's reaction too,
# which need not introduce a quotation ("Trump slammed the ruling", "X vowed to appeal", "issued a statement")
# what a body issues or sends out to say something: "issued a statement", "sent out a “call to arms”"; after X's
# name ("a celebratory news release early Tuesday from Safari Club International") the noun introduces X's words
_MESSAGES = (r"statements?|report|memo|letter|response|(?:news\s+|press\s+)?release|alert|appeal|email|"
             r"[“\"]?call\s+to\s+arms")
_REACT = (r"tell|announc\w+|write|tweet\w*|post(?:s|ed)|stat(?:e|es|ed|ing)|respon\w+|repl(?:y|ies|ied)|react\w*|"
          r"argu\w+|claim\w*|warn\w*|call(?:s|ed|ing)?|describ\w+|den(?:y|ies|ied)|insist\w*|not(?:es|ed)|explain\w*|"
          r"testifi\w+|report\w*|relay\w*|declar\w+|ask(?:s|ed)|acknowledg\w+|admit\w*|conced\w+|counter\w*|echo\w*|"
          r"criticiz\w+|prais\w+|urg\w+|blast\w*|slam\w*|accus\w+|vow\w*|promis\w+|"
          r"suggest\w*|complain\w*|predict\w*|conclud\w+|f(?:ound|inds?)|estimat\w+|confirm\w*|disput\w+|agree\w*|"
          rf"object\w*|weigh\w*\s+in|lash\w*\s+out|{ANSWER_BACK}|"
          # issuing or sending out a statement is saying something; releasing emails or tax returns is not
          rf"(?:issu|releas|sen[dt]s?(?:ing)?\s+out|put\w*\s+out)\w*\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?"
          rf"(?:{_MESSAGES})")
_SAY = rf"(?:{STRONG}|{WEAK}|{CHARACTERISE}|{_REACT})"
# after X, before its verb: "'s spokesman", ", the White House counsel,", "(D-Calif.)", "also", "quickly", "has"
_TITLE = r"(?:[’']s(?:\s+[a-z]+){1,3}(?:\s+[A-Z][\w.’'-]*)*)?"  # X's own representative speaks for X
# an appositive: a long one ("Safari Club International, a trophy-hunting organization that sued … on Tuesday, lashed
# out") within its sentence
_APPOSITIVE = r"[^,;“”\"]{1,80}|(?:(?![.!?]\s)[^,;“”\"\n]){81,200}"
# a second name joined to X: "Mr. Udall and Mr. Wyden released a joint statement" (X speaks with the other)
_JOINED = r"(?:\s+and\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:\s*\([^)]{1,20}\))?)?"
_BETWEEN = (rf"(?:\s+[A-Z][\w.’'-]*)*{_TITLE}(?:\s*,(?:{_APPOSITIVE}),)?(?:\s*\([^)]{{1,20}}\))?{_JOINED}"
            r"(?:\s+(?:also|later|then|has|had|have|once|previously|repeatedly|initially|\w+ly|"
            r"in\s+a\s+\w+(?:\s+\w+)?,?|"
            # a time adverbial dates the saying: "Mr. Obama on Thursday said", "X last week told", "X earlier this
            # month wrote"
            r"on\s+(?:[A-Z][a-z]+day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?|yesterday,?|"
            r"(?:(?:earlier|later)\s+)?(?:last|this|that)\s+(?:week|month|year|night|morning|[A-Z][a-z]+day),?))*\s+")
_AFTER = re.compile(rf"^{_BETWEEN}{_SAY}\b")
# … or as the subject of a relative clause whose verb is one ("seized upon by Republicans who argued she was …")
_WHO_SAYS = re.compile(rf"^\s*,?\s+(?:who|that)\s+(?:\w+ly\s+)?{_SAY}\b")
# before X: "said Representative Zoe …" (an attribution inverted: only these verbs; "praised X", "told X" take X as
# their object), "according to the …", "a spokesperson for …"
# Not `speech._INVERTED_TAIL`'s verbs: it reads a tail at the sentence's end ("…, warned the minister."), where a
# name after "warned", "answered" or "reported" can only be the speaker; here X stands anywhere ("reported Trump
# would sign", "warned Congress"), so only verbs that take no person as their object
_INVERTED = (r"(?:said|says|added|adds|wrote|writes|noted|notes|explained|continued|declared|insisted|argued|stated|"
             r"tweeted)")
_BEFORE = re.compile(rf"(?:\b{_INVERTED}|\b[Aa]ccording\s+to|"
                     # "a news release early Tuesday from X" (not "a letter sent from X's attorney": X's agent's)
                     rf"\b(?:{_MESSAGES})(?:\s+(?:early|late|[A-Z][\w.’'-]*)){{0,3}}?\s+from|"
                     r"\b(?:spokes\w+|lawyers?|attorneys?|aides?|"
                     r"representatives?|"
                     r"counsel|campaign|office)\s+(?:for|from|of|with|at))"
                     r"(?:\s+(?:the|a|an|at|of|for|from|[A-Z][\w.’'-]*),?)*\s+$")  # "according to Peter Keating at X"
# X opens its sentence, after names, titles or a conjunction only ("But Senator Richard J. …"): its subject (a name
# inside quotation marks, or after a verb, is someone's words or an object: "“Christie was excellent,” he said")
_SENTENCE_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n\s*)(?:(?:But|And|Yet|Still|Meanwhile|However,|[A-Z][\w.’'-]*)\s+)*$")
_PRONOUN_SAYS = re.compile(rf"\b(?:he|she|they)(?:\s+\w+ly)?\s+{_SAY}\b", re.I)  # "…, he suggested"
# … or X, opening its sentence, does something "before / after / while" saying (an adjunct's -ing verb has the main
# clause's subject): "Gibbs declined repeated attempts for comment before relaying to reporters that …"
_ADJUNCT_SAYS = re.compile(r"^[^.;!?“”\"]{1,100}?\b(?:before|after|while)\s+(?:saying|telling|relaying|noting|adding|"
                           r"writing|explaining|insisting|arguing|declaring|stating|announcing|conceding|"
                           r"acknowledging|warning|suggesting)\b")
# … X opening it: only names and titles before X since the sentence began ("Press Secretary Robert"; a title's point,
# "Mr.", ends no sentence: "The president met Mr. Gibbs" has Gibbs as an object)
_OPENS = re.compile(r"(?:^|(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSen)(?<!\bRep)(?<!\bGov)[.!?]\s+)"
                    r"(?:[A-Z][\w.’'-]*\s+)*$")


def asks_speaker(ask: Asked, question: str) -> frozenset[str]:
    """The name words of whom the question asks for the words of: `ask.speakers`, or X's in "How did X respond …"."""
    if ask.said:  # not when the verb matched is a later word ("What did the Clintons pay in state … taxes")
        who = said_by(question).split()
        # not a role or a text named after X ("the NAACP resolution", "the White House statement"): its words need
        # no verb of saying, and its maker need not speak
        return frozenset() if who and (who[-1].casefold() in STOPWORDS or who[-1].islower()) else ask.speakers
    return frozenset(w.casefold().strip(".,") for w in responder(question).split()  # "How did X respond / react …"
                     if w[:1].isupper() and not w.endswith(("'s", "’s")))


def speaker_silent(ask: Asked, question: str, quotes: Sequence[Quote]) -> bool:
    """A said-question's X speaks in none of the candidate quotes: no link of a chain names X, X is not the outlet,
    and no sentence has X (or X's spokesman, lawyer, office …) as the subject of a verb of saying, nor introduces X
    by one ("said Representative Zoe Lofgren", "according to X", "a spokesperson for X"). Not for a role asked about
    ("Hunter's spokesman": no name of the speaker is known before the passages are read) nor "Did X call Y Z?"."""
    speakers = asks_speaker(ask, question)
    if not speakers or ask.labelled or not quotes:
        return False
    if (document := _source_document(question)) is not None and any(document_speaks(document, q.text)
                                                                     for q in quotes):
        return False  # "What does the lawsuit by X say flows …": "“…,” the suit says" passes on its words
    if (body := _owned_body(question)) is not None:  # "How did the Obama campaign respond …": the campaign speaks
        return not any(body_speaks(body, q.text) or any(body.search(link.name) for link in q.links) for q in quotes)
    return not speaking(speakers, quotes)


def _source_document(question: str) -> Document | None:
    """The document a said-question's source phrase heads ("the lawsuit by Nebraska and Oklahoma"), also when the
    question asks one thing it says (`document_said.person_or_document` reads it as a person's then: its names speak
    for it), or None."""
    source = said_by(question)
    return asked_document(source) if source else None


# "How did the Obama campaign / the Trump administration respond …": a body named by its owner, which speaks as "the
# Obama campaign said", "a spokesman for the Obama campaign", not as Obama
_OWNED = re.compile(r"^the\s+(?P<owner>(?:[A-Z][\w.’'-]*\s+)+)(?P<head>[a-z]+)$")


def _owned_body(question: str) -> re.Pattern[str] | None:
    """The pattern of the owner-named body a "How did X respond …" question asks about, or None."""
    m = _OWNED.match(responder(question)) if not said_by(question) else None
    if m is None:
        return None
    return re.compile(rf"\b{re.escape(m.group('owner').strip())}(?:['’]s)?\s+{re.escape(m.group('head'))}\b", re.I)


def body_speaks(body: re.Pattern[str], text: str) -> bool:
    """The body (`_owned_body`) is the subject of a verb of saying in `text`, or one introduces it."""
    return any(_AFTER.match(text[m.end():]) or _BEFORE.search(text[:m.start()]) for m in body.finditer(text))


def speaking(speakers: frozenset[str], quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes X speaks in: a link of the chain names X, X is the outlet, or X (or X's representative) is the
    subject of a verb of saying or introduced by one (`speaks_in`)."""
    return [q for q in quotes if speaker_match(q.links, speakers, q.hit) or speakers & name_keys(q.outlet)
            or speaks_in(q.text if q.links else _with_context(q), speakers - _namesakes(q, speakers), bool(q.links))]


def _namesakes(q: Quote, speakers: frozenset[str]) -> frozenset[str]:
    """X's name words a link of q's chain shares with X while the article tells the two apart (`named_apart`): in
    its text, "Hunter said" is the chain's Duncan Hunter, not the Margaret Hunter asked about."""
    return frozenset(w for link in q.links for people in (people_of(link.name),) for name in people
                     if named_apart(name, speakers, q.hit, tuple(people)) for w in name_keys(name) & speakers)


CONTEXT_CHARS = 300  # of the passage around a quote no chain speaks in: where a pronoun speaker and its name stand


def _with_context(q: Quote) -> str:
    """The quote with the passage's text around it (a pronoun speaking in it may stand for a name before it, or a
    pronoun after it for a name in it)."""
    c = q.hit.chunk
    return c.text[max(0, q.start - c.start - CONTEXT_CHARS): q.end - c.start + CONTEXT_CHARS]


@per_text(maxsize=1 << 12)
def _name_pattern(words: str) -> re.Pattern[str]:
    either_way = "|".join(either(w) for w in words.split())  # "O'Halleran" is "O’Halleran"
    return re.compile(rf"\b(?:{either_way})\b", re.I)


def speaks_in(text: str, speakers: frozenset[str], chained: bool = True) -> bool:
    """`text` has one of X's name words (written as a name: capitalised) as the subject of a verb of saying (a
    relative clause's too: "Republicans who argued"), or a verb of saying, "according to" or a representative's noun
    introduces it. `chained`: the text's chain names a speaker; when it names none, a pronoun speaking after X's name
    stands for X ("Senator Durbin … draws a distinction …. Very few lawmakers avail themselves of such briefings, he
    suggested")."""
    for m in _name_pattern(" ".join(sorted(speakers))).finditer(text):
        if not m.group()[:1].isupper():
            continue
        rest = text[m.end():]
        before = text[: m.start()]
        if _AFTER.match(rest) or _WHO_SAYS.match(rest) or _BEFORE.search(before) \
                or (_OPENS.search(before) and _ADJUNCT_SAYS.match(rest)) \
                or (not chained and _PRONOUN_SAYS.search(rest) and _SENTENCE_SUBJECT.search(before)):
            return True
    return False


# "What did X say / tell …": the question asks for X's words themselves (not "How did X respond", which an act answers,
# nor "What did X reveal / call on …"); one question only ("…, and what did the regime then claim …" asks two)
_WORDS_ASKED = re.compile(r"\bwhat\s+(?:did|does|do|has|have|had)\s+[^?]+?\s+(?:say|said|tell|told)\b", re.I)
_SECOND_QUESTION = re.compile(r"\band\s+(?:what|how|why|who|when|where|which)\b", re.I)


def words_missing(ask: Asked, question: str, quotes: Sequence[Quote]) -> bool:
    """A "What did X say" question whose answer quotes hold none of X's words (`speaker_silent` over the quotes
    picked): X may speak elsewhere in the passages, but the answer would say what others said."""
    return bool(_WORDS_ASKED.search(question)) and not _SECOND_QUESTION.search(question) \
        and speaker_silent(ask, question, quotes)


_SAY_WORD = re.compile(rf"^{_SAY}$", re.I)


def topic_terms(ask: Asked, question: str) -> frozenset[str]:
    """The terms of what a said-question asks X about: the question's, less X's name words and its verbs of saying."""
    words = re.findall(r"[\w’'-]+", question)
    return term_set(question) - term_set(" ".join(ask.speakers)) - term_set(" ".join(w for w in words
                                                                                     if _SAY_WORD.match(w)))


def on_topic(ask: Asked, question: str, passage: str) -> bool:
    """A passage X speaks in holds one of the question's topic terms (or the question has none): X's words in
    another story ("What did Pelosi say about skipping parts of the Constitution" - her words on an election bill)
    do not answer."""
    topic = topic_terms(ask, question)
    return not topic or bool(topic & term_set(passage))
