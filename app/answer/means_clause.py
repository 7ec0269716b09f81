"""A claim and the means it names: "X said the bill would undermine the integrity of elections by allowing convicted
felons to vote". The sentence claims the harm; "by allowing convicted felons to vote" tells how, as a fact both sides
may grant. A short rejection of it by a pronoun ("Democrats called that a mischaracterization") rejects the claim,
so it disputes a question about the claim (or about what X said: the whole statement), not one that asks only about
the means ("Would the bill give voting rights back to people with felony convictions?").

`means_only(text, asked)`: the asked words `text` holds stand in a means clause ("by" and a gerund, up to the
clause's end): at least MEANS_WORDS there that the claim around it does not hold, and the claim at most one the means
clause does not (the subject: "the plan").
"""

from __future__ import annotations

import re

from app.text.terms import term_set

# "by allowing …", "by letting …": the means, up to the clause's end (a comma, semicolon or sentence end)
_MEANS = re.compile(r"\bby\s+[a-z]+ing\b[^,;.!?]*", re.IGNORECASE)


MEANS_WORDS = 2  # asked words the means clause holds that the claim does not


def means_only(text: str, asked: frozenset[str]) -> bool:
    """The asked words `text` holds are in a means clause, but for one the claim may hold alone (its subject)."""
    clauses = list(_MEANS.finditer(text))
    if not clauses or not asked:
        return False
    inside = term_set(" ".join(m.group(0) for m in clauses)) & asked
    outside = term_set(_MEANS.sub(" ", text)) & asked
    return len(inside - outside) >= MEANS_WORDS and len(outside - inside) <= 1
