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


def element_given(wh: str, text: str) -> bool:
    """`text` holds what a wh-phrase asks for: a date for "when", a noun of "what/which <nouns>"
    ("what prison sentence" → "sentence", `element_nouns`). A bare "what / how / who" names no element (False)."""
    wh = last_wh(wh)
    if wh.casefold().startswith("when"):
        return names_time(text)  # "last summer" answers "when" too
    nouns = {stem(w) for w in element_nouns(wh)}
    return bool(nouns & {stem(w.casefold()) for w in re.findall(r"[\w’']+", text)})


def named_or_held(verb: str, wh: str, text: str, mentions: Callable[..., str | None]) -> bool:
    """`text` names the asked verb (`mentions`, `outcome.mentions`), or the verb is one of holding or using (`HOLDING`)
    asked with its object in the wh-phrase `wh` and `text` names that object outside a prospective frame ("hopes to
    hold a management job" is no job held)."""
    return bool(mentions(verb, text)) or verb.casefold() in HOLDING and any(
        mentions(n, text, kin=False) == "reported" for n in element_nouns(wh))
