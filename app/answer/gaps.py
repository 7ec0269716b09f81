"""Does the answer give the part of the event the question asks for, or only the event around it?

A partly-answered near-topic question keeps a story's event and asks for one detail the articles never give for it;
the sentences about the event score well, so relevance answers with them. News writing shows the gap in the sentence
itself, and these rules read it there (the quotes that answer, within CLOSE of the best, and their neighbours):
  - another doer: the asked verb stands in the answer with a named subject that is not the question's ("when the
    Justice Department opened its criminal investigation" for "When did the House Ethics Committee open …");
  - an unnamed holder: a "Which <body> official …" / "Which white lawmaker …" question asks for a person, and the
    answer's doer of that verb is the body itself ("The Justice Department wrote Mr. Issa") or an indefinite one
    ("A white lawmaker said …"): the article does not name who;
  - a background event: a why-question's event stands only in a trailing relative clause ("…, where the longtime
    president was placed under house arrest"), which tells where or when, not why; a reason word elsewhere in the
    sentence belongs to its main verb;
  - an example only: a why-question's subject is named only in a trailing list after a group's act ("members …
    were recognized, beginning with Representative Steve Rothman"): the sentence's reason is the group's;
  - a stated figure: "the $600 airline ticket in Chris Collins's indictment" names a sum the answer must hold;
  - a decider not named: "What did the Office of Special Counsel conclude …" is answered only where the decider is
    named (every word of its name, in the quote or a neighbouring sentence).
Each rule judges only what it finds: an answer that never names the asked verb is left to the other checks.
Pure functions over the quotes' text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.doerless import act_doerless
from app.answer.named import articles_terms
from app.answer.presumed import forms
from app.answer.select import Quote
from app.answer.verb_forms import IRREGULAR, PASTS
from app.answer.who_named import nobody_named
from app.answer.windows import window, window_text
from app.text.terms import STOPWORDS, per_text, stem, terms
from app.text.function_words import DETERMINERS

# After a verb: a function word, a determiner or the end ("open its investigation"); a lower-case word after a name
# that meets another word is a noun of the subject ("the Obama administration ban …")
_VERB_ENDS = (r"\s+(?:in|on|at|as|to|for|from|with|about|after|before|during|over|under|of|the|a|an|his|her|their|its|"
              r"back|down|out|up|off|away)\b|\s*[?,.;]|\s*$")
_CAPS = r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and)\s+(?=[A-Z]))?){1,5}"
# "When did the House Ethics Committee open …", "Why did Trump reverse …": a capitalised subject, then the verb
# (a possessive subject, "Zimbabwe's military", is a noun phrase: not read)
_NAMED_DOER = re.compile(rf"^\W*(?i:when|why|how|where|what|which)\b[^?]*?\b(?:did|does|do)\s+(?:the\s+)?"
                         rf"(?P<subj>{_CAPS})(?P<verb>[a-z]+)\b(?={_VERB_ENDS})")
# Nouns for a person holding a role: a question asking "which" of them asks for a name
_ROLES = ("official|officials|lawmaker|lawmakers|spokesman|spokeswoman|spokesperson|aide|aides|lawyer|lawyers|"
          "attorney|attorneys|executive|anchor|reporter|journalist|member|members|senator|senators|congressman|"
          "congresswoman|representative|prosecutor|prosecutors|agent|officer|leader|staffer|adviser|advisor|analyst|"
          "expert|economist|scientist|donor|employee|worker|activist|judge|justice|juror|witness|protester|"
          "demonstrator|student|voter|resident|candidate|victim|suspect|soldier|person")
_ROLE_ASKED = re.compile(rf"^\W*(?i:which|what)\s+(?P<body>(?:[A-Z][\w.'’-]*\s+){{0,3}})(?:[a-z]+\s+){{0,2}}?"
                         rf"(?P<role>(?:{_ROLES})s?)\s+(?:(?P<passive>was|were)\s+)?(?P<verb>[a-z]+)\b")
# A doer that names no one: an indefinite noun phrase ("A white lawmaker", "an official", "two aides")
# (not a partitive: "several of Iran's new leaders" may go on to name them)
_INDEFINITE = re.compile(r"^(?:a|an|one|two|three|some|several|other|another|many)\s+(?!of\b)", re.I)
_CLAUSE_END = re.compile(r"[,;:—–()“”\"]|\s-\s")
_WHY = re.compile(r"^\W*why\s+(?:did|does|do|was|were|is|are|has|have|had)\s+(?P<rest>[^?]*)", re.I)
# A trailing relative clause: "…, where the president was placed under house arrest this week by the military."
_RELATIVE_TAIL = re.compile(r"[,—–]\s*(?:where|when|which|who|whose)\b(?P<clause>[^,;:—–]*)[.!?”\"]*\s*$")
_REASON = re.compile(r"\b(?:because|due\s+to|since|so\s+that|in\s+order|reason|why|after|amid|over|citing|"
                     r"to\s+[a-z]+)\b",
                     re.I)
_WHO_DID = re.compile(rf"^\W*(?i:who)\s+(?P<verb>[a-z]+ed|{'|'.join(sorted(PASTS))})\b")
_UNREAD = frozenset("said told called asked argued claimed noted wrote described warned announced reported stated had "
                    "did made got gave put took played".split())
# A contest's result, in the words of either side ("Who won …" is told by "went on to defeat Specter")
_CONTEST = frozenset(stem(w) for w in "win won winning wins defeat defeated beat beaten lose lost losing".split())
# "brought by attorneys general in Nebraska"
_AGENT = re.compile(r"\b(?:by|from)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+){0,3}?(?:in\s+)?[A-Z]")
_SUM = re.compile(r"\$\s?(?P<digits>\d[\d,]*(?:\.\d+)?)(?:\s*(?P<scale>million|billion|thousand))?", re.I)
# "What did the House Ethics Committee decide …", "What did the court rule …": a named decider's outcome asked for
# (elements.decision_missing reads it too: one reading of the question)
DECISION_ASKED = re.compile(rf"^\W*(?i:what)\s+(?:did|does|has|have|had)\s+(?:the\s+)?(?P<name>{_CAPS})"
                            r"(?:[\w'’]+\s+){0,2}?(?P<verb>decide|conclude|rule|find|determine|recommend|order)\b")


def _word_stems(text: str) -> list[str]:
    return [stem(w.casefold()) for w in re.findall(r"[\w'’.-]+", text)]


def _doers(verb: str, text: str, after: bool = False) -> list[str]:
    """The words before each verbal use of the verb in the text, back to the clause's start (its subject side), or
    (`after`) the three words after it (its object: a passive question's role); a form after a determiner is a noun
    ("an interview"), not the act."""
    wanted, found = forms(verb), []
    for clause in _CLAUSE_END.split(text):
        words = re.findall(r"[\w'’.-]+", clause)
        for i, w in enumerate(words):
            # a word keeps its full stop ("Mr."): "…, Al Jazeera reported." ends on the verb
            if stem(w.casefold().rstrip(".")) in wanted and i > 0 and _verbal(words[i - 1]):
                found.append(" ".join(words[max(0, i - 10):i]) if not after else " ".join(words[i + 1:i + 4]))
    return found


_POSSESSIVE = re.compile(r"^(?P<owner>[\w.-]+)['’]s$")


def _verbal(before: str) -> bool:
    """A form of the verb after the word `before` is a verb whose subject side may be read: not a noun after a
    determiner ("an interview") or a possessive ("Trump's comment"; "he's", "that's" are a pronoun and a verb)."""
    low = before.casefold()
    owner = _POSSESSIVE.match(low)
    return low not in DETERMINERS and (owner is None or owner.group("owner") in STOPWORDS | {"let"})


def _key(name: str) -> frozenset[str]:
    return frozenset(t for t in terms(name) if t not in STOPWORDS)


def _capitalised_subject(before: str) -> frozenset[str] | None:
    """The capitalised run that ends right before the verb (an auxiliary between them allowed), or None."""
    m = re.search(r"((?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and)\s+)?)*[A-Z][\w.'’-]*)\s*(?:has|have|had|was|were|is|"
                  r"are)?\s*$",
                  before)
    return _key(m.group(1)) or None if m else None


def other_doer(question: str, answering: Sequence[Quote]) -> list[str]:
    """The question's verb, when every use of it in the answering quotes has a named subject other than the
    question's (the act of another doer)."""
    m = _NAMED_DOER.match(question)
    if m is None or re.search(r"['’]s\s*$", m.group("subj")) or m.group("verb") in STOPWORDS:
        return []
    asked = _key(m.group("subj"))
    if any(asked <= _key(q.outlet) for q in answering):
        return []  # "What did Rasa News Agency report?": an outlet reports in its own voice, whoever it relays
    doers = [_capitalised_subject(b) for q in answering for b in _doers(m.group("verb"), q.text)]
    if not doers or any(d is None or d & asked for d in doers):
        return []
    return [m.group("verb")]


def holder_unnamed(question: str, answering: Sequence[Quote]) -> list[str]:
    """The asked role, when every use of its verb in the answering quotes has as doer (as object, when the question is
    passive: "Which protester was removed" by "called to remove a protester") the body the question names
    ("The Justice Department wrote": an organisation takes "the"; "Republicans called" is a group of people, not a
    body acting) or an indefinite noun phrase ("A white lawmaker said")."""
    m = _ROLE_ASKED.match(question)
    if m is None or m.group("verb") in STOPWORDS - {"said", "says", "say"}:
        return []
    body = _key(m.group("body"))
    passive, subjects = m.group("passive") is not None, []  # "Which protester was removed": the role is the object
    for q in answering:
        for before in _doers(m.group("verb"), q.text, after=passive):
            tail = before if passive else re.split(r"\b(?:that|and|but|who|which)\s", before)[-1].strip()
            subjects.append(tail)
    if not subjects:
        return []
    unnamed = [bool(_INDEFINITE.match(s)) or (bool(body) and s[:4].casefold() == "the " and _key(s[4:]) == body)
               for s in subjects]
    return ["who"] if all(unnamed) else []


def reason_unstated(question: str, answering: Sequence[Quote]) -> list[str]:
    """A why-question's event, when every answering quote names it only in a trailing relative clause that holds no
    reason word (the sentence is about something else; its reason words belong to its main verb)."""
    m = _WHY.match(question)
    if m is None:
        return []
    event = frozenset().union(*(forms(w) for w in re.findall(r"\b[a-z]{3,}\b", m.group("rest")) if w not in STOPWORDS))
    for q in answering:
        tail = _RELATIVE_TAIL.search(q.text)
        if tail is None or _REASON.search(tail.group("clause")) or not set(_word_stems(tail.group("clause"))) & event \
                or set(_word_stems(q.text[:tail.start()])) & event:
            return []
    return ["why"]


# A trailing example: the sentence's act is told of a group, then its members are listed ("members … were recognized,
# beginning with Representative Steve Rothman"; "interviewed representatives -- in this case Sestak's brother")
_EXAMPLE_TAIL = re.compile(r"(?:,|\s--|\s[—–])\s*(?:beginning\s+with|starting\s+with|including|such\s+as|"
                           r"in\s+this\s+case|among\s+them)\b(?P<tail>[^;!?]*)$", re.I)
# The subject of "Why did/was <subject> …": names, a possessive and its noun ("Sestak's brother"), up to the verb
_WHY_SUBJECT = re.compile(r"^(?:(?:the\s+)?[A-Z][\w.-]*\s+)*(?:[A-Z][\w.-]*[’']s\s+[a-z]+|[A-Z][\w.-]*)\b")


def example_only(question: str, answering: Sequence[Quote]) -> list[str]:
    """A why-question whose subject the answer names only as an example appended to a group's act: a reason in
    the sentence is the group's, and none is given for the one listed ("Why was Steve Rothman the first member
    recognized …?" for "members who wished to read were recognized from their seats, beginning with Representative
    Steve Rothman")."""
    m = _WHY.match(question)
    subject = _WHY_SUBJECT.match(m.group("rest")) if m else None
    if subject is None:
        return []
    head = re.compile(rf"\b{re.escape(subject.group().split()[-1])}\b", re.I)
    listed = False
    for q in answering:
        tail = _EXAMPLE_TAIL.search(q.text)
        main = q.text[:tail.start()] if tail else q.text
        if head.search(main) or (tail and head.search(tail.group("tail")) and _REASON.search(tail.group("tail"))):
            return []
        listed = listed or bool(tail and head.search(tail.group("tail")))
    return ["why"] if listed else []


@per_text(maxsize=1 << 8)
def who_act(question: str) -> tuple[str, frozenset[str]] | None:
    """The past verb of a "Who <verb>ed …" question and the stems of its forms; None for no such question, or a
    speech or light verb (worded in many ways)."""
    m = _WHO_DID.match(question)
    if m is None or m.group("verb") in _UNREAD:
        return None
    verb = m.group("verb")
    bare = next((b for b, past in IRREGULAR.items() if past == verb), None)
    wanted = forms(bare) if bare else forms(verb[:-2]) | forms(verb[:-1]) | {stem(verb)}  # "sponsored", "sued"
    if wanted & _CONTEST:  # a contest's result told from either side: "went on to defeat Specter" for "Who won …"
        wanted |= _CONTEST
    return verb, frozenset(wanted)


def act_unnamed(question: str, answering: Sequence[Quote]) -> list[str]:
    """The act of a "Who <verb>ed …" question, when no answering quote nor its neighbouring sentences names it in
    any form, nor gives a doer by a passive's agent or a source ("The lawsuit was brought by attorneys general in
    Nebraska", "the lawsuit from Nebraska and Oklahoma"): the answer is about the thing acted on ("proposals
    designating Election Day as a federal holiday"), and who did it is not given there. Speech and light verbs are
    worded in many ways: not read. Only when the answering quotes' articles use the verb elsewhere (for another
    thing: "an amendment sponsored by Representative Raul Ruiz"), so the act is one they name, not one they
    word otherwise ("wrote Amendment 64" for "Who drafted …")."""
    act = who_act(question)
    if act is None:
        return []
    verb, wanted = act
    if any(wanted & window(q) or _AGENT.search(q.text) for q in answering):  # the act held: with a doer?
        agent = any(_AGENT.search(q.text) for q in answering)
        return ["who"] if not agent and act_doerless(verb, wanted, answering) else []
    held = articles_terms(answering)  # the act is reported in their articles, of another thing: worded so there
    return ["who"] if any(map(held, wanted)) else []


def doer_missing(ask: object, question: str, shown: Sequence[Quote]) -> bool:
    """The answer's quotes (`shown`, as picked) do not give the doer a "Who <verb>ed …" question asks for
    (`act_unnamed` over them), or name no one the question does not (`who_named`): a quote lower down that named
    one, but was not picked, does not make the answer name it. `ask` is unread (the signature of the other tests of
    the picked quotes)."""
    return bool(act_unnamed(question, shown)) or nobody_named(question, shown)


def _sums(text: str) -> set[tuple[str, str]]:
    return {(m.group("digits").replace(",", ""), (m.group("scale") or "").casefold()) for m in _SUM.finditer(text)}


def sum_unpaired(question: str, answering: Sequence[Quote]) -> list[str]:
    """The sums the question states ("the $600 airline ticket") that no answering quote holds."""
    asked = _sums(question)
    held = set().union(*(_sums(q.text) for q in answering)) if answering else set()
    return ["$" + d for d, _ in sorted(asked - held)]


def decider_unnamed(question: str, answering: Sequence[Quote]) -> list[str]:
    """The decider of a "What did <Name> decide / conclude / rule …" question, when no answering quote or its
    neighbouring sentences hold every word of its name."""
    m = DECISION_ASKED.match(question)
    if m is None or not answering:
        return []
    name = _key(m.group("name"))
    if any(name <= _key(window_text(q)) for q in answering):
        return []
    return [" ".join(sorted(name))]


@per_text(maxsize=1 << 8)
def gaps_asked(question: str) -> bool:
    """Whether any rule here reads the question (most questions: none, and nothing is read of the quotes)."""
    return any(p.match(question) for p in (_NAMED_DOER, _ROLE_ASKED, _WHY, DECISION_ASKED, _WHO_DID)) \
        or bool(_SUM.search(question))


def ungiven(question: str, answering: Sequence[Quote]) -> list[str]:
    """What the question asks that the answering quotes do not give for its event (each rule above)."""
    if not answering or not gaps_asked(question):
        return []
    return other_doer(question, answering) + holder_unnamed(question, answering) + \
        reason_unstated(question, answering) + example_only(question, answering) + act_unnamed(question, answering) + \
        sum_unpaired(question, answering) + decider_unnamed(question, answering)
