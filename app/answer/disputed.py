"""A dispute one article reports: "He also rejected reports that Obama refused his request for a meeting".

Sources disagree across outlets (`app/answer/sides.py`), but one outlet may also report both sides of
the claim asked about: a party's rebuttal that spells out the claim it rejects. When that rejected
claim is what the question asks (it holds SPELLED of the question's predicate terms, and for a who /
where / when question the act asked about), the parties disagree on the question even if no other
outlet carries the claim, provided another voice states the claim (same outlet or not) and answers
nearly as well: the answer shows that statement, then the rebuttal. A rebuttal alone ("While many have
speculated that …, Mr. Bauer said that was never the case") reports no party asserting the claim: no dispute,
unless the one sentence attributes the claim to a party too ("A white lawmaker said he also heard the
epithets, but conservative activists said the lawmakers were lying"): then it is quoted alone.

It does not apply when the rebuttal is the words of the one the question asks about ("What did X
say", "Did X <verb>": X's own rejection is the answer), nor to a rebuttal of another claim.
Takes the candidate quotes (best first) and their unit vectors; gives the pick.

`pushback`: the best quote passes on a source's words or report ("…, the Washington Post report said"), and
its own article, further on, has another voice rebut that source by name ("an official also pushed back,
saying the … Washington Post article … refers to collection under a law that does not allow …"): the
article reports both sides, even when the rebuttal shares no word with the question. Not for a question
about what a source said ("What did X claim …?"): X's words are the answer there, and the rebuttal its
own outlet prints next to them is context, not another source's account.

`statement_rebutted`: for that question ("What did X say / write …?"), X's words are disputed when another voice
in X's own article rejects a claim it spells out and that claim is X's statement (its lower-case words hold
STATED of the terms of X's quote, or one when the rebuttal is ON_POINT to it): "Democrats disputed the claim that
taxpayers will pay for campaigns" after Davis's "a bill that will publicly fund campaign travel, campaign dinners"; "The
White House
disputed Republican claims that the conversations might be illegal" after Issa's "an illegal quid pro quo".

`answered_back`: the sentence right after the best quote in its article is another voice's short rejection of
it by a pronoun ("House GOP leader Kevin McCarthy … said the legislation would undermine the integrity of
elections …" / "Democrats called that a mischaracterization."): the article reports both sides, as when the
pronoun denies what the same sentence said before it ("While many have speculated that …, Mr. Bauer said that
was never the case", `contradict.denies_before`). A question before it asserts nothing to reject.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

from app.answer.agree import statement_asked
from app.answer.article_read import ArticleQuotes  # its tests here: only a text holding a rebuttal cue passes them
from app.answer.asked_act import ACCUSING
from app.answer.denied_next import denied_before, denied_next, words_asked
from app.answer.means_clause import means_only
from app.answer.roles import own_words
from app.answer.select import Asked, Quote
from app.answer.siding import goes_on
from app.answer.rejected_claim import rebuts_asked, spells_asked, states_rejected_claim
from app.answer.sides import CLOSE, CONTEST_POOL, MAX_CANDIDATES, ON_POINT, Picked, different_sources
from app.attribution import contradict as cx
from app.attribution.links import fold, written_name
from app.text.terms import stem, term_set


def reported_dispute(ask: Asked, picked: Picked, ranked: Sequence[Quote], vectors: np.ndarray) -> Picked:
    """`picked` unless a quote within CLOSE of the best rebuts the very claim asked about and another
    voice states that claim (within CONTEST_POOL): then the claim, then its rebuttal, contested.
    `vectors[i]`: the unit vector of ranked[i]'s text."""
    if picked.contested or not ranked:
        return picked
    top = ranked[0].score
    for i, r in enumerate(ranked):
        if r.score < top - CLOSE:
            break
        if not _rebuts_the_question(ask, r):
            continue
        j = _claim_stated(ask, ranked, vectors, i)
        if j is not None:
            return Picked([ranked[j], r], True, "rebuttal", (0, 1), (0, 1))
        if cx.said_but_claim(r.text):  # "X said P, but Y said … lying": the one sentence holds both sides
            return Picked([r], True, "rebuttal", (1,), ())
    return picked


def _rebuts_the_question(ask: Asked, r: Quote) -> bool:
    """r rejects a claim it spells out, the claim is what is asked, and r is not the asked one's own words."""
    if not spells_asked(ask, r) or own_words(ask, r):
        return False
    # who / where / when, or whether anyone did it ("Did anyone sue …"): only a rejected claim about the act asked
    # disputes the answer ("this suit is without merit" takes the suit for granted)
    if ask.identity or ask.existential:
        return bool(term_set(cx.rebutted_claim(r.text) or "") & ask.verb)
    return True


def _claim_stated(ask: Asked, ranked: Sequence[Quote], vectors: np.ndarray, i: int) -> int | None:
    """Of the quotes within CONTEST_POOL of the best by a voice other than rebuttal i's that state its claim
    (`states_rejected_claim`) and rebut nothing themselves, the one closest to it (ON_POINT at least)."""
    top, r = ranked[0].score, ranked[i]
    near = [(float(vectors[i] @ vectors[j]), j) for j, t in enumerate(ranked)
            if j != i and t.score >= top - CONTEST_POOL and different_sources(r, t) and not t.rebuts
            and states_rejected_claim(ask, r, t)]
    best = max(near, default=None)
    return best[1] if best and best[0] >= ON_POINT else None


Embed = Callable[[Sequence[str]], np.ndarray]


def pushback(ask: Asked, picked: Picked, article: ArticleQuotes, embed: Embed) -> Picked:
    """`picked` unless its best quote carries a source's words and its own article rebuts that source by
    name in another voice, speaking to the same claim (ON_POINT): then the two, contested. Else, unless a later quote
    of another stance group only relays a source's words (an outlet reporting what its opponent "claimed",
    `_DISTANCED`) and its own article rebuts that source so: then the best quote and that rebuttal, contested (the
    outlet's own account of the claim, not the claim it relays, is its side)."""
    if picked.contested or not picked.quotes or ask.said or ask.role:
        return picked  # "What did X say / claim": X's words answer; its own outlet's rebuttal of X is context
    best = picked.quotes[0]
    relayed = [q for q in picked.quotes[1:] if q.voiced and q.stance is not None and best.stance is not None
               and q.stance != best.stance and _DISTANCED.search(q.text)]
    for q in [best, *relayed] if best.voiced else relayed:
        found = _rebutted_by_name(ask, q, article, embed, other_voice=q is best)
        if found is not None:
            return Picked([best, found], True, "rebuttal", (0, 1), (0, 1))
    return picked


# An outlet relaying words it does not endorse reports them with a verb of mere claiming ("He then claimed that the MEK
# …", "the allegedly fake accounts"): the closed class of English report verbs that withhold the reporter's assent
_DISTANCED = re.compile(r"\b(?:claim(?:s|ed)|alleg(?:es|ed|edly)|purport(?:s|ed|edly))\b", re.IGNORECASE)


def _rebutted_by_name(ask: Asked, quote: Quote, article: ArticleQuotes, embed: Embed, other_voice: bool = True
                      ) -> Quote | None:
    """The rebuttal, in `quote`'s own article, of a source `quote` carries, named (a rebuttal cue), on the same claim
    (ON_POINT to `quote`); None: none. `other_voice`: in another voice than `quote`'s (else the rebuttal may carry the
    same source's name as its voice: an outlet relaying its opponent frames what that opponent "said" in its own
    rebuttal words, "Zarif and Baeidinejad recently said that … the smear campaigns … were “ordered” by the
    regime")."""
    names = [n for link in quote.voiced if len(n := fold(written_name(link))) >= 4]

    def keep(text: str) -> bool:  # a cheap test first: the text names the source and holds a rebuttal cue
        folded = fold(text)
        return any(n in folded for n in names) and cx.rebuts(text)

    rebuttals = [r for r in article(quote.hit.chunk.doc_id, keep) if keep(r.text) and rebuts_asked(ask, r)
                 and (different_sources(r, quote) or not other_voice) and not own_words(ask, r)
                 and r.text != quote.text] if names else []
    if not rebuttals:
        return None
    vectors = embed([quote.text, *(r.text for r in rebuttals)])
    sims = vectors[1:] @ vectors[0]
    i = int(np.argmax(sims))
    return rebuttals[i] if sims[i] >= ON_POINT else None


STATED = 2  # terms of X's quote a rebuttal's spelled-out claim holds, for it to reject X's statement


def statement_rebutted(ask: Asked, picked: Picked, ranked: Sequence[Quote], article: ArticleQuotes,
                       embed: Embed, question: str = "") -> Picked:
    """`picked` unless the question asks what X said, its best quote is X's words, and another voice in X's own
    article rejects the claim X states (`rejects_statement`): then the two, contested, X's words first. Otherwise a
    claim the next sentence denies by a pronoun ("Y denied that.", `denied_next`) is rebutted in its own article, unless
    the question asks what a source described by a role reported (`words_asked`: a role `ask` dropped still asks it)."""
    if picked.contested or not picked.quotes or not ask.said or not own_words(ask, picked.quotes[0]):
        if question and words_asked(ask, question):
            return picked
        return denied_before(ask, denied_next(ask, picked, ranked, article), ranked, article)
    best = picked.quotes[0]
    doc = best.hit.chunk.doc_id
    found = [*(q for q in ranked if q.hit.chunk.doc_id == doc), *article(doc, cx.rebuts)]
    rebuttals = [r for r in found if r.rebuts and cx.rebutted_claim(r.text) and different_sources(r, best)
                 and not own_words(ask, r)]
    if not rebuttals:
        return picked
    vectors = embed([best.text, *(r.text for r in rebuttals)])
    for r, v in zip(rebuttals, vectors[1:]):
        if rejects_statement(best, r, float(v @ vectors[0])):
            return Picked([best, r], True, "rebuttal", (0, 1), (0, 1))
    return picked


def rejects_statement(x: Quote, r: Quote, sim: float) -> bool:
    """The claim r spells out and rejects is what x states: its lower-case words (what it predicates; names are
    participants: "allegations that the White House dangled the secretary of Navy position in front of Sestak"
    is not about every quote naming the White House and Sestak) hold STATED of x's terms, or r is ON_POINT to x
    and they hold one of them."""
    claim = cx.rebutted_claim(r.text) or ""
    shared = term_set(" ".join(w for w in claim.split() if w[:1].islower())) & term_set(x.text)
    return len(shared) >= STATED or (sim >= ON_POINT and bool(shared))


# "Democrats called that a mischaracterization", "But the company said it was false": a voice, a verb of saying
# or rejecting, and a pronoun standing for what was said just before
_VOICE = r"^\W*(?:but\s+|and\s+)?(?:[\w’'.-]+\s+){1,6}?"  # a few words naming who answers back
_BACK_PRONOUN = r"\s+(?:that|this|it|those|these)\b"  # … and what was said just before
_ANSWERED_BACK = re.compile(rf"{_VOICE}(?:called|calls|said|says|dismissed|denied|disputed|rejected){_BACK_PRONOUN}",
                            re.IGNORECASE)
# "Wal-Mart calls that evidence unrepresentative and unreliable": to call what was said something dismissive is to
# reject it, whether the word is a rebuttal cue or a negated evaluation (un-/in-/mis- on an adjective's ending)
_CALLED = re.compile(rf"{_VOICE}call(?:s|ed){_BACK_PRONOUN}(?P<rest>.*)", re.IGNORECASE | re.DOTALL)
_DISMISSIVE = re.compile(r"\b(?:(?:un|in|mis|ir|il)[a-z]{3,}(?:able|ible|ive|ate|ed|ous|ing|ation|ful)|false|wrong|"
                         r"nonsense|baseless|absurd|ridiculous|bogus)\b", re.IGNORECASE)
CALLED_WORDS = 6  # words after the pronoun where the dismissive word stands ("that evidence unrepresentative")
BACK_WORDS = 20  # at most this many words: a rejection of the sentence before, not a claim of its own
BACK_GAP = 3  # characters between the two sentences (a space, or a paragraph break)


def answered_back(ask: Asked, question: str, picked: Picked, ranked: Sequence[Quote], embed: Embed | None = None
                  ) -> Picked:
    """`picked` unless the sentence after a quote that answers (its best quote, or one within CONTEST_POOL of it in
    the first window that answers as it does, `_on_point`: "When did Brightwell find out it was hacked?" is not
    answered by a report about an audit; `ranked`: every candidate quote, best first) is another
    voice's short rejection of it by a pronoun (`_answers_back`): then the two, contested, the claim first (after the
    best quote, which asserts what it says, unless it rebuts or negates; when it is that rejection, it opens and the
    claim follows). Not when the question asks whether a charge was made (`charge_asked`: "Was Wal-Mart accused of
    …", "Did anyone file a lawsuit against Wal-Mart …": Wal-Mart calling the evidence unreliable tells that it was)
    or a statement said."""
    if picked.contested or not picked.quotes or charge_asked(ask) or statement_asked(question) \
            or words_asked(ask, question):
        return picked  # whether a charge was made or a statement said: a rejection of it tells that it was; what a
        # described source reported: its words answer, and a pronoun's rejection of them is context
    best = picked.quotes[0]
    anchors = [best,
               *(q for q in ranked[:MAX_CANDIDATES] if q is not best and q.score >= ranked[0].score - CONTEST_POOL)]
    for q in anchors:
        after = _next_after(q, ranked)
        if cx.question_quote(q.text) or q.rebuts or after is None or not _answers_back(ask, q, after) \
                or not (q is best or _on_point(ask, best, q, embed)):
            continue
        if q is best:
            return Picked([best, after], True, "rebuttal", (0, 1), (0, 1))
        if after is best:  # the best quote is that rejection: it opens, then the claim it answers, each once
            return Picked([best, q], True, "rebuttal", (0, 1), (0, 1))
        if best.rebuts or cx.negated(best.text, ask.predicate or ask.terms):
            return Picked([q, after], True, "rebuttal", (0, 1), (0, 1))  # the best quote may be of the other side
        return Picked([best, q, after], True, "rebuttal", (0, 0, 1), (1, 2))
    return picked


def _on_point(ask: Asked, best: Quote, q: Quote, embed: Embed | None) -> bool:
    """q answers as the best quote does: it holds a word of what the question asks of its names (its predicate: "shut"
    for "Should the plant be shut down?", when the best quote is a lede on the spill), or it speaks to what the best
    quote says (ON_POINT: "the legislation would undermine …" beside "This bill … would undermine …"); without an
    embedder, any quote nearly as good does."""
    if embed is None or not (ask.predicate or ask.terms).isdisjoint(term_set(q.text)):
        return True
    vectors = embed([best.text, q.text])
    return float(vectors[0] @ vectors[1]) >= ON_POINT


_LAWSUIT = frozenset(stem(w) for w in "lawsuit suit complaint charges".split())  # what "file" / "bring" makes a charge


def charge_asked(ask: Asked) -> bool:
    """The question asks whether a charge was made: its verb or act accuses ("Was Wal-Mart accused …", "Did anyone sue
    Colorado …": the act is parsed when the verb is not), or it files or brings a lawsuit ("Did anyone file a lawsuit
    against Wal-Mart …")."""
    acts = ask.verb | {stem(a.casefold()) for a in ask.acts}
    return bool(acts & _CHARGING) or bool(acts & _FILING and (ask.predicate or ask.terms) & _LAWSUIT)


_FILING = frozenset(stem(w) for w in ("file", "bring", "brought"))
_CHARGING = ACCUSING | {stem(w) for w in "accuse charge indict sue blame criticize allege suspect".split()}


def _answers_back(ask: Asked, q: Quote, after: Quote) -> bool:
    """`after` is another voice's short rejection of q by a pronoun: a rebuttal cue, or a dismissive word it calls
    what was said. Voiced otherwise: another speaker, or a party it names itself in the outlet's own voice. Not when
    the question asks only of the means q names ("by allowing …", `means_clause`), unless it asks what X said, nor
    when q tells of the one `after`'s pronoun stands for ("Keegan … called the audit a hit piece. He denied …")."""
    if len(after.text.split()) > BACK_WORDS or not _ANSWERED_BACK.match(after.text) or own_words(ask, after) \
            or goes_on(after, q) \
            or (not ask.said and means_only(q.text, ask.predicate or ask.terms)):  # the claim rejected, not means
        return False
    called = _CALLED.match(after.text)
    dismissive = called is not None and _DISMISSIVE.search(" ".join(called.group("rest").split()[:CALLED_WORDS]))
    if not (after.rebuts or dismissive):
        return False
    return different_sources(after, q) or (after.source[1] == "" and after.outlet == q.outlet)


def _next_after(q: Quote, ranked: Sequence[Quote]) -> Quote | None:
    """The candidate that follows q in its article: right after it (BACK_GAP), or opening the next paragraph when
    one more sentence of q's paragraph stands between them ("The plaintiffs have presented sworn statements and
    statistics to support their claim." between the plaintiffs' theory and "Wal-Mart calls that evidence …")."""
    chunk = q.hit.chunk
    r = min((r for r in ranked if r.hit.chunk.doc_id == chunk.doc_id and r.start >= q.end), key=lambda r: r.start,
            default=None)
    if r is None or r.start - q.end <= BACK_GAP:
        return r
    near = r.hit.chunk.id == chunk.id and _rest_of_paragraph(chunk.text[q.end - chunk.start: r.start - chunk.start])
    return r if near else None


def _rest_of_paragraph(between: str) -> bool:
    """`between` ends q's paragraph with at most one short sentence, and a paragraph break follows it."""
    inner = between.strip()
    return bool(inner) and "\n" not in between.rstrip() and "\n" in between[len(between.rstrip(" ")) - 2:] \
        and len(re.findall(r"[.!?][\"”’')]*(?=\s|$)", inner)) <= 1 and len(inner.split()) <= BACK_WORDS
