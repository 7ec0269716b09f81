"""Is a response reported in other words? A response is what its responder says or does in answer, and news reports
it by the verb of that act, seldom by "respond": "When did Sarah Palin respond to the NAACP's resolution?" is
answered by "Sarah Palin, a vocal tea party supporter, said in a statement late Tuesday that …", "On what day did Trump
respond to Justice Ginsburg's criticism?" by "Trump swiftly responded Tuesday, telling the Times …" (which names no
Ginsburg: the one responded to is what the response answers, not a party the text must name). So a question's event
of responding (`RESPONSE`) is told by a text whose event subject, named as the question writes it, speaks there: the
subject of a verb of saying or reacting (a relative clause's too: "The remark was widely seized upon by Republicans
who argued she was out of touch" for "How did Republicans react to …?"), or introduced by one (`speaks.speaks_in`);
a title is no name ("How did President Obama respond …": "the NAACP President … said" is not Obama). X speaking of
something else is no response to what was asked ("Mrs. Clinton said last year …" does not tell when she responded to
the Republicans' criticism): the text also names the response, or what is responded to, or opens on the remark or
move it answers (`response_told`). Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked_events import WH_CASE, carrier, main_verb, yes_no_matches
from app.answer.outcome import reported
from app.answer.speaks import speaks_in
from app.text.derived import derived
from app.text.points_back import points_back
from app.text.terms import per_text, stem, term_set
from app.text.titles import NAME_TITLES

_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*")  # "Palin", "Campa-Najjar"; not "U.N.", "NAACP's"
RESPONSE = frozenset({"respond", "react", "repli", "answer"})  # stems of the verbs of responding


@per_text(maxsize=1 << 8)
def responders(question: str) -> dict[str, frozenset[str]]:
    """Per event of responding the question asks about, its subject's name words as written (capitalised words, lower
    case, no possessive, no title: "When did Sarah Palin respond …" → respond: {sarah, palin}; "President Obama" →
    {obama}); none without a name."""
    found: dict[str, frozenset[str]] = {}
    for m in [*yes_no_matches(question), *WH_CASE.finditer(question)]:
        verb = main_verb(question, m) if m.re is WH_CASE else carrier(question, m)
        if stem(verb) not in RESPONSE or verb in found:
            continue
        words = re.findall(r"[\w.’'-]+", m.group("subj"))  # an abbreviation ("U.N.") is no name word here
        names = frozenset(w.casefold() for w in words if _NAME_WORD.fullmatch(w)) - NAME_TITLES  # not "President"
        if names:
            found[verb] = names
    return found


def response_told(question: str, event: str, text: str) -> bool:
    """`text` tells the question's event of responding `event`: its responder speaks there (`speaks_in`), and the text
    either names the response itself ("Trump swiftly responded Tuesday"), or names what is responded to by its head
    noun (`responded_to`: "weighed in … when the resolution was proposed" for "respond to the NAACP's resolution"), or
    opens with "The" and a noun of a remark, move or decision of the sentence before (`points_back`'s noun form: "The
    remark was widely seized upon by Republicans who argued …"; not "That effort …", whatever that was)."""
    who = responders(question).get(event)
    if who is None or not speaks_in(text, who):
        return False
    head = responded_to(question)
    return not head or reported(event, text) or (points_back(text) and text.lstrip().startswith("The ")) \
        or any(h == head or derived(h, head) for h in term_set(text))


# what a response answers: the words after "respond / react / reply to", up to a preposition, a clause or a participle
_TARGET = re.compile(r"\b(?:respond|react|repl(?:y|ie)|answer)\w*\s+to\s+(?P<target>[^?]+)", re.I)
_TARGET_END = re.compile(r"\s+(?:of|on|in|about|over|at|that|which|who|for|from|by|with|after|before|when)\b|,|"
                         r"\s+\w+ing\b")


@per_text(maxsize=1 << 8)
def responded_to(question: str) -> str:
    """The stem of the head noun of what the question says is responded to ("respond to the NAACP's resolution on the
    Tea Party": resolut; "react to Clinton saying …": clinton), or '' when it names nothing after "to"."""
    m = _TARGET.search(question)
    if m is None:
        return ""
    target = _TARGET_END.split(m.group("target"), maxsplit=1)[0]
    words = re.findall(r"[\w’'-]+", target)
    return stem(re.sub(r"[’']s?$", "", words[-1]).casefold()) if words else ""


def untold_responses(question: str, missing: Sequence[str], texts: Sequence[str]) -> list[str]:
    """The events of `missing` (`outcome.unreported`'s) that no text of `texts` tells as a response
    (`response_told`)."""
    return [e for e in missing if not any(response_told(question, e, t) for t in texts)]
