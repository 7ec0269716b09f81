"""A claim denied in the very next sentence by a pronoun: "… said the valve had been leaking since April. Kessler
spokeswoman Marjorie Tull denied that." The denial names neither the claim nor its source (`disputed.pushback` needs
the source's name); "that", "this", "it" or "the claim" right after a verb of denial points back at the sentence
before, so the two are the two sides of the claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.answer.article_read import ArticleQuotes
from app.answer.asked import asked
from app.answer.roles import own_words
from app.answer.select import Asked, Quote
from app.answer.sides import Picked, different_sources
from app.text.terms import term_set

# a verb of denial whose object points back: "denied that.", "disputed this account", "rejected that finding,"; a
# clause whose verb is a pro-form of the claim before ("denied that any manager said so", "denied that it happened");
# a verdict of falsehood on it ("called the report false"); not "denied that the valve leaked" (a claim of its own,
# which the rebuttal rules read)
_CLAIM = r"(?:claim|report|account|allegation|charge|finding|figure|estimate|version|story|statement|accusation)s?"
_PRO_FORM = (r"(?:(?:ever\s+)?(?:said|did|does|do|told(?:\s+\w+)?)\s+(?:so|that|it|this)|(?:ever\s+)?happened|"
             r"was\s+the\s+case)")
_DENIED_BACK = re.compile(r"\b(?:(?:denied|denies|disputed|disputes|rejected|rejects)\s+(?:(?:that|this|it|the)(?:\s+"
                          rf"{_CLAIM})?|the\s+{_CLAIM}|that\s+(?:[\w'-]+\s+){{1,3}}{_PRO_FORM})|called\s+(?:that|this|"
                          rf"it|the\s+{_CLAIM})\s+(?:false|untrue|wrong|inaccurate|misleading|baseless))"
                          r"\s*(?:[.,;]|$)", re.I)
# a word every `_DENIED_BACK` match holds, searched with the same flags: a text without one cannot deny back
_DENIAL_VERB = re.compile(r"denied|denies|disputed|disputes|rejected|rejects|called", re.I)
_GAP = 3  # characters between the claim's end and its denial's start: a space, a line break, a closing mark
_SHORT = 120  # a denial sentence of its own ("X denied that.") before the denier's words: at most this long


def denies_back(text: str) -> bool:
    """The sentence denies what the sentence before it said, by a pronoun (`_DENIED_BACK`)."""
    return _DENIED_BACK.search(text) is not None


def between(a: Quote, b: Quote) -> str | None:
    """The document's text from quote a's end to quote b's start, when one of their chunks holds it."""
    for chunk in (b.hit.chunk, a.hit.chunk):
        if chunk.doc_id == a.hit.chunk.doc_id == b.hit.chunk.doc_id and chunk.start <= a.end <= b.start <= chunk.end:
            return chunk.text[a.end - chunk.start : b.start - chunk.start]
    return None


def denies_after(a: Quote, b: Quote) -> bool:
    """Quote b denies quote a by a pronoun: b opens right after a and denies back, or a short sentence between them
    does ("Kessler spokeswoman Marjorie Tull denied that.") and b carries the denier's words that follow it."""
    gap = between(a, b)
    if gap is None:
        return False
    if len(gap.strip()) <= _GAP:
        return denies_back(b.text)
    return len(gap.strip()) <= _SHORT and denies_back(gap) and gap.count(".") <= 1


def denied_next(ask: Asked, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes | None) -> Picked:
    """`picked` unless its best quote carries a source's claim (not the words of the one asked about) and the next
    sentence of its article denies it by a pronoun in another voice: then the claim and the denial, contested."""
    if picked.contested or not picked.quotes or ask.said or ask.role or not picked.quotes[0].voiced:
        return picked
    best = picked.quotes[0]
    doc = best.hit.chunk.doc_id
    found = [q for q in ranked if q.hit.chunk.doc_id == doc]
    if article is not None:
        found += article(doc, lambda text: True)
    for r in found:
        if denies_after(best, r) and different_sources(r, best) and not own_words(ask, r) \
                and bears_on_asked(ask, best, r):
            return Picked([best, r], True, "rebuttal", (0, 1), (0, 1))
    return picked


def denied_before(ask: Asked, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes | None) -> Picked:
    """`picked` unless a quote it shows after the best carries a denier's words that follow a short sentence denying,
    by a pronoun, the claim of the sentence before it ("He said the alarm had been switched off. The director disputed
    that. 'Our alarm was working,' she said."), in another voice: then the best quote, the claim and the denial,
    contested (the claim and the denial alone when the best quote is one of them)."""
    if picked.contested or len(picked.quotes) < 2 or ask.said or ask.role:
        return picked
    best = picked.quotes[0]
    for r in picked.quotes[1:]:
        claim = _claim_before(ask, r, ranked, article)
        if claim is None:
            continue
        if claim.text == best.text:
            return Picked([best, r], True, "rebuttal", (0, 1), (0, 1))
        return Picked([best, claim, r], True, "rebuttal", (0, 0, 1), (1, 2))
    return picked


def _claim_before(ask: Asked, denial: Quote, ranked: Sequence[Quote], article: ArticleQuotes | None) -> Quote | None:
    """The quote of `denial`'s article that a short sentence between them denies back, in another voice, within one
    paragraph (a denial opening a paragraph may answer the paragraph before as a whole, or another of its claims)."""
    if not _denied_back_before(denial):  # no claim can qualify: its article is not read
        return None
    doc = denial.hit.chunk.doc_id
    found = [q for q in ranked if q.hit.chunk.doc_id == doc]
    if article is not None:
        found += article(doc, lambda text: True)
    return next((c for c in found if c.end <= denial.start and _GAP < len((gap := between(c, denial) or "").strip())
                 and "\n" not in gap.strip(" ") and denies_after(c, denial) and different_sources(c, denial)
                 and not own_words(ask, denial) and bears_on_asked(ask, c, denial)), None)


def _denied_back_before(denial: Quote) -> bool:
    """Whether a sentence denying back by a pronoun may stand right before `denial` (`_claim_before`'s gap: text of no
    line break, at most _SHORT characters stripped, ending where the denial starts, that `denies_back`): a denial verb
    in its passage's text before it, after its last line break there; True when that text may not hold the whole gap
    (no line break in it, and no more than _SHORT characters: the gap may start in an earlier passage)."""
    c = denial.hit.chunk
    before = c.text[: max(0, denial.start - c.start)]
    line = before.rfind("\n")
    if line < 0 and len(before.strip()) <= _SHORT:
        return True
    return _DENIAL_VERB.search(before, line + 1) is not None


def bears_on_asked(ask: Asked, claim: Quote, denial: Quote) -> bool:
    """The denial, with the short sentence that denies back before it, holds a word of what is asked: "Brennick denied
    that any manager said so" for "Did managers tell workers …?"; not "The curator disputed that account. 'Our lock
    was fine,' she said." for how the thieves got in, when the claim told of the lock too: that denies another part."""
    gap = between(claim, denial) or ""
    return bool(term_set(gap + " " + denial.text) & (ask.predicate or ask.terms))


def words_asked(ask: Asked, question: str) -> bool:
    """The question asks what a source it describes by a role said or reported ("What did the industry newsletter
    report …", "What did the newspaper report a police sergeant said …"), as parsed: a role no passage writes before a
    name is dropped from `ask`. A named source's words ("What did Kevin McCarthy say …") are disputed by a pronoun's
    rejection right after them ("Democrats called that a mischaracterization"); a described source's report is what
    was reported, and another voice's rejection of it is context."""
    return bool(ask.role or asked(question).role)
