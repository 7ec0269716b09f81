"""A verb of saying that reports no speech: 'said nothing', 'declined to say', and a verb repeating someone's words
with nothing said after it ('Hunter echoed President Trump and castigated …'). Pure regexes over the words around the
verb; `speech.leading` and `speech.trailing` skip such a verb."""

from __future__ import annotations

import re

# 'echoed' / 'reiterated' repeat someone's words or sentiments: with a complement they report speech ('X echoed Y's
# sentiments, adding that …'), without one they are no verb of saying ('The hall echoed with cheers'; 'Hunter echoed
# President Trump and castigated the agency, … and said it …': the clause's own verb of saying speaks)
REPEATING = "echoed|echoes|echoing|reiterated|reiterates|reiterating"
_REPEATING = re.compile(rf"^(?:{REPEATING})$")
# what a weak verb needs after it: 'that', 'how', 'as', a colon or a quotation …
_COMPLEMENT = re.compile(r"\s*(?:\S+\s+){0,3}?(that|how|as)\b|\s*[:“\"]")
# … or its clause going on in a participle of saying: 'Zinke echoed Trump's comment in his own tweet, saying that …'
_THEN_SAYING = re.compile(r"[^.;:“”\"]{0,80}?,\s+"
                          r"(?:adding|saying|writing|telling|stressing|warning|insisting|arguing)\b")
# 'He left, said nothing, and returned.', '…, she said little about it.': the verb reports that nothing was said, when
# "nothing" / "little" ends its clause or a preposition or conjunction follows (not 'said nothing had changed', where
# "nothing" opens what was said)
_NOTHING_SAID = re.compile(r"\s+(?:nothing|little|not a word)(?:\s+(?:else|more|further|publicly))?"
                           r"(?=\s*(?:[,.;:!?()—–]|$)|\s+(?:about|of|to|regarding|in\s+(?:public|response|reply)|"
                           r"and|but|or|when|as|while|after|before|during|until|since|because|then|yet)\b)")
# 'declined to say whether …', 'would not say', 'didn’t say': a refusal to speak, not speech
_NOT_SAYING = re.compile(r"\b(?:(?:declined|declines|declining|refused|refuses|refusing)\s+to|"
                         r"(?:would|will|could|did|does|do)\s+not|(?:wouldn|won|couldn|didn|doesn|don)[’']t)\s+$",
                         re.IGNORECASE)


def complemented(after: str) -> bool:
    """A weak verb of saying has what it needs after it to report speech (`_COMPLEMENT`, `_THEN_SAYING`)."""
    return bool(_COMPLEMENT.match(after) or _THEN_SAYING.match(after))


def unsaid(before: str, verb: str, after: str) -> bool:
    """Whether a speech verb reports no speech: 'said nothing', 'declined to say', 'echoed X' with no complement."""
    return ((verb in ("said", "says", "say") and bool(_NOTHING_SAID.match(after)))
            or (verb == "say" and bool(_NOT_SAYING.search(before)))
            or (_REPEATING.match(verb) is not None and not complemented(after)))
