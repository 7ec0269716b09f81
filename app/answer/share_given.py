"""Is a "what share / what percentage" question answered by a share of what it asks about?

A share is told as a percentage ("48 percent of the vote", "two-thirds of", "one in seven"), so a count or a tally
("passed 234-193", "544 store managers", "2,763 pounds") is no answer to it. And a percentage answers only about
the question's subject: the sentence names one of the question's names (or opens on a pronoun for a subject the
sentence before named), and the clause the percentage stands in names either none of its own or one of the
question's ("What percentage of the vote did H.R. 1 get?" is not answered by "Mr. Hunter easily won California's
nonpartisan primary with 48 percent of the vote", another story's vote; "What share … came from Pakistan?" not by
"about 14 percent of it was from Iran, much was from Pakistan and about 3 percent came from inside the United
States", where each share is another country's). Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.dates import DATE
from app.answer.named import WORD, name_held, question_names
from app.answer.referring import PRONOUN_LED
from app.attribution.figures import figures
from app.text.apostrophe import straight
from app.text.terms import STOPWORDS, term_set, terms

SHARE_ASKED = re.compile(r"\b(?:what|which)\s+(?:share|percentage|percent|proportion|fraction|portion)\b", re.I)
# A sentence's clauses: a percentage's own clause ends at a comma, a semicolon or a coordinating word
# "According to X, …" / "…, according to Wal-Mart's expert": the source of the share, not what it is a share of
_SOURCE = re.compile(r"^\W*according\s+to\s+[^,?;]*,|,?\s*\baccording\s+to\s+[^?;]*", re.I)
_CLAUSES = re.compile(r"[,;:]\s*|\s+(?:and|but|while|whereas)\s+")


def share_given(question: str, texts: Sequence[str]) -> bool:
    """Not a share question, or one of `texts` (the quotes that answer) gives a share of what it asks about."""
    if not SHARE_ASKED.search(question):
        return True
    return any(share_of(question, t) for t in texts)


def share_of(question: str, text: str) -> bool:
    """`text` names one of the question's names (or opens on a pronoun) and has a percentage in a clause about
    them; the source a question names ("according to X") need not be named."""
    subject = straight(_SOURCE.sub("", question))
    names, asked = question_names(subject), _own_names(subject, opener=True)
    text = straight(text)  # "California’s" names California
    held = term_set(text)
    if names and not (PRONOUN_LED.match(text) or any(name_held(n, held.__contains__) for n in names)):
        return False
    return any(_percent(c) and _about(asked, _own_names(c, opener=k == 0))
               for k, c in enumerate(_CLAUSES.split(text)))


def _percent(clause: str) -> bool:
    return any(f.unit == "percent" for f in figures(clause))


def _own_names(clause: str, opener: bool) -> frozenset[str]:
    """Terms of the clause's capitalised words (its first word too, unless it opens the sentence: "…, Obama leads
    Romney"); titles kept ("the United States")."""
    words = [m.group() for m in WORD.finditer(clause)][1 if opener else 0:]
    return frozenset(terms(" ".join(w for w in words if w[0].isupper() and w.casefold() not in STOPWORDS
                                    and not DATE.fullmatch(w))))


def _about(asked: frozenset[str], own: frozenset[str]) -> bool:
    """The clause names none of its own, or one of the question's: "about 14 percent of it was from Iran" is Iran's."""
    return not own or bool(asked & own)
