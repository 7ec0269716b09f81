"""The report of a party's case is not what the other party disputes: "The plaintiffs' theory is that a companywide
policy gave local managers too much discretion …" / "Wal-Mart calls that evidence unrepresentative and unreliable".

The rejection disputes the case (whether the policy discriminated), not the report of it (that the plaintiffs argue
so). So an answer is not flagged on that pair when the question does not ask whether the case holds:
- the question asks, by a wh-word, what a party wants, plans or argues ("What is the plaintiffs' theory …?", "What
  policies do the women want Walmart to adopt?", "How does the attorney general plan to respond?"), `aim_asked`;
- or a wh-question asks anything else of the story ("How much will Colorado spend defending the lawsuit?") and the
  rebuttal's target is a report of a case: a lawsuit, complaint or theory that asks, accuses, argues or claims
  ("The lawsuit … asks the Supreme Court to strike down …" / "We believe this suit is without merit"),
  `case_report`.
A yes/no question asks whether a thing is so ("Does the lawsuit seek to overturn …?", "Is marijuana flowing into
Nebraska?"): there the sides may answer differently, and the flag stands. Verbs of saying are not aims ("What did X
write …?": X's statement may itself be what the sources dispute). The quotes are kept, in order, uncontested: the
rejection reads as context.
"""

from __future__ import annotations

import re

from app.answer.sides import Picked
from app.text.terms import per_text

_WH = r"^\W*(?:what|which|how|why)\b"
_WH_ANY = re.compile(r"^\W*(?:what|which|how|why|who|whom|whose|when|where)\b", re.IGNORECASE)
# "… do the women want Walmart to adopt", "… does the attorney general plan to respond": a verb of aiming after the
# wh-word and its auxiliary and subject
_AIM_VERB = re.compile(_WH + r"(?:\s+\S+){0,4}?\s+(?:do|does|did|is|are|was|were)\s+(?:\S+\s+){1,6}?"
                       r"(?:want|wanted|wants|plan|plans|planned|planning|intend|intends|intended|intending|hope|hopes|"
                       r"hoped|seek|seeks|sought|seeking|aim|aims|aimed|aiming)\b", re.IGNORECASE)
# "What is the plaintiffs' theory …", "What was Wal-Mart's argument …": a noun naming a party's case, owned
_AIM_NOUN = re.compile(_WH + r"\s+(?:is|was|are|were)\s+(?:the\s+)?\S+(?:'s|’s|s'|s’)\s+"
                       r"(?:main\s+|central\s+|legal\s+)?(?:theory|theories|argument|arguments|position|goal|goals|"
                       r"aim|aims|plan|plans|proposal|demand|demands|reasoning|rationale)\b", re.IGNORECASE)
# a case noun before a verb of arguing, in one sentence: "The lawsuit, which was brought by …, accused",
# "The plaintiffs’ theory is that", "the complaint asks"
_CASE = re.compile(r"\b(?:lawsuit|suit|complaint|petition|theory|theories)\b[^.;]{0,200}?\b"
                   r"(?:asks|asked|accuses|accused|argues|argued|alleges|alleged|claims|claimed|contends|contended|"
                   r"seeks|sought|charges|charged|says|said|is\s+that|was\s+that)\b", re.IGNORECASE)


@per_text(maxsize=1 << 8)
def aim_asked(question: str) -> bool:
    """The question asks, by a wh-word, what a party wants, plans or argues (`_AIM_VERB`, `_AIM_NOUN`)."""
    return bool(_AIM_VERB.search(question) or _AIM_NOUN.search(question))


def case_report(text: str) -> bool:
    """`text` reports a party's case: a lawsuit, complaint or theory that asks, accuses, argues or claims."""
    return _CASE.search(text) is not None


def case_unflagged(question: str, picked: Picked) -> Picked:
    """`picked`, or its quotes in the same order uncontested when the flag stands on a party's case reported and the
    question does not ask whether the case holds: an aim asked (`aim_asked`), or a wh-question and a rebuttal whose
    target reports a case (`case_report`)."""
    if not picked.contested or not picked.quotes:
        return picked
    pair = [picked.quotes[k] for k in picked.pair if k < len(picked.quotes)]
    reported = picked.about == "rebuttal" and _WH_ANY.search(question) is not None \
        and any(case_report(q.text) and not q.rebuts for q in pair)
    return Picked(picked.quotes, False) if aim_asked(question) or reported else picked
