""""What did X say": X's own words on the point, not only the reporter's paraphrase of them.

News writing reports a speaker's point in the reporter's words, then quotes the speaker on it: "Coast guard commander
Ilse Marek said the cause of the accident was under investigation. | “We will not speculate until the hull is raised
…,” Marek said." The paraphrase scores best (it holds the question's words); the quotation after it, under the same
chain in the same paragraph, made no quote of its own (its span reached into the paraphrase's: `Quote.grown`). For a
question asking what X said, X's best quote, when it is a paraphrase (no quotation mark: not the end of a quotation
opened before it either, which `goes_on` judges), is answered in its grown form when the sentence it grew to hold
comes after it and opens X's words in quotation marks. A later quotation of X's in the same article that restates
the paraphrased point (`restates`) comes first among X's quotes (`said.said_first`). Pure, on ranked quotes; scores
stay."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.asked import Asked
from app.answer.quote import Quote
from app.answer.signals import speaker_match
from app.text.terms import term_set

_MARKS = re.compile(r"[“”\"]")  # a quotation mark: the sentence quotes X's words itself, or ends a quotation
_OPENS_QUOTATION = re.compile(r"^\W*?[“\"]\w[^”\"]{20,}")  # a sentence opening a quotation of a few words at least


def paraphrase_quoted(q: Quote) -> Quote | None:
    """The quotation `q`'s grown form adds after it, under `q`'s own chain, when `q` has no quotation mark: the
    speaker's words the paraphrase `q` reports (module docstring); else None."""
    g = q.grown
    if g is None or not q.links or g.links != q.links or g.start != q.start or g.end <= q.end \
            or _MARKS.search(q.text):
        return None
    after = g.text[q.end - g.start:]
    return g if _OPENS_QUOTATION.match(after) else None


def own_words(ask: Asked, quotes: Sequence[Quote]) -> list[Quote]:
    """For a said-question, the asked source's best quote, when a paraphrase, as it grows to hold the source's
    quotation after it (`paraphrase_quoted`): X's lower quotes stay as they are (a paraphrase on another point must not
    pass X's best one for the quotation it grew to hold), and so do other questions' quotes."""
    if not ask.said:
        return list(quotes)
    i = next((i for i, q in enumerate(quotes) if speaker_match(q.links, ask.speakers, q.hit)), None)
    if i is None or (g := paraphrase_quoted(quotes[i])) is None:
        return list(quotes)
    return [*quotes[:i], g, *quotes[i + 1:]]


RESTATED_TERMS = 2  # words a paraphrase and a later quotation share (past the speaker's name): the same point


def restates(lead: Quote, q: Quote) -> bool:
    """`q` gives in the speaker's own words the point `lead` reports: `lead` quotes no words itself, and `q`, later in
    the same document under the same chain, is a quotation sharing `RESTATED_TERMS` words with it besides the chain's
    names ("Calvera chief executive Grant Lowell said the mine would not take water from any farmer's well." …
    "“Not a drop will come out of a farmer's well. …,” Lowell said after the vote.")."""
    if not lead.links or q.links != lead.links or q.hit.chunk.doc_id != lead.hit.chunk.doc_id \
            or q.start < lead.end or _MARKS.search(lead.text) or not _OPENS_QUOTATION.match(q.text):
        return False
    names = term_set(" ".join(link.name for link in lead.links))
    return len((term_set(lead.text) & term_set(q.text)) - names) >= RESTATED_TERMS


def asked_point(ask: Asked) -> frozenset[str]:
    """The words a said-question asks X's words about: its about-phrase's terms (`asked.said_about`) less the source's
    name, role and owner ("lawsuit" in "What did Voltra's chief executive say about the lawsuit?"); none when it names
    no point ("What did the plant manager tell the activist?")."""
    named = term_set(" ".join(sorted(ask.speakers | ask.owner))) | ask.role
    return ask.about - named


def on_point(point: frozenset[str], q: Quote) -> bool:
    """`q` holds a word of the asked point (`asked_point`); every quote does when the question names no point."""
    return not point or bool(point & term_set(q.text))
