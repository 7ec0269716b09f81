"""A quotation going on for several sentences is the speaker's to the end (issue 14 point 4).

`"Right now, these regulations exist in legal no-man's-land," said Sam Kamin, a University of Denver law professor.
"It's incredibly unusual for a state to be suing another state. (The lawsuit) certainly was a surprise to me …"`:
every sentence of the quotation is Kamin's (ingest gives each his chain), but a passage may end inside it, and the
sentence that answers is then in no passage retrieved. For "What did X say about Y?", a picked quote of X's whose
quoted words do not name Y is grown on through X's quotation going on in its paragraph (left open, or reopened after
a trailing attribution: `“…,” Kamin said. “…”`) to the first sentence naming Y. An answer's quote is one
paragraph's words, so a quotation reopened in the next paragraph (US style) is not followed. Applied to the picked
quotes only; pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import chain

from app.answer.asked import Asked
from app.answer.quote import Quote
from app.answer.retrieve import Hit
from app.answer.scoring import Sentence, passage_sentences
from app.answer.select import MAX_QUOTE_WORDS
from app.answer.sides import Picked
from app.answer.signals import speaker_match
from app.attribution.quotemarks import mask_quotes, open_after, quoted
from app.text.terms import term_set

Passages = Callable[..., Sequence[Hit]]  # a document id, a text test, cued=False -> its other passages (`compose`)
_OPENS = ("“", '"')
_WORD = re.compile(r"[\w’'-]+")
_FIRST_MARK = re.compile(r"[“”\"]")


def carried_on(ask: Asked, picked: Picked, hits: Sequence[Hit] = (), article: Passages | None = None) -> Picked:
    """`picked` with each quote of the source asked about grown on through its quotation (`with_rest`); the
    passage that holds both: the quote's own, one of `hits`, or one of its article's other passages (`article`)."""
    if not ask.said:
        return picked
    named = " ".join(sorted(ask.speakers | ask.owner | ask.role))  # the source: by name, or by role and its owner
    topic = ask.terms - term_set(named)  # what is asked about the source

    def passages(q: Quote) -> Iterator[Hit]:
        yield from (h for h in hits if h.chunk.doc_id == q.hit.chunk.doc_id)
        if article is not None:
            yield from article(q.hit.chunk.doc_id, lambda _text: True, cued=False)
    quotes = [with_rest(q, topic, chain((q.hit,), passages(q))) if of_source(ask, q) else q for q in picked.quotes]
    return picked if all(a is b for a, b in zip(quotes, picked.quotes)) else replace(picked, quotes=quotes)


def of_source(ask: Asked, q: Quote) -> bool:
    """q's chain names the source asked about, or q is attributed and the reporter's words in it (outside its
    quotation marks) hold every name word the question gives the source: `said Sam Kamin, a University of Denver law
    professor` for "What did the University of Denver law professor say …?"."""
    return speaker_match(q.links, ask.speakers, q.hit) or bool(q.links and ask.speakers) \
        and ask.speakers <= {w.casefold() for w in _WORD.findall(mask_quotes(q.text, _opens_inside(q.text)))}


def _opens_inside(text: str) -> bool:
    """The sentence opens inside a quotation an earlier one opened: its first quotation mark closes (a curly ”, or a
    straight one right after a word or punctuation and before a space or the end: `… surprise to me."`)."""
    m = _FIRST_MARK.search(text)
    if m is None or m.group() != '"':
        return m is not None and m.group() == "”"
    i = m.start()
    return i > 0 and not text[i - 1].isspace() and (i + 1 == len(text) or text[i + 1].isspace())


def with_rest(q: Quote, topic: frozenset[str], passages: Iterable[Hit]) -> Quote:
    """`q`, whose quoted words name no `topic` term (its reporter's words may: "said Sam Kamin, a University of Denver
    law professor"), grown to the first later sentence of the speaker's quotation going on after it that names one
    (`rest_of_quotation`), read from the first passage that goes on from `q`'s end (its own, or the next
    one: the text is the document's from `q`'s start either way); else `q`."""
    if not q.links or not topic or topic & term_set(quoted(q.text, _opens_inside(q.text))):
        return q  # the speaker's words quoted already name something asked
    for hit in passages:
        after = [s for s in passage_sentences(hit) if s.start >= q.end]
        if hit.chunk.start > q.end or not after:
            continue
        end = rest_of_quotation(q, after, topic)
        if end is None:
            return q
        c = hit.chunk
        return replace(q, end=end, text=q.text + c.text[q.end - c.start : end - c.start], grown=None)
    return q


def rest_of_quotation(q: Quote, after: Sequence[Sentence], lacks: frozenset[str]) -> int | None:
    """End of the first sentence of `after` (those following `q`, in order) naming a term of `lacks`, every sentence up
    to it going on with q's speaker: under q's chain, in q's paragraph, inside the quotation left open or opening one
    (`“…,” Kamin said. “…”`), within MAX_QUOTE_WORDS; None when none does."""
    words, prev, state = len(q.text.split()), q.end, open_after(q.text, _opens_inside(q.text))  # open?
    for s in after:
        gap = _between(s, prev)
        same_para = gap is not None and "\n" not in gap
        if not same_para or s.links != q.links or not (state or s.text.lstrip().startswith(_OPENS)):
            return None  # an answer's quote is one paragraph's words (a line of its own)
        words += len(s.text.split())
        if words > MAX_QUOTE_WORDS:
            return None
        if lacks & (s.terms if s.terms is not None else term_set(s.text)):
            return s.end
        prev, state = s.end, open_after(s.text, state)
    return None


def _between(s: Sentence, prev: int) -> str | None:
    """The passage's text between offset `prev` and sentence `s` (None: not all in the passage)."""
    c = s.hit.chunk
    return c.text[prev - c.start : s.start - c.start] if c.start <= prev <= s.start else None
