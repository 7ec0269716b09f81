"""Is the doer the question asks for, or takes as its subject, the one the sources give for the event?

Two forms of near-topic question keep a story's event and swap its doer:
  - a doer-asking question whose wh-phrase names an office or a kind of government ("Which senator called on
    the administration to reverse its policy?", "Which states sued …"). News writing gives an office with the
    name it belongs to ("Sen. Tom Udall", "Sheriff Mark Overman", "the Senate's ... senator"), and a state by its
    name ("attorneys general in Nebraska and Oklahoma"): an answering sentence, or its neighbour, that names no
    such office or state gives a doer of another kind (a representative's call, a group's suit);
  - a question whose subject is a common-noun phrase without a determiner, a class of people ("What did local
    communities call for …", "What do dispensary owners say …"): the sources report that class doing the asked
    act only if one sentence of a candidate quote's article names its head noun with the act's verb
    ("environmental groups … called for"); "local communities" named as those the hunting pays does not report
    them calling. A light verb ("have", "take"), a speech verb stored as no term ("say") or an attitude, which
    news reports by what the class says ("fear"), asks only that the article names the class.
Pure functions over the stored sentence terms and the passages' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked_events import LIGHT
from app.answer.other_doers import told_as_others
from app.answer.presumed import forms
from app.answer.select import Quote
from app.answer.windows import window_text
from app.attribution.links import NARRATES, QUOTES, Names
from app.text.terms import STOPWORDS, per_text, stem, terms

# How news writing names a holder of each office, or a state: the office word or its abbreviated title
_OFFICES = {
    "senator": r"\bSens?\.|\b[Ss]enators?\b",
    "governor": r"\bGovs?\.|\b[Gg]overnors?\b",
    "sheriff": r"\b[Ss]heriffs?\b",
    "mayor": r"\b[Mm]ayors?\b",
    "judge": r"\b[Jj]udges?\b",
    "representative": r"\bReps?\.|\b[Rr]epresentatives?\b|\b[Cc]ongress(?:wo)?m[ae]n\b",
    "state": r"\b(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
             r"Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|"
             r"Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|"
             r"North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
             r"South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|"
             # "Washington" alone: the capital; "Washington state" or "Washington State" ("Washington State's governor")
             r"Washington [Ss]tate|West Virginia|Wisconsin|Wyoming)\b",
}
# "Which senator called …", "Which Democratic senators have urged …": the wh-phrase is the doer (no auxiliary after
# it that would make it the object: "Which states did Colorado sue")
_DOER_ASKED = re.compile(r"^\W*(?i:which|what)\s+(?:(?!(?i:did|does|do|is|are|was|were|has|have|had|will|"
                         r"would)\b)(?P<mod>[\w-]+)\s+)?"
                         r"(?P<office>(?i:senator|governor|sheriff|mayor|judge|representative|state))s?\s+"
                         r"(?!(?:did|does|do)\b|(?:(?:is|are|was|were|be|being)|(?:has|have|"
                         r"had)\s+been)\s+\w+(?:ed|en)\b)(?P<next>[a-z]+)")
# "state" before a noun is a modifier, no doer: "What state law bans …", "Which state agency issued …"
_STATE_NOUNS = frozenset("law laws agency agencies official officials lawmakers legislators legislature court courts "
                         "department government regulators program programs employees workers police troopers board "
                         "capitol budget funds funding money records data election elections level".split())
# "What did local communities call for …", "Which side did business interests take …": lower-case words after the
# auxiliary, up to a stopword or the end; the last is the verb, the others the subject (a determiner stops it at once)
_SUBJECT = re.compile(r"^\W*(?:what|which|how)(?:\s+(?P<noun>[a-z]+))?\s+(?:did|does|"
                      r"do)\s+(?P<run>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)+)",
                      re.I)  # re.I: a capitalised word matches too; `common_subject` stops the subject there


# What a class thinks or wants is reported by what it says ("advocates said the challenge could boost the black
# market" for "What do marijuana advocates fear …"): such a verb asks only that the class is named
_ATTITUDES = frozenset("fear worry think believe hope expect want feel consider predict know wish prefer".split())
# Wh-nouns that ask for a description, not an act the text names ("What role did … play"; "how much")
_VAGUE = frozenset({None, "much", "many", "role", "part", "kind", "kinds", "type", "sort", "way", "ways", "thing",
                    "things", "step", "steps", "action", "actions"})
_STOP_VERBS = frozenset("have has had do does say says".split())  # verbs the stopwords hold: they end the subject


@per_text(maxsize=1 << 8)  # the question's: parsed on the BM25 worker while it embeds (`pipeline.read_question`)
def asked_office(question: str) -> str | None:
    """The office or kind of government the question's wh-phrase asks for as doer ("Which senator called": senator)."""
    m = _DOER_ASKED.match(question)
    if m is None or (m.group("office").casefold() == "state" and m.group("next") in _STATE_NOUNS):
        return None
    return m.group("office").casefold()


def office_unpaired(question: str, answering: Sequence[Quote]) -> list[str]:
    """The asked office, when no answering sentence nor its neighbour names a holder of it, or when they tell the
    asked event as another doer's (`told_as_others`)."""
    office = asked_office(question)
    if office is None or not answering:
        return []
    holder = re.compile(_OFFICES[office])
    # the sources tell the event as another doer's ("The lawsuit was brought by attorneys general") and no holder
    # of the office with it: a sheriff quoted nearby is no sheriff suing
    if told_as_others(_DOER_ASKED.match(question).group("next"), lambda t: holder.search(t) is not None, answering):
        return [office]
    if (_DOER_ASKED.match(question).group("mod") or "").casefold() in _OTHER:  # "Which other states will join …"
        return [] if any(_new_holder(holder, question, q.text) for q in answering) else [office]
    return [] if any(holder.search(window_text(q)) or _speaker_holds(office, q) for q in answering) else [office]


_OTHER = frozenset({"other", "another", "more", "additional"})


def _new_holder(holder: re.Pattern, question: str, text: str) -> bool:
    """`text` names a holder of the office the question does not ("Which other states will join Nebraska and
    Oklahoma …" asks for a state besides those two: "Nebraska and Oklahoma filed" names none). The answering
    sentence itself: a neighbour naming other states names them in another role ("programs in place in Colorado and
    Washington state")."""
    return any(m.group(0).casefold() not in question.casefold() for m in holder.finditer(text))


# The office's words as the stored sentence terms hold them ('Sen.', 'Senators' …)
_OFFICE_TERMS = {office: frozenset(terms(words)) for office, words in {
    "senator": "senator senators sen", "governor": "governor governors gov", "sheriff": "sheriff sheriffs",
    "mayor": "mayor mayors", "judge": "judge judges", "representative": "representative rep congressman congresswoman",
}.items()}


def _speaker_holds(office: str, q: Quote) -> bool:
    """The quote's speaker, by its chain, is named with the office in a sentence of its article: '“…,” they said'
    after 'Senators Ron Wyden of Oregon and Mark Udall of Colorado' earlier (one sentence holds the office's word and
    each speaker's surname; a link may name two people: 'Mark Udall and Ron Wyden')."""
    sentences, words = q.hit.sentences, _OFFICE_TERMS.get(office)
    if not words or not q.links or q.links[-1].role not in (QUOTES, NARRATES) \
            or sentences is None or sentences.bounds is None:
        return False
    surnames = [frozenset(terms(Names.surname(n))) for n in re.split(r",\s*|\s+and\s+", q.links[-1].name)]
    named = [held for held in sentences.terms_of(range(len(sentences))) if held and held & words]
    return all(s and any(s <= held for held in named) for s in surnames)


@per_text(maxsize=1 << 8)  # the question's: parsed on the BM25 worker too
def common_subject(question: str) -> tuple[str, str] | None:
    """The head noun of a question's determiner-less lower-case subject and its verb ("What did local communities
    call for": communities, call), or None (a capitalised or determined subject, or none). A light verb's act is
    the wh-phrase's noun ("What concern do civil libertarians have": concern)."""
    m = _SUBJECT.match(question)
    if m is None:
        return None
    words = []
    for w in m.group("run").split():
        if w in _STOP_VERBS:  # "What concern do state election officials have": the verb is a stopword
            words.append(w)
            break
        if w in STOPWORDS or not w.islower():
            break
        words.append(w)
    if len(words) < 2:
        return None
    light = words[-1] in LIGHT and m.group("noun") not in _VAGUE
    return words[-2], m.group("noun") if light else words[-1]


def subject_unpaired(question: str, candidates: Sequence[Quote]) -> list[str]:
    """The subject's head noun, when no sentence of a candidate quote's article names it with the asked verb (a
    light, unstored or attitude verb: it alone, anywhere in the article)."""
    got = common_subject(question)
    if got is None or not candidates:
        return []
    head, verb = stem(got[0]), got[1]
    acts = frozenset() if verb in LIGHT or verb in STOPWORDS or verb in _ATTITUDES else forms(verb) | {stem(verb)}
    for sentences in {id(q.hit.sentences): q.hit.sentences for q in candidates}.values():
        if sentences is None or sentences.bounds is None:
            return []  # nothing stored to read: no evidence
        if not sentences.holds(head):
            continue
        if not acts or any(head in held and acts & held for held in sentences.terms_of(range(len(sentences)))):
            return []
    return [head]
