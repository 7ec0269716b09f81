"""The day of the asked event, disputed (issue 14 point 1): two quotes give different days for the event a day
question asks about, each read against its article's date (`dated.conflicting`), and not for another event (a prospect,
another act or another speaker's statement on that day, a date whose nearest verb is another act). Pure functions
over the question and two quotes.
"""

from __future__ import annotations

from app.answer.asked import asked, asks_date, asks_day
from app.answer.dated import asks_dated, conflicting, dates_act, one_day
from app.answer.outcome import prospective
from app.answer.select import Quote
from app.answer.years import day_of_other_event
from app.attribution import contradict as cx
from app.text.apostrophe import straight
from app.text.terms import terms


def days_of_asked_event(question: str, a: Quote, b: Quote) -> bool:
    """The quotes give different days for the event a day question asks about (not for another), each read against
    its article's date (`dated.conflicting`). A "when" clause inside a question asking something else asks no day
    (`DAY_ASKED`); a yes/no question naming the day does ("Was the interview published on Saturday?")."""
    return (asks_day(question) or asks_dated(question)) \
        and conflicting(a.text, published(a), b.text, published(b)) and not other_events(question, a, b) \
        and all(_date_of_act(question, q) for q in (a, b))


def when_only(question: str, a: Quote, b: Quote) -> bool:
    """A question asking when (or whether on a day named) is disputed over the day (`days_of_asked_event`, the years
    rule) or over whether the act happened at all: a rebuttal, denial or verdict that negates no word of the act asked
    disputes something else ("Tea party organizers disputed claims of racism" for "On what day did the NAACP approve
    its resolution?" disputes what the resolution says, not its day). False for a question parsed to no act."""
    if not (asks_date(question) or asks_dated(question)):
        return False
    parsed = asked(question)
    words = frozenset(t for act in parsed.acts or tuple(sorted(parsed.verb)) for t in terms(act))
    return bool(words) and not any(cx.negated(q.text, words) for q in (a, b))


def _date_of_act(question: str, q: Quote) -> bool:
    """A weekday is read by `other_events`; a date ("Jan. 5") dates the act asked only when the act's form is the
    nearest verb to it (`dated.dates_act`)."""
    day = one_day(q.text, published(q))
    if day is None or not day.month_day:
        return True
    parsed = asked(question)
    return dates_act(q.text, parsed.acts or tuple(sorted(parsed.verb)), published(q))


def published(q: Quote) -> str | None:
    """The date of q's article, as ingest stored it (ISO), or None."""
    return q.hit.chunk.meta.get("date")


def other_events(question: str, a: Quote, b: Quote) -> bool:
    """The day one quote gives is not the day of the event asked: the quote tells the event as a
    prospect ("… decision will be announced next week …,” he posted to Twitter Sunday evening" for
    "On what day did Trump announce the decision was on hold?": Sunday is the day of another post), or its
    weekday stands in no sentence naming the act asked (`years.day_of_other_event`): a speaker the question does not
    name saying something on a day ("Mr. McCarthy said in a speech on Friday" for "When did Tom Udall announce the
    bill?") tells another statement's day. A question parsed to no act is read for its verb ("When did Justice
    Ginsburg give her interview …?" is not dated by "Ginsburg faced a growing backlash Wednesday")."""
    parsed = asked(question)
    acts = parsed.acts or tuple(sorted(parsed.verb))  # no act parsed: the question's verb ("give her interview")
    named = {w.casefold() for w in straight(question).replace("'s ", " ").split()}
    return any(prospective(question, q.text) or day_of_other_event(acts, q.text, saying=_speaks_asked(q, named))
               for q in (a, b))


def _speaks_asked(q: Quote, named: set[str]) -> bool:
    """q's speaker is not known, or the question names them (by surname)."""
    surname = q.source[1].split()[-1:]
    return not surname or surname[0].casefold() in named
