"""A question about a charge, and a sentence that states one (pure regexes): "What is X accused of?" is answered by
"indicted on charges of illegally converting …", not by a reaction to the indictment (`opening.charge_first`)."""

from __future__ import annotations

import re

# "What is X accused of / charged with?", "What charges does X face?", "What did X accuse Y of?": the charge is asked
_CHARGE_ASKED = re.compile(r"\b(?:accused|charged|suspected|indicted|convicted)\s+(?:of|with)\W*$|\bwhat\s+charges?\b|"
                           r"\baccuse\b.*\bof\W*$", re.I)
# A sentence that states a charge: "indicted on charges of illegally converting …", "accused the NAACP of playing …"
_CHARGE = re.compile(r"\b(?:charges?\s+(?:of|that|for)|charged\s+with|accus\w*\s+(?:[\w'’-]+\s+){0,6}?of|"
                     r"alleg(?:es|ed|ing)\s+that|indicted\s+(?:on|for)|counts?\s+of|convicted\s+of|"
                     r"guilty\s+of)\b", re.I)


def asks_charge(question: str) -> bool:
    """The question asks what someone is accused of or charged with."""
    return _CHARGE_ASKED.search(question) is not None


def states_charge(text: str) -> bool:
    """The sentence states a charge ("charges of", "charged with", "accused … of", "alleges that" …)."""
    return _CHARGE.search(text) is not None
