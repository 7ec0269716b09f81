"""Whether both sides of a denial are about the question's subject (issue 14 point 1): "Does Florida have a state
income tax?" is answered by the New York Times' "Florida has no state income tax." and is not disputed by a Fox
sentence that holds the asked words of tax ("The Clintons' effective … tax rate for federal, state and local taxes
was 45.8 percent") in an article that never names Florida: it tells of something else, whatever its polarity.

A yes/no question names its subject by its names (`named.question_names`, titles left out), but for a name that
qualifies a noun after it ("Internet companies", "the NAACP resolution", "Colorado's attorney general": a lower-case
content word that is not the act asked): the subject is then a kind or a role, which an article may tell by other
names ("Google does not provide … a back door"), so the test is left to the other rules. A quote is about the
subject when its article names one of them (`named.name_held` over the terms ingest stored for the article): an
article may tell of its subject by a pronoun or a role ("the congressman", "the state") in the quoted sentence, and
coreference within the article is what ingest can vouch for, so the test is the article's, not the sentence's.
"""

from __future__ import annotations

import re

from app.answer.named import articles_terms, name_held, question_names
from app.answer.opening import YES_NO
from app.answer.select import Quote
from app.text.terms import STOPWORDS, terms

# a run of capitalised words (a possessive "'s" closing it), and the word after it
_NAME_RUN = re.compile(r"((?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*?)(?:['’]s)?\s+([\w’'-]+)")


def subject_names(question: str, acts: tuple[str, ...]) -> tuple[frozenset[str], ...]:
    """The question's names, less those that qualify a noun after them (`acts`: the question's act words)."""
    qualifiers = {t for run, after in _NAME_RUN.findall(YES_NO.sub("", question, count=1))
                  if after[:1].islower() and after.casefold() not in STOPWORDS and after not in acts
                  for t in terms(run)}
    return tuple(n for n in question_names(question) if not n & qualifiers)


def about_subject(names: tuple[frozenset[str], ...], q: Quote) -> bool:
    """q's article names one of the question's `names`."""
    held = articles_terms([q])
    return any(name_held(n, held) for n in names)


def off_subject(question: str, acts: tuple[str, ...], a: Quote, b: Quote) -> bool:
    """A yes/no question naming its subject, and one of the two quotes comes from an article that never names it:
    the pair is no dispute of the question's claim."""
    if YES_NO.match(question) is None:
        return False
    names = subject_names(question, acts)
    return bool(names) and not (about_subject(names, a) and about_subject(names, b))
