"""A sentence that places the asked event's own noun somewhere else tells of another instance of it.

A question that closes on a place names its event by a noun right before it: "What did Nebraska's attorney general
say at his news conference in Denver?", "How much was she paid for her speech in Stockholm?". A sentence that holds
that noun bound to another place ("said at a news conference in Lincoln", "paid $200,000 … for a speech in New York")
reports a different conference or speech, even when its neighbour or its headline names the asked place (the
article's dateline city; "Stockholm" a sentence later, of another speech): news writing places an event with
"<noun> in / at <Place>", so the same noun with another place is another event of that kind. Only the noun's own
binding is read: a sentence naming the asked place anywhere, or the noun without a place, is not held elsewhere.
A sum asked for the events at one place ("How much was she paid for her speeches in Toronto?") is not given by a
sentence that names the place only as a part of a counted whole ("paid $9.68 million … for 41 speeches, all in the
United States except for two in Toronto"): the figure is the whole's (`part_only`). A "how many" question is
answered by that part's count ("two"), and is not read so.
Pure functions over the question and one sentence.
"""

from __future__ import annotations

import re

from app.answer.dates import DATE
from app.text.terms import per_text, stem, term_set, terms

# "… at his news conference in Denver?": the noun right before the place that closes the question, and the place
_NAME = r"(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
_ASKED = re.compile(rf"\b(?P<noun>[a-z]{{3,}})\s+(?:in|at)\s+{_NAME}\s*\?\s*$")
_PLACED = re.compile(rf"\b(?P<noun>[a-z]{{3,}})\s+(?:in|at)\s+(?:the\s+)?{_NAME}")
# "except for two in Toronto", "including three in Ohio", "but one at Davos": a part of a counted whole, placed
_PART = re.compile(rf"\b(?:except(?:\s+for)?|including|but)\s+(?:[\w-]+\s+){{1,2}}?(?:in|at)\s+(?:the\s+)?{_NAME}")
_SUM = re.compile(r"^\W*how\s+much\b", re.I)


@per_text(maxsize=1 << 8)
def asked_instance(question: str) -> tuple[str, frozenset[str]] | None:
    """The stem of the noun a closing place binds and the place's words ("news conference in Denver": conference,
    {denver}); None when the question does not close so, or closes on a date ("in March")."""
    m = _ASKED.search(question)
    if m is None or DATE.match(m.group("name")):
        return None
    return stem(m.group("noun")), frozenset(terms(m.group("name")))


def elsewhere(question: str, text: str) -> bool:
    """`text` binds the question's event noun to another place and names the asked place nowhere: it reports
    another instance of the event (module docstring)."""
    asked = asked_instance(question)
    if asked is None:
        return False
    noun, place = asked
    if place & term_set(text):
        return part_only(question, place, text)
    for m in _PLACED.finditer(text):
        name = m.group("name")
        if stem(m.group("noun")) == noun and not DATE.match(name) and not place & frozenset(terms(name)):
            return True
    return False


def part_only(question: str, place: frozenset[str], text: str) -> bool:
    """A how-much question's closing place is named in `text` only as a part of a counted whole ("… for 41
    speeches, all in the United States except for two in Toronto"): the sum there is the whole's."""
    if not _SUM.match(question):
        return False
    rest = _PART.sub(lambda m: "" if place & frozenset(terms(m.group("name"))) else m.group(0), text)
    return rest != text and not place & term_set(rest)
