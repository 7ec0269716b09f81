"""A second look for a "Which <role> …?" question whose answering quotes tell the event but name nobody.

News often tells an event in one sentence and its doer in another: "members of the House … began to read the United
States Constitution aloud" opens the story, and "Representative John A. Boehner, the newly installed speaker of the
House, read the preamble" comes paragraphs later, in a passage the first retrieval did not return. When the answering
quotes (within CLOSE of the best) name no person the question does not (`which_person.person_unnamed`), the answering
articles' sentences (the ranking's and the passages it left out) are read for one that names a person the question
does not together with the asked event told by a verb in the question's voice: the question's verb, or the act its
gerund object names ("opened the reading": read); not the act's noun ("the idea for the live reading, said
Representative Robert W. Goodlatte" names a speaker, not a reader), nor a passive for an active question ("Jay Inslee
… asked … what part of the Constitution would be read"). A verb of saying is no event (every article names speakers),
and a body's name is no person. The best such sentence opens the ranking (the
best quote's score, so it answers); when none is found the ranking stays and the abstention with it. Pure over the
ranking and a reader of an article's left-out passages.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from app.answer.asked_events import support_object
from app.answer.persons import names_person
from app.answer.quote import Quote
from app.answer.which_person import SAYING, asked_verb, person_unnamed
from app.text.terms import stem, term_set
from app.text.function_words import BE

# A reader of one document's passages the first retrieval left out: quotes_of(doc_id, keep, cued=False)
QuotesOf = Callable[..., list[Quote]]




def asked_acts(question: str) -> tuple[frozenset[str], bool]:
    """The stems of the event a "Which <role> <verb> …" question asks of: its verb, and its object when a gerund
    names the act ("opened the reading of the Constitution": open, read); empty for a verb of saying or no verb. And
    whether the verb is passive ("Which congressman was indicted …")."""
    verb = asked_verb(question)
    m = re.search(rf"(\w+)\s+{re.escape(verb)}\b", question) if verb else None
    if m is None or stem(verb) in SAYING:
        return frozenset(), False
    obj = support_object(question[m.end():])
    acts = {stem(verb)} | ({stem(obj)} if obj.endswith("ing") and len(obj) > 5 else set())
    return frozenset(acts - SAYING), m.group(1).casefold() in BE


def does(acts: frozenset[str], passive: bool, text: str) -> bool:
    """`text` tells one of the acts with a verb in the asked voice, not its gerund or noun: "Boehner … read the
    preamble", not "… said Representative Robert W. Goodlatte, … who came up with the idea for the live reading",
    nor (asked who did it) "Jay Inslee … asked … what part of the Constitution would be read"."""
    words = re.findall(r"[a-z]+", text.casefold())
    return any(not w.endswith("ing") and stem(w) in acts and (i > 0 and words[i - 1] in BE) == passive
               for i, w in enumerate(words))


def _tells(question: str, act: tuple[frozenset[str], bool], q: Quote) -> bool:
    """`q` names a person the question does not, and tells the asked act with a verb."""
    return does(*act, q.text) and names_person(question, q.text, bodies=False)


def named_look(question: str, ranked: Sequence[Quote], close: float, quotes_of: QuotesOf | None) -> list[Quote]:
    """`ranked`, opened by the best sentence of the answering articles (the documents of the quotes within `close` of
    the best) that names a person with the asked act, when the answering quotes name nobody (module docstring)."""
    if not ranked or quotes_of is None or not person_unnamed(
            question, answering := [q for q in ranked if q.score >= ranked[0].score - close]):
        return list(ranked)
    act = asked_acts(question)
    if not act[0]:
        return list(ranked)
    docs = list(dict.fromkeys(q.hit.chunk.doc_id for q in answering))
    found = [q for q in ranked if q.hit.chunk.doc_id in docs and _tells(question, act, q)]
    return open_with_best(ranked, found, docs, quotes_of, lambda text: bool(act[0] & term_set(text)),
                          lambda q: _tells(question, act, q))


def open_with_best(ranked: Sequence[Quote], found: list[Quote], docs: Sequence[str], quotes_of: QuotesOf | None,
                   cue: Callable[[str], bool], ok: Callable[[Quote], bool]) -> list[Quote]:
    """The second looks' common end: `found` (the ranking's quotes that answer) and the quotes passing `ok` of the
    passages of `docs` the ranking left out (those whose text passes `cue`); the best of them opens the ranking at
    its best quote's score, so it answers. None found: the ranking as it was."""
    for doc_id in docs if quotes_of is not None else ():
        found = found + [q for q in quotes_of(doc_id, cue, cued=False) if ok(q) and q not in ranked]
    if not found:
        return list(ranked)
    best = max(found, key=lambda q: q.score)
    return [replace(best, score=ranked[0].score), *(q for q in ranked if q is not best)]
