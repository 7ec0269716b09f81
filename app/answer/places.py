"""Places in text, for a question that asks where (pure functions, no model).

"Where was the NAACP convention that adopted …" and "In which Florida cities is the ad airing?" ask for
a place; the sentence that answers names one the question does not already name ("adopted during the
annual convention in Kansas City", "airing in Miami, West Palm Beach and Ft. Myers"), while a lead that
restates the topic names none, or only the question's own ("set to air in the key battleground state of
Florida"). A place is read without a gazetteer: a capitalised name after "in / at / from / near". A city that opens a
paper's name ("The Denver Post") is none: `outlets_out` leaves outlets' names out of a text.
"""

from __future__ import annotations

import re

from app.answer.dates import DATE
from app.attribution.phrases import guess_kind

# "Where …", "In which city / state / country …", "At what venue …": the answer is a place
PLACE_ASKED = re.compile(r"^\W*where\b|\b(?:in|at|from|near)\s+(?:what|which)\s+(?:[A-Z][\w.-]*\s+)?"
                         r"(?:cit(?:y|ies)|towns?|states?|countr(?:y|ies)|places?|markets?|regions?|count(?:y|ies)|"
                         r"venues?|locations?)\b", re.I)
# A capitalised name after a preposition of place ("in Kansas City", "at the Mount Kisco Medical Group")
_PLACE = re.compile(r"\b(?:in|at|from|near)\s+(?:the\s+)?(?P<name>[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*)")
_WORD = re.compile(r"[\w’'-]+")


def asks_place(question: str) -> bool:
    """The question asks where something happened or is ("Where …", "In which city …")."""
    return PLACE_ASKED.search(question) is not None


def gives_place(question: str, text: str) -> bool:
    """`text` names a place the question does not name: a capitalised name after "in / at / from /
    near" with a word that is not the question's ("in Kansas City" for "Where was the NAACP
    convention …"; not "in … Florida" for "In which Florida cities …", nor a date, "in March")."""
    named = {w.casefold() for w in _WORD.findall(question)}
    for m in _PLACE.finditer(text):
        words = [w.strip(".,’'") for w in m.group("name").split() if w != "of"]
        if DATE.match(words[0]):
            continue
        if any(w and w.casefold() not in named for w in words):
            return True
    return False


# A run of capitalised words, "The" left out: "Denver Post", "Los Angeles Times", "Union-Tribune"
_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def outlets_out(text: str) -> str:
    """`text` without the names of news outlets ("told The Denver Post", "the Los Angeles Times reported"): a city
    that opens a paper's name is where it is published, not where the event told of took place."""
    return _RUN.sub(lambda m: " " if guess_kind(m.group(0).split()) == "outlet" else m.group(0), text)
