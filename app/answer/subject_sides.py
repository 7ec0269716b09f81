"""Whether both sides of a denial are about the question's subject (issue 14 point 1): "Does Florida have a state
income tax?" is answered by the New York Times' "Florida has no state income tax." and is not disputed by a Fox
sentence that holds the asked words of tax ("The Clintons' effective … tax rate for federal, state and local taxes
was 45.8 percent") in an article that never names Florida: it tells of something else, whatever its polarity.

A yes/no question names its subject by its names (`named.question_names`, titles left out). A quote is about the
subject when its article names one of them (`named.name_held` over the terms ingest stored for the article): an
article may tell of its subject by a pronoun or a role ("the congressman", "the state") in the quoted sentence, and
coreference within the article is what ingest can vouch for, so the test is the article's, not the sentence's.
"""

from __future__ import annotations

from app.answer.named import articles_terms, name_held, question_names
from app.answer.opening import YES_NO
from app.answer.select import Quote


def about_subject(names: tuple[frozenset[str], ...], q: Quote) -> bool:
    """q's article names one of the question's `names`."""
    held = articles_terms([q])
    return any(name_held(n, held) for n in names)


def off_subject(question: str, a: Quote, b: Quote) -> bool:
    """A yes/no question naming its subject, and one of the two quotes comes from an article that never names it:
    the pair is no dispute of the question's claim."""
    if YES_NO.match(question) is None:
        return False
    names = question_names(question)
    return bool(names) and not (about_subject(names, a) and about_subject(names, b))
