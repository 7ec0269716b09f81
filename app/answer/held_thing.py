"""What a wh-phrase asks for, and whether a text holds it (`element_given`: a date for "when", a noun of "what
<nouns>"). A wh-question whose wh-phrase is the object of a verb of holding or using ("What job does X hold?", "What
resolution did they use?", "What role did X have?"): the verb only relates the subject to the thing asked, and news
names the thing, seldom the verb ("X is a greeter", "… with a resolution expressing …"). Not the verbs of a change
(receive, get, take): "faces a sentence" does not tell what sentence X received. Pure functions over words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.answer.asked_events import WH_HEAD, last_wh
from app.answer.dates import names_time
from app.text.terms import STOPWORDS, stem

HOLDING = frozenset("have had has hold held holds use used uses".split())


def element_nouns(wh: str) -> list[str]:
    """The nouns a "what / which <nouns>" wh-phrase asks for ("What prison sentence" → prison, sentence); none for a
    bare wh-word."""
    m = WH_HEAD.match(last_wh(wh))
    return [w for w in m.group("nouns").split() if w.casefold() not in STOPWORDS] if m else []


# the nouns of a "what / which" wh-phrase that ask for a time, as "when" does ("On what date …", "What day …")
TIME_NOUNS = frozenset("date day year month week time".split())
_HOW_MANY = re.compile(r"^how\s+(?:many|much)\b", re.I)
_NUMBER = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|"
                     r"thousands?|millions?|billions?)\b", re.I)


def element_given(wh: str, text: str) -> bool:
    """`text` holds what a wh-phrase asks for: a date for "when" and for "what date / day / year" (`TIME_NOUNS`), a
    number for "how many / how much", a noun of "what/which <nouns>" ("what prison sentence" → "sentence",
    `element_nouns`). A bare "what / how / who" names no element (False)."""
    wh = last_wh(wh)
    nouns = element_nouns(wh)
    if wh.casefold().startswith("when") or (nouns and nouns[-1].casefold() in TIME_NOUNS):
        return names_time(text)  # "last summer" answers "when" too
    if _HOW_MANY.match(wh):
        return _NUMBER.search(text) is not None  # the figure itself: `answer_type.figure_given` reads it
    nouns = {stem(w) for w in element_nouns(wh)}
    return bool(nouns & {stem(w.casefold()) for w in re.findall(r"[\w’']+", text)})


def named_or_held(verb: str, wh: str, text: str, mentions: Callable[..., str | None]) -> bool:
    """`text` names the asked verb (`mentions`, `outcome.mentions`), or the verb is one of holding or using (`HOLDING`)
    asked with its object in the wh-phrase `wh` and `text` names that object outside a prospective frame ("hopes to
    hold a management job" is no job held)."""
    return bool(mentions(verb, text)) or verb.casefold() in HOLDING and any(
        mentions(n, text, kin=False) == "reported" for n in element_nouns(wh))


_HOW = re.compile(r"\bhow\s+(?P<degree>[a-z]+)", re.I)
_WH_TIME = re.compile(r"\b(?:what|which)\s+(?P<noun>[a-z]+)\b", re.I)


def kind_words(question: str) -> set[str]:
    """The stems of the words that only say what kind of answer a question asks: the degree word after "how" ("How
    many …": many; "How long …": long) and a time noun after "what / which" ("On what date …": date). The answer
    gives the figure or the day, not these words (`word_meaning.unheld_words` reads "how" so too)."""
    degree = {stem(m.group("degree").casefold()) for m in _HOW.finditer(question)}
    nouns = {m.group("noun").casefold() for m in _WH_TIME.finditer(question)}
    return degree | {stem(n) for n in nouns & TIME_NOUNS}
