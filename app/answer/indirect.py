"""Does the question itself ask for a figure? "Who asked Mr. Sellers how many examples of abuse need to be shown …?"
asks for a name: the "how many" is the question someone asked, not what the reader asks for. `own_part` gives the
question up to a verb of asking's indirect question, and `asks_figure` reads a figure asked in those words only.
"""

from __future__ import annotations

import re

# "how many / much / long / old / far", "what share / number", "cost": an answer carries a number
_FIGURE_ASKED = re.compile(r"\b(how (many|much|long|old|far|large|big)|what (share|percentage|number|amount|figure)|"
                           r"cost)\b", re.I)
_SAYING = (r"\b(?:say|says|said|saying|tell|tells|told|comment|comments|commented|talk|talks|talked|speak|speaks|"
           r"spoke)\b")
# A verb of asking or wondering, up to four words of its object, then an indirect question ("asked Mr. Sellers how
# many", "wondered aloud how much", "asking the court whether"); not "ask for" / "asked about", which take a noun
_INDIRECT = re.compile(r"\b(?:(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|inquire|inquired)\b"
                       r"(?:\s+(?!(?:how|whether|if|what|why|when|where|who)\b)[\w.’'-]+){0,4}?|"
                       # … or a verb of saying and the topic it is about ("say about how much", "said in an interview
                       # on Friday about how many", "comment on how long"): what is said of it is asked, not a figure
                       rf"{_SAYING}(?:\s+(?!(?:how|whether)\b)[\w.’'-]+){{0,6}}?\s+(?:about|on|over))"
                       r"\s+(?=(?:how|whether)\b)", re.I)


def own_part(question: str) -> str:
    """`question` without the indirect question a verb of asking introduces (the whole question when it has none:
    "How many times did reporters ask Obama how many …" keeps its own figure, before the verb)."""
    m = _INDIRECT.search(question)
    return question[:m.end()] if m else question


def asks_figure(question: str) -> bool:
    """The question's own words ask for a figure ("How many …", "what share"), not only a question it reports."""
    return _FIGURE_ASKED.search(own_part(question)) is not None
