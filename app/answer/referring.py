"""Sentences whose subject refers back to what the sentence before named, so they speak of it without naming it.

A personal pronoun opening the sentence refers back to a person just named ("He repaid his campaign…";
`PRONOUN_LED`); "It" or a demonstrative or definite noun for a scheme or measure refers back to the thing just
named ("The deal will cost taxpayers $450 million" after "a stadium subsidy"; "It would cost …"; `THING_LED`); any
pronoun or demonstrative subject, in any case, refers back to what the sentence before opens on ("It also creates …",
"They paid …"; `PRONOUN_OPENS`). Rules that require a sentence to name the asked person or thing accept such a
sentence in its place. Patterns only.
"""

from __future__ import annotations

import re

PRONOUN_LED = re.compile(r"^\W*(?:He|She|They)\b")
THING_LED = re.compile(r"^\W*(?:It|(?:The|This|That)\s+(?:deal|plan|project|measure|bill|program|proposal|agreement|"
                       r"package|legislation|law|policy|contract|effort|initiative))\b")
PRONOUN_OPENS = re.compile(r"^\W*(?:it|they|this|that|these|those|he|she)\b", re.I)
