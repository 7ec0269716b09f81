"""A month the question names for its event locates it, as a year does: "How much did Secure America Now spend on its
July ad …?" asks about the July ad, and the September ad's "$1 million" is another instance's figure.

The month must stand where the answer stands (the answering sentence or its neighbour: "In July, the group released
an ad …") or be the answering article's own month or the one before ("last month"), with the figure (`qualifiers`).
Read for how-much / how-many questions only: "the candidate in November" or "a wave in the November election" names
a month ahead of the report, which its date cannot place. A month with a year ("in March 2013") is the year's
qualifier (`qualifiers.asked_years`), one in a relative clause ("the protests that began in December") identifies
what is asked about, and a question's opening "May" is a verb. Pure functions over the question and the article's
date.
"""

from __future__ import annotations

import re

from app.text.terms import per_text, terms

MONTHS = ("January February March April May June July August September October November December").split()
_MONTH = re.compile(rf"(?<!^)\b(?P<month>{'|'.join(MONTHS)})\b(?!\s+(?:\d{{1,2}},?\s+)?(?:19|20)\d\d\b)")
# A relative clause identifies what the question is about ("the protests that began in December 2017"): taken for
# granted. It follows a word: not the question's own wh-word
_RELATIVE = re.compile(r"(?<=\S)\s+(?:that|which|who)\b[^?,;]*$", re.I)


def in_relative(question: str, at: int) -> bool:
    """Position `at` of `question` stands in a relative clause that began before it (`_RELATIVE`)."""
    return _RELATIVE.search(question[:at]) is not None


@per_text(maxsize=1 << 8)
def asked_months(question: str) -> list[frozenset[str]]:
    """The months the question names as a qualifier of its event, each as its term ("its July ad": {juli})."""
    return [frozenset(terms(m.group("month"))) for m in _MONTH.finditer(question)
            if not in_relative(question, m.start())]


def recent_months(date: str) -> set[str]:
    """The months an article of this date may leave unsaid: its own and the one before ("last month")."""
    if not re.match(r"\d{4}-\d{2}", date):
        return set()
    k = int(date[5:7]) - 1
    return {t for m in (MONTHS[k], MONTHS[k - 1]) for t in terms(m)}
