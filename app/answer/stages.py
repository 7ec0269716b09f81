"""Stages of a process are distinct events: a quote that reports an earlier stage (a suit filed, an argument heard,
an indictment, a request) or a forecast does not word a question about a later one (a ruling, a win, a signing, a
conviction) otherwise, however close to the question it is and whatever names it holds (`answered.REWORDED`).
Pure functions over words, no model.
"""

from __future__ import annotations

import re

from app.answer.outcome import mentions
from app.text.terms import stem, term_set


def _stems(words: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words.split())


# The stages of a criminal case: a quote that names the subject but not the stage asked ("was indicted", a profile of
# the congressman) does not word "Was Duncan Hunter convicted?" otherwise; the stage itself, or a verdict ("found
# guilty"), does
_STAGES = _stems("arrested charged indicted arraigned tried convicted acquitted sentenced pleaded jailed")
_VERDICT = _stems("guilty verdict")
# The outcomes that end a process, by the kind of process: a court's or a contest's (a ruling decides who wins),
# a legislature's, an authority's. A question about one is worded otherwise only by a quote that reports an outcome
# of that kind outside a prospective frame (`outcome.mentions`): "asks the Supreme Court to strike down", "appears
# ready to block", "urged the IRS to reconsider", an argument heard or a suit filed are earlier stages
_JUDGED = _stems("rule ruled ruling decide decided decision uphold upheld overturn overturned strike struck dismiss "
                 "dismissed throw threw thrown block blocked side sided verdict judgment win won lose lost beat "
                 "defeat defeated prevail prevailed victory settle settled")
_ENACTED = _stems("pass passed sign signed veto vetoed enact enacted approve approved adopt adopted")
_ORDERED = _stems("revoke revoked rescind rescinded reinstate reinstated")
OUTCOMES = (_JUDGED, _ENACTED, _ORDERED)


def other_stage(verbs: set[str], text: str) -> bool:
    """The question asks about one stage of a criminal case and `text` names neither that stage nor a verdict, or it
    asks about an outcome (`OUTCOMES`) and `text` reports no outcome of that kind. `verbs`: stems of the asked verbs."""
    asked = verbs & _STAGES
    if asked and not term_set(text) & (asked | _VERDICT):
        return True
    kinds = frozenset().union(*(kind for kind in OUTCOMES if verbs & kind))
    return bool(kinds) and not any(stem(w) in kinds and mentions(w, text, kin=False) == "reported"
                                   for w in dict.fromkeys(re.findall(r"[a-z]+", text.casefold())))
