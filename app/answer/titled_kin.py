"""A sentence that names the asked surname only with the other sex's title tells of another person: a spouse.

News writing that keeps courtesy titles tells a couple apart by them: "Mr. Clinton earned $13.17 million … for
addressing Handelsbanken Capital Markets in Stockholm" is the husband's fee, "Mrs. Clinton's disclosures … she was
paid $9.68 million" the wife's; "Mrs. Hunter" is the congressman's wife. A question marks the sex of the person it
names by a pronoun that refers back to them ("How much was Hillary Clinton paid for her speech …", "Bill Clinton …
for his speech …") or by a title ("Mrs. Hunter"). A sentence is about the other person when it names the surname
only after the other sex's title ("Mr." for her; "Mrs." / "Ms." for him) and holds no pronoun of the asked sex
("her" for her). A question that names a relative ("her husband's fees", "his wife") asks about the other one too:
not read. Pure functions over the question and one sentence.
"""

from __future__ import annotations

import re

from app.answer.name_sex import PRONOUN_SEX
from app.answer.namesakes import asked_person
from app.text.terms import per_text

_PRONOUNS = {sex: re.compile(rf"\b(?:{'|'.join(w for w, of in PRONOUN_SEX.items() if of == sex)})\b", re.I)
             for sex in "mf"}
_TITLE = {"m": r"Mr\.?", "f": r"(?:Mrs|Ms)\.?"}
_KIN = re.compile(r"\b(?:husband|wife|spouse|couple|son|daughter|father|mother|brother|sister|widow|widower)s?\b|"
                  r"\b(?:family|families)\b", re.I)
_OTHER = {"m": "f", "f": "m"}
_OPENS = {"m": re.compile(r"\W*(?:He|His)\b"), "f": re.compile(r"\W*(?:She|Her)\b")}


@per_text(maxsize=1 << 8)
def asked_sex(question: str) -> tuple[str, str] | None:
    """The surname of the person the question names and the sex ("m" / "f") its title or a pronoun after the name
    gives them; None when neither or both sexes are marked, or a relative is named."""
    person = asked_person(question)
    if person is None or _KIN.search(question):
        return None
    last = person[1]
    at = re.search(rf"\b{re.escape(last)}\b", question, re.I)
    after = re.split(r"\s[A-Z]", question[at.end():] if at else question, maxsplit=1)[0]  # before another name
    marked = {s for s in "mf" if _PRONOUNS[s].search(after)
              or re.search(rf"\b{_TITLE[s]}\s+(?:[A-Z][\w'’-]*\s+)?{re.escape(last)}\b", question, re.I)}
    return (last, marked.pop()) if len(marked) == 1 else None


def other_sex(question: str, text: str, before: str = "") -> bool:
    """`text` names the asked surname only after the other sex's title and holds no pronoun of the asked sex
    (module docstring); a sentence that opens on a pronoun of the other sex and names no surname continues `before`,
    the sentence before it ("Among Mrs. Clinton's disclosures …. She topped out at $400,000 …"), and is read so."""
    asked = asked_sex(question)
    if asked is None:
        return False
    last, sex = asked
    if _PRONOUNS[sex].search(text):
        return False
    if before and _OPENS[_OTHER[sex]].match(text) and not re.search(rf"\b{re.escape(last)}\b", text, re.I):
        return other_sex(question, before)
    titled = {s for s in "mf"
              if re.search(rf"\b{_TITLE[s]}\s+(?:[A-Z][\w'’-]*\s+)?{re.escape(last)}\b", text, re.I)}
    mentioned = re.findall(rf"\b{re.escape(last)}\b", text, re.I)
    return titled == {_OTHER[sex]} and len(mentioned) == len(re.findall(
        rf"\b{_TITLE[_OTHER[sex]]}\s+(?:[A-Z][\w'’-]*\s+)?{re.escape(last)}\b", text, re.I))
