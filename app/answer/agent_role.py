"""The one a "Why / How did the <role> <verb> …" question asks about, named by a role, not a name ("Why did the judge
throw out the curfew?"): a quote whose own speaker bears that role ("Judge Irene Vasquez-Holt … wrote that the city had
“offered no evidence …”", or "a judge said …") is that one's own words. Its rebuttal of a third party is the answer
(the judge's grounds), not a dispute of another quote, as X's own rejection answers a question about X by name
(`roles.own_words`, `asked_act.agent`). Pure functions over the question and a quote, no model."""

from __future__ import annotations

import re

from app.answer.select import Quote
from app.attribution.links import fold

# "Why did the judge throw out …", "How did the city council respond …": up to two lower-case words after "the"
_WH_ROLE = re.compile(r"^\W*(?i:why|how)\s+(?i:did|does|do|had|has|have|would|will)\s+the\s+"
                      r"(?P<role>[a-z]+(?:\s+[a-z]+)?)\b")


def agent_role(question: str) -> tuple[str, ...]:
    """The words that may name the role a "Why / How did the <role> <verb>" question asks about (the verb among them:
    a word is the role only when a quote's speaker bears it)."""
    m = _WH_ROLE.match(question)
    return tuple(m.group("role").split()) if m else ()


def role_speaks(question: str, r: Quote) -> bool:
    """r's own speaker bears the role the question names its agent by: the role word titles the speaker's name in r
    ("Judge Irene Vasquez-Holt") or is the last word of the speaker's description ("a judge")."""
    roles = agent_role(question)
    if not roles:
        return False
    folded = fold(r.text)
    for link in r.voiced:
        name = fold(link.name)
        if name.split()[-1:] and name.split()[-1] in roles and name[:1].islower():
            return True  # described by the role: "a judge"
        if any(f"{role} {name}" in folded or f"{role} {name.split()[-1]}" in folded for role in roles):
            return True  # titled by it: "Judge Irene Vasquez-Holt"
    return False
