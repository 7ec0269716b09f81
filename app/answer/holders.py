""""How much was Hillary Clinton paid for her speech …?": a sum belongs to the person written before it (pure).

News writing that keeps courtesy titles gives a couple's figures side by side, each after its holder: "Mr. Clinton
earned $13.17 million", "she was paid $9.68 million", "her husband was paid $200,000". When the question marks the sex
of the person it asks about (`titled_kin.asked_sex`: "her speech", "Mrs. Hunter"), or the best quote's article tells
it ("Hillary Rodham Clinton … her": `name_sex`), and every sum of the best quote that
a holder comes before belongs to the other sex, the opening goes to a close quote with a sum held by the person asked
(`holder_first`). The holder of a sum is the nearest title and surname, pronoun or relative before it in its clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.openers import first_close
from app.answer.select import Quote
from app.answer.name_sex import PRONOUN_SEX, TITLE_SEX, person_sex
from app.answer.namesakes import asked_person
from app.answer.titled_kin import asked_sex
from app.attribution.units import figure_matches, figure_unit

_KIN = {"husband": "m", "wife": "f", "widow": "f", "widower": "m", "son": "m", "daughter": "f", "father": "m",
        "mother": "f", "brother": "m", "sister": "f"}
# a relative ("her husband"), a title and surname ("Mr. Clinton", "Mrs. Clinton’s"), or a pronoun
HOLDER = re.compile(rf"\b(?:(?P<joint>and\s+)?(?:his|her|their)\s+(?P<kin>{'|'.join(_KIN)})\b"
                    r"|(?P<title>Mrs|Ms|Mr)\.?\s+(?-i:[A-Z])|(?P<pronoun>he|she|his|him|her)\b)", re.I)
_CLAUSE = re.compile(r"[.;!?]\s")


def _sex(m: re.Match) -> str:
    if m.group("kin"):
        return "mf" if m.group("joint") else _KIN[m.group("kin").casefold()]
    if m.group("title"):
        return TITLE_SEX[m.group("title").casefold()]
    return PRONOUN_SEX[m.group("pronoun").casefold()]


def sum_holders(text: str) -> list[str]:
    """For each dollar figure of `text`, the sex ("m" / "f") of the nearest holder before it in its clause ("" when
    none)."""
    marks = [(m.end(), _sex(m)) for m in HOLDER.finditer(text)]
    out = []
    for m in figure_matches(text):
        if figure_unit(text, m) != "dollar":
            continue
        before = [(at, sex) for at, sex in marks if at <= m.start() and not _CLAUSE.search(text, at, m.start())]
        out.append(before[-1][1] if before else "")
    return out


def _article_sex(question: str, best: Quote) -> tuple[str, str] | None:
    """The asked person's surname and the sex their best quote's article gives them (`name_sex`), when the
    question marks none ("How much did Hillary Clinton earn …?")."""
    person = asked_person(question)
    if person is None or best.hit.sentences is None:
        return None
    sex = person_sex(best.hit.sentences, person[0], person[1])
    return (person[1], sex) if sex else None


def holder_first(ask: Asked, question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "How much was X paid …" (X's sex marked) opens with: 0, unless
    every sum of the best quote that has a holder is the other sex's ("Mr. Clinton earned $13.17 million" for "How
    much was Hillary Clinton paid for her speeches …?") and a quote within ACT_MARGIN has a sum held by X's sex."""
    marked = (asked_sex(question) or _article_sex(question, ranked[0])) if ranked and ask.money else None
    if marked is None:
        return 0
    held = [s for s in sum_holders(ranked[0].text) if s]
    if not held or any(marked[1] in s for s in held):
        return 0
    return first_close(ranked, lambda q: any(marked[1] in s for s in sum_holders(q.text)))
