"""Whether a question asks an age: "How old is Joseph Sellers?", and the same in other words ("What is Duncan
Hunter's age?", "What was the age of the judge?", "What age is he?", "At what age did she …"). An age answers
(`signals.AGE`: "Mr. Hunter, 41,", "the 10-year-old lawsuit"), not any figure in a sentence about the person. The noun
"age" must be what is asked: "what age" before a verb (not "what age group"), or the head of the noun phrase asked
("'s age?"; not "the age limit", "the average age of"). Pure function of the question.
"""

from __future__ import annotations

import re

AGE_ASKED = re.compile(r"^\W*(?:how\s+old\s+(?:is|was|are|were|will)\b|(?:at\s+)?what\s+age\s+(?:is|was|are|were|"
                       r"did|do|does|will|would|can|could|must|should)\b|what\s+(?:is|was|are|were)\s+(?:the\s+age\s+"
                       r"of\b|(?:[\w.’'-]+\s+){0,4}?[\w.-]+(?:’s|'s|s’|s')\s+age\s*\?))", re.I)


def asks_age(question: str) -> bool:
    """The question asks how old someone or something is (see above)."""
    return AGE_ASKED.match(question) is not None
