"""What a denial must negate to dispute the answer to a what / why / how question: the act the question asks about.

"What caused the leak at the Hollin plant?" is answered by a cause; "it was not the plant's first problem" negates
something about the story's topic (the plant), not the causing, so it does not dispute the cause another quote
gives. "Why did the Fish and Wildlife Service say allowing elephant trophies would help?": "this horror show in any
way helps conservation" negates the act asked (help), and does. A yes/no question asks whether its predicate holds,
so a denial of any of its words still disputes it (`agree.denied_words`); who / where / when questions keep their
own act (`Asked.verb`); a figure question is disputed by figures only. Pure functions over the question's words.
"""

from __future__ import annotations

import re

from app.answer.asked import Asked
from app.text.terms import term_set

# A question that opens with what / why / how asks for an element of the act (its cause, reason, manner or
# content); "how many / much / long / far / old / often" ask for a figure, read elsewhere
_WH_OPEN = re.compile(r"^\W*(?:what|why|how)\b(?!\s+(?:many|much|long|far|old|often|big|large)\b)", re.IGNORECASE)


def wh_act(ask: Asked, question: str) -> frozenset[str]:
    """The terms of the act a what / why / how question asks about ("What caused the leak …?" → caus), or an empty
    set: a yes/no, who / where / when or figure question, or no act read (`Asked.acts`)."""
    if ask.identity or ask.figure or not ask.acts or _WH_OPEN.match(question) is None:
        return frozenset()
    return term_set(" ".join(ask.acts))
