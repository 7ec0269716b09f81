"""A question about what a holder wants, fears, plans or proposes is answered by the holder's stance: contested only
when one of the two quotes that disagree is the holder's (pure).

"What do marijuana advocates fear …", "What antidiscrimination policies do the women want Wal-Mart to adopt?",
"What does the senator propose …": the verb after the subject is a verb of stance (a wish, fear, plan, proposal or
belief), and the answer is the holder's position as the articles tell it ("advocates say it could boost the black
market"). Another source disputing a third party's claim on the same topic (Colorado's attorney general calling the
lawsuit without merit) does not dispute what the holder wants or fears: the sources disagree on the question only
when the pair `pick` found across the quotes holds a quote of the holder's own side (it names the holder, in its
text or as its speaker). Read on `pick`'s pair only, which pairs quotes by topic and claim: a short rejection right
after a statement ("Democrats called that a mischaracterization", `disputed.answered_back`) is aimed at that
statement, whose speaker may be of the holder's side in words this test cannot match ("House GOP leader" for
"Republicans"). Questions of what X said are `Asked.said`'s (`sides.contradiction` reads them); this reads the verbs
of stance, which the narrative reports without a speech frame ("Democrats believe … and plan to vote"), so they make
no said-question (whose answer must be the holder's words in a speech frame).

A yes/no question asks the same of a holder ("Does the NAACP object to the Tea Party movement itself?", "Did the
senator support the measure?"), by those verbs or by objecting, opposing or supporting: it is answered by the holder's
side too, whichever look found the pair (`polar_holder_disputed`, on the final pick). Another party denying a claim
the holder made ("there was no proof of racist behavior") disputes that claim, not whether the holder objects.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.answer.sides import PLAIN_MAX, Picked
from app.answer.source_asked import source_match
from app.text.terms import per_text, term_set

# "What (antidiscrimination policies) do/does/did <holder> fear / want / plan …": at most three words of the element
# asked for between the wh-word and the auxiliary; the holder is what stands between the auxiliary and the verb
_STANCE_ASKED = re.compile(
    r"^\W*(?:what|how)(?:\s+[a-z][\w-]*){0,3}?\s+(?:do|does|did)\s+(?P<who>\S.{0,60}?)\s+"
    r"(?-i:fear|want|hope|expect|plan|intend|propose|predict|recommend|believe|think|worry|demand|urge|vow)s?\b", re.I)
# "Does/Did <holder> object to / oppose / support / want …": the yes/no form, its holder before the verb
_POLAR_STANCE = re.compile(
    r"^\W*(?:do|does|did)\s+(?P<who>\S.{0,60}?)\s+(?-i:object|oppose|support|fear|want|hope|expect|plan|intend|propose|"
    r"predict|recommend|believe|think|worry|demand|urge|vow)s?\b", re.I)


@per_text(maxsize=1 << 8)  # the question's: read once per answer
def stance_holder(question: str) -> frozenset[str]:
    """The terms of whom a "What do X want / fear / plan …" question asks the stance of ({"marijuana", "advocates"}),
    or an empty set; none for a said-question ("What did X's statement say X believes"): `Asked.said` reads it."""
    m = _STANCE_ASKED.match(question)
    return term_set(m.group("who")) if m and source_match(question) is None else frozenset()


@per_text(maxsize=1 << 8)
def polar_holder(question: str) -> frozenset[str]:
    """The terms of whom a "Does X object to / support / want …" question asks the stance of, or an empty set."""
    m = _POLAR_STANCE.match(question)
    return term_set(m.group("who")) if m and source_match(question) is None else frozenset()


def holders_side(holder: frozenset[str], text: str, speakers: tuple[str, ...]) -> bool:
    """A quote is the holder's side: its text or its speakers name every term of the holder."""
    return holder <= term_set(" ".join((text, *speakers)))


def polar_holder_disputed(question: str, picked: Picked) -> Picked:
    """`holder_disputed` for a yes/no question of a holder's stance (`polar_holder`), on any look's pair."""
    return holder_disputed(question, picked, polar_holder(question))


def holder_disputed(question: str, picked: Picked, holder: frozenset[str] | None = None) -> Picked:
    """`picked`, unless the question asks a holder's stance and neither quote of the disagreeing pair is the holder's
    side: then the quotes as a plain answer (at most PLAIN_MAX, in their order), not contested. `holder`: whose stance
    (default: a "What do X want …" question's, `stance_holder`)."""
    holder = stance_holder(question) if holder is None else holder
    if not picked.contested or not holder:
        return picked
    pair = [picked.quotes[i] for i in picked.pair] if picked.pair else picked.quotes[:2]
    if any(holders_side(holder, q.text, tuple(link.name for link in q.voiced)) for q in pair):
        return picked
    return replace(picked, quotes=picked.quotes[:PLAIN_MAX], contested=False, about="", sides=(), pair=())
