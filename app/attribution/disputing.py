"""Disputing: a sentence that names a source's claim only to reject it, in the outlet's own voice.

"On September 16, Al-Jazeera English … claimed that the MEK had no support in Iran, which is not true."
The outlet does not relay Al Jazeera there, it rebuts it: the chain link of the claim verb's subject
gets the role 'disputes' (`app/attribution/links.py`). Two classes of phrasing reject the claim in
the writer's voice, outside the words attributed to the speaker:

- a comment clause after the claim, set off by a comma or dash: "…, which is not true", "…, which is
  false", "…, a claim that has been debunked", "…, a baseless allegation";
- a manner word on the speech verb: "falsely claimed", "wrongly said", "claimed without evidence that".

A rejection inside the reported words stays the speaker's own ("Palin said claims that … were false",
"activists said the lawmakers were lying"): the speaker is quoted, not disputed. Only the subject of
the speech verb is disputed, never an 'according to' source ("According to X, officials denied …").
"""

from __future__ import annotations

import re

# Verbs that report an assertion a writer may go on to reject in a comment clause.
CLAIM_VERBS = frozenset("claimed claims insisted insists asserted asserts contended contends maintained maintains "
                        "argued argues".split())
_FALSE = (r"(?:not true|untrue|false|baseless|unfounded|groundless|incorrect|inaccurate|wrong|a lie|"
          r"(?:been |since been |long been )?(?:debunked|disproven|disproved|discredited))")
# "…, which is not true" / "…, a claim that is false" / "— something that has been debunked"
_COMMENT = re.compile(
    rf"(?:,|\s[—–-])\s*(?:which|something|a claim|an allegation|an assertion|a charge|a contention)\s+(?:that\s+)?"
    rf"(?:is|was|are|were|has|have|had)\s+(?:also\s+|simply\s+|entirely\s+|patently\s+|demonstrably\s+)?{_FALSE}\b"
    r"|(?:,|\s[—–-])\s*an?\s+(?:false|baseless|unfounded|groundless|bogus|debunked)\s+"
    r"(?:claim|allegation|assertion|charge)\b",
    re.IGNORECASE)
_MANNER = re.compile(r"\b(?:falsely|wrongly|baselessly|erroneously|incorrectly|groundlessly)\s*$", re.IGNORECASE)
_UNSUPPORTED = re.compile(r"^,?\s*without\s+(?:offering\s+|providing\s+|citing\s+|presenting\s+)?(?:any\s+)?evidence\b",
                          re.IGNORECASE)

# another speech verb between the claim and the comment: the comment may close that speaker's words
_OTHER_SPEAKER = re.compile(r"\b(?:said|says|told|tells|added|adds|wrote|writes|according to)\b", re.IGNORECASE)


def disputes(sentence: str, verb: str) -> bool:
    """The sentence rejects, in the writer's voice, what the subject of `verb` asserted: a manner word
    on the verb ("falsely claimed"), or for a claim verb a comment clause after its complement
    ("claimed that P, which is not true"). `sentence` has its quotations masked (their words are the
    speaker's)."""
    for m in re.finditer(rf"\b{re.escape(verb)}\b", sentence):
        if _MANNER.search(sentence[: m.start()]) or _UNSUPPORTED.match(sentence[m.end():]):
            return True
        comment = _COMMENT.search(sentence, m.end()) if verb.casefold() in CLAIM_VERBS else None
        if comment and not _OTHER_SPEAKER.search(sentence, m.end(), comment.start()):
            return True
    return False
