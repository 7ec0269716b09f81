"""Openers that test one quote's text: the position of the quote a plain answer opens with when the best one does
not give what the question asks and one within ACT_MARGIN of it does (a request, a charge, a list of names, a span
of time, an assertion, a definition, a tally). `opening.plain_order` tries them in turn; pure functions of the
ranking."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from app.answer.acts import asks_prospect, names_act
from app.answer.asked import Asked
from app.answer.charges import asks_charge, states_charge
from app.answer.durations import asks_duration, gives_duration
from app.answer.listed import asks_several, lists_names
from app.answer.outcome import REQUEST
from app.answer.previous import answers_none, asks_earlier, asks_previous, gives_earlier, gives_previous
from app.answer.select import Quote
from app.answer.signals import figure_answers, gives_tally, measure_act
from app.attribution.contradict import question_quote
from app.text.lengths import counts_length, tells_length

ACT_MARGIN = 0.35  # a quote naming the act opens a plain answer when it scores within this of the best


def first_close(ranked: Sequence[Quote], test: Callable[[Quote], bool]) -> int:
    """The position of the first quote within ACT_MARGIN of the best that passes `test` (0: none)."""
    floor = ranked[0].score - ACT_MARGIN
    return next((i for i, q in enumerate(ranked) if q.score >= floor and test(q)), 0)


# "What did X ask Y to do?": a request, reported by any verb of requesting ("calling on the NAACP to withdraw",
# "demanding the organization withdraw", "urged lawmakers to vote against")
_REQUEST_ASKED = re.compile(r"\bask(?:s|ed)?\b.*\bto\s+do\b", re.I)


def request_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What did X ask Y to do?" opens with: 0, unless the best
    quote names no request and one within ACT_MARGIN does (`outcome.REQUEST`): the best one restates whose request
    it was ("The nearby St. Louis Tea Party had an all-hands-on-deck response to the NAACP's plan"), the
    request answers ("… issued its own resolution calling on the NAACP to withdraw the proposal")."""
    if not ranked or not _REQUEST_ASKED.search(question):
        return 0
    return first_close(ranked, lambda q: REQUEST.search(q.text) is not None)


def asserts_first(ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer opens with when the best one only asks ("“Is it true,” Chief
    Justice Roberts asked Mr. Sellers, “that …?”", `contradict.question_quote`): a reported question restates
    what is asked and asserts nothing, so the first quote within ACT_MARGIN that asserts something answers
    instead (0: none, or the best one asserts). A further quote that only asks adds no answer either."""
    if not ranked or not question_quote(ranked[0].text):
        return 0
    return first_close(ranked, lambda q: not question_quote(q.text))


def charge_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What is X accused of?" opens with: 0, unless the best quote states
    no charge and one within ACT_MARGIN does: a reaction to the indictment ("Today's indictment confirms just how deep
    this corruption can reach") names the story, the charge answers ("indicted on charges of illegally converting
    $250,000 in campaign funds")."""
    if not ranked or not asks_charge(question) or states_charge(ranked[0].text):
        return 0
    return first_close(ranked, lambda q: states_charge(q.text))


def measure_first(ask: Asked, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What does X cost / weigh?" opens with when no quote names the act
    with its figure: 0, unless the best quote gives no figure of what is asked and one within ACT_MARGIN does
    (`signals.measure_act`: the verb of measure is any verb there, "which retails for $649")."""
    if not ranked or not ask.figure or not measure_act(ask.acts) or figure_answers(ask, ranked[0].text):
        return 0
    return first_close(ranked, lambda q: figure_answers(ask, q.text))


def names_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "Which <things> …" opens with: 0, unless the best quote lists no
    names and one within ACT_MARGIN does (`listed.lists_names`): the lead counts them ("elephants killed in two
    African countries"), the list answers ("… elephant trophies from Zambia and Zimbabwe")."""
    if not ranked or not asks_several(question) or lists_names(question, ranked[0].text):
        return 0
    return first_close(ranked, lambda q: lists_names(question, q.text))


def duration_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "How long ago / has … / did … last" opens with: 0, unless the best
    quote gives no span of time and one within ACT_MARGIN does (`durations.gives_duration`): "The case started a decade
    ago", "a program launched in 2007", not the lead that names the case. A best quote telling only a vague length
    ("after a monthslong investigation") gives way to one within ACT_MARGIN telling a counted one ("after a two-year
    investigation"): the amount answers how long; "months" only bounds it. "When did … last <verb>?" asks a time back
    from now too: the close quote that dates the previous occurrence opens (`previous.gives_previous`)."""
    if ranked and asks_previous(question):  # "When did … last strike": "the first strike since 1994" (`previous`)
        return 0 if gives_previous(ranked[0].text) else first_close(ranked, lambda q: gives_previous(q.text))
    if ranked and asks_earlier(question):  # "Has it been punished before?": "cited in 2021 … paid a fine"
        return 0 if gives_earlier(ranked[0].text) or answers_none(ranked[0].text) \
            else first_close(ranked, lambda q: gives_earlier(q.text))
    if not ranked or not asks_duration(question):
        return 0
    if gives_duration(ranked[0].text):  # a vague length ("monthslong") gives way to a close counted one ("two-year")
        vague = tells_length(ranked[0].text) and not counts_length(ranked[0].text)
        return first_close(ranked, lambda q: counts_length(q.text)) if vague else 0
    return first_close(ranked, lambda q: gives_duration(q.text))


# "What is PRISM?", "Who is Secure America Now?": a definition is asked of a name
_DEFINITION_ASKED = re.compile(r"^\W*(?i:what|who)\s+(?i:is|are|was|were)\s+(?:(?i:the)\s+)?(?P<name>[A-Z][\w.’'&-]*"
                               r"(?:\s+[A-Z0-9][\w.’'&-]*){0,4})\W*$")


def asks_definition(question: str) -> str:
    """The name a "What / Who is <Name>?" question asks to define, or ''."""
    m = _DEFINITION_ASKED.match(question.strip())
    return m.group("name") if m else ""


def defines(name: str, text: str) -> bool:
    """The sentence says what `name` is: an apposition after it ("Secure America Now, a conservative group"), a
    copula ("PRISM is a program"), a noun phrase it renames ("The group that produced the ad, Secure America Now,
    is run by …"), or a naming verb before it ("a program launched in 2007 called PRISM, which tracks …",
    "code-named PRISM")."""
    n = re.escape(name)
    return re.search(rf"\b{n},\s+(?:a|an|the|which|who)\b|\b{n}\s+(?:is|was|are|were)\s+(?:a|an|the)\b|"
                     rf"\b(?:the|a|an)\s+[a-z][^,.;]*,\s+{n},|\b(?:called|named|code-named|dubbed|known\s+as)\s+{n}\b",
                     text, re.I) is not None


def define_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "What / Who is <Name>?" opens with: 0, unless the best quote does
    not say what it is and one within ACT_MARGIN does (`defines`): "This isn't the first ad Secure America Now has
    run" names it, "The group that produced the ad, Secure America Now, is run by two longtime Republican
    strategists" answers."""
    name = asks_definition(question)
    if not ranked or not name or defines(name, ranked[0].text):
        return 0
    return first_close(ranked, lambda q: defines(name, q.text))


def tally_first(ask: Asked, question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "By what vote / What was the vote …" opens with: 0, unless the best
    quote gives no tally and one within ACT_MARGIN names the act asked with one ("The For The People Act, which passed
    234-193, …" for "By what vote did the House pass H.R. 1?", not the lead that tells the passage)."""
    if not ranked or not ask.tally or gives_tally(ranked[0].text):
        return 0
    prospect = asks_prospect(question)
    return first_close(ranked, lambda q: gives_tally(q.text)
                       and (not ask.acts or names_act(ask.acts, q.text, prospect)))


# "According to X, why …?" asks X's reason; with no act parsed to look for ("step aside" is none), X's close quote
# giving one ("Fix the Court found that the bulk of recent recusals were due to …") opens before X's best one
_WHY_ASKED = re.compile(r"\W*according\s+to\s+[^,?]{2,60},\s*why\b", re.I)
# Words that give a reason ("because", "in order to", "due to"): also `opening`'s test that a quote answers "Why …?"
REASON = re.compile(r"\b(?:because|so that|in order to|due to|owing to|reasons?|motives?|on the grounds|"
                    r"given that|as a result of|for fear|in an effort to|aimed at)\b", re.I)


def reason_first(question: str, ranked: Sequence[Quote], acts: Sequence[str], voiced: Callable[[Quote], bool]) -> int:
    """The close quote in the asked source's voice (`voiced`) giving a reason, when the best one gives none."""
    if acts or not ranked or not _WHY_ASKED.match(question) or REASON.search(ranked[0].text):
        return 0
    return first_close(ranked, lambda q: bool(REASON.search(q.text)) and voiced(q))
