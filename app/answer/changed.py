"""Whose change "How much has <subject> <changed>?" asks: a figure of another thing's change is related, not the answer.

"How much has the elephants' natural habitat shrunk?" is answered by "the natural habitat available for the animals to
roam has also dwindled by more than half" (an amount in words, `amount_words`), not by the better-scoring "the African
elephant population shrunk nearly 30 percent", which names the act and a figure, but of the population. The subject's
head noun ("habitat": the last word of the subject) says whose change is asked; a quote opens the answer when one of
its sentences names that noun and gives a figure (digits or words), in place of a best quote that names it in none.
The verbs are those of a change in amount (rise, fall, grow, shrink, double …); the whole quote may hold the answer
only in the neighbour sentence it grew to hold (`Quote.grown`), which then stands in for it. Only the plain answer's
order changes: scores, abstention and disagreement stay. Pure functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.asked_thing import head_phrase
from app.answer.openers import ACT_MARGIN, first_close
from app.answer.parts import added
from app.answer.quote import Quote
from app.attribution.amount_words import is_change
from app.attribution.figures import figures
from app.text.sentences import split_sentences
from app.text.terms import STOPWORDS, stem, term_set

_CHANGES = ("(?:shr[iau]nk|gr[eo]wn?|grow|r[io]sen?|rise|f[ae]ll(?:en)?|dropp?|declin|increas|decreas|climb|jump|surg|"
            "soar|plung|plummet|dwindl|expand|contract|slump|s[iau]nk|swell|swollen|doubl|tripl|halv|shifted|"
            "widen|narrow|slid|slipp?|tumbl|spik|gain|lost|los|chang|cut|reduc|balloon)")
_CHANGE_ASKED = re.compile(
    r"^\W*(?:by\s+)?how\s+much\s+(?:has|have|had|did|does|do|will|would|could|is|are|was|were)\s+(?P<subj>.+?)\s+"
    rf"(?:been\s+)?{_CHANGES}[a-z]*\s*(?:[?.]|$|\s+(?:by|since|from|over|in|during|between|after|before)\b)", re.I)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")


def changed_head(question: str) -> str:
    """The stem of the head noun of whose change a "How much has <subject> <changed>?" question asks ("habitat"), or ''
    (no such question, or a subject with no common noun last: "How much has Colorado grown?")."""
    m = _CHANGE_ASKED.match(question)
    words = _WORD.findall(head_phrase(m.group("subj"))) if m else []  # "seizures (of marijuana)"
    head = words[-1].removesuffix("'s").removesuffix("’s").rstrip("'’") if words else ""
    return stem(head.casefold()) if head[:1].islower() and head.casefold() not in STOPWORDS else ""


def gives_change(head: str, text: str) -> bool:
    """A sentence of `text` names the head noun and gives a figure (digits or words: "by more than half")."""
    return any(head in term_set(text[s.start : s.end]) and figures(text[s.start : s.end])
               for s in split_sentences(text))


def change_grown(question: str, ranked: Sequence[Quote]) -> list[Quote]:
    """`ranked` with a quote within ACT_MARGIN of the best that gives no figure of the head's change as its grown form
    when the neighbour sentence it adds does (see above). Scores stay."""
    head = changed_head(question) if ranked else ""
    if not head or gives_change(head, ranked[0].text):
        return list(ranked)
    floor = ranked[0].score - ACT_MARGIN
    return [q.grown if q.grown is not None and q.score >= floor and not gives_change(head, q.text)
            and gives_change(head, added(q, q.grown).text) else q for q in ranked]


def change_first(question: str, ranked: Sequence[Quote]) -> int:
    """The position of the quote a plain answer to "How much has <subject> <changed>?" opens with: 0, unless the best
    quote gives no figure of the head's change and one within ACT_MARGIN does."""
    head = changed_head(question) if ranked else ""
    return first_close(ranked, lambda q: gives_change(head, q.text)) if head else 0


_HOW_MUCH = re.compile(r"^\W*(?:by\s+)?how\s+much\b(?!\s+of\b)", re.I)  # not "how much of" (a part) nor "how many"


def changed_in_words(ask: Asked, question: str, text: str) -> bool:
    """A "How much …" question is answered by a change in words ("arrests fell by half", "sales doubled":
    `amount_words.is_change`) with a word of its predicate beside it, as by digits; not a "how many" one (a count is
    asked: "doubled" counts nothing), nor one asking a sum of money ("How much did the plan cost?" is not answered by
    "arrests fell by half after the plan")."""
    return not ask.money and _HOW_MUCH.match(question) is not None and any(
        is_change(f.text) and f.context & ask.predicate for f in figures(text))
