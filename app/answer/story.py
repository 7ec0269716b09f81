"""Which story a quote comes from: a question that names its subject ("the Clintons' filing with the Federal Election
Commission", "What did Nancy Pelosi say about the House reading the Constitution?", "… under H.R. 1?") is answered
from the articles that name it, never with a sentence of another story that shares a phrase (another politician's
FEC filings; the same person speaking on another subject; another race's primary).

The question's subject is its names and bill designations (`named.question_names`, `named.designations`); each
candidate article is read for them in the terms ingest stored for the whole article (`Sentences.holds`: "Duncan
Hunter" is named by "Mr. Hunter" three paragraphs on). The story the question is about is the articles naming the
most of them; a quote from an article naming fewer is from another story. A name every candidate article holds
(the subject of every story), an outlet's name, or an article whose terms were not stored decides nothing.

A question naming no name or designation ("What caused the leak?") is read by its search terms instead, each a
one-word subject, and against the story of the best-ranked quote rather than the story naming the most: a quote
from a story holding fewer of those words than the best quote's is another story's (`on_story`). Pure functions, no
model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from app.answer.every_side import on_story as near_days, published_day
from app.answer.named import designations, name_head, question_names, subject_names_held, subject_words_held
from app.answer.quote import Quote
from app.answer.sides import Picked
from app.text.terms import term_set, terms

Q = TypeVar("Q", bound=Quote)


def subject_counts(question: str, candidates: Sequence[Quote], topic: bool = False
                   ) -> dict[str, tuple[int, int]] | None:
    """For each candidate's article (by document id), how many of the question's subject names and designations its
    story names: the candidate articles published within STORY_DAYS of it (outlets covering one story publish within
    days of each other), itself included. None when the question names no subject or nothing can decide (an
    article undated or its terms not stored). The tests that decide nothing come first, each candidate's outlet read
    only then (once an outlet: the rankings hold dozens of one outlet's quotes). `topic`: a question naming no name
    or designation counts its search terms instead, each a one-word subject (`on_story`)."""
    asked, marks = question_names(question), designations(question)
    if topic and not asked and not marks:
        asked = [frozenset({w}) for w in dict.fromkeys(terms(question))]
    if not asked and not marks or not candidates:
        return None
    firsts = {q.hit.chunk.doc_id: q for q in candidates}
    if any(q.hit.sentences is None or q.hit.sentences.bounds is None or published_day(q.hit) is None
           for q in firsts.values()):
        return None
    outlets = frozenset().union(*map(term_set, {q.outlet for q in candidates}))
    names = [n for n in asked if not n <= outlets]  # "What did Fox News report": no subject
    if not names and not marks:
        return None
    heads = [name_head(n, question) or (next(iter(n)) if len(n) == 1 else "") for n in names]
    held = {doc_id: subject_names_held(names, heads, marks, q.hit) for doc_id, q in firsts.items()}
    near = {doc_id: near_days([q.hit]) for doc_id, q in firsts.items()}  # every_side's window of STORY_DAYS
    story = {doc_id: [o for o in firsts if near[doc_id](firsts[o].hit)] for doc_id in firsts}
    named = {doc_id: len(frozenset().union(*(held[o] for o in story[doc_id]))) for doc_id in firsts}
    return _fuller(names, firsts, story, named)


def _fuller(names: Sequence[frozenset[str]], firsts: dict[str, Quote], story: dict[str, list[str]],
            named: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Each article's (names its story holds, their words its story holds): of two stories naming as many of the
    question's names, the one naming them more fully ("Duncan Hunter", not only "House") is the story asked about.
    The words are read only for the stories naming the most names (the others are dropped on the names alone) and
    only when two such stories differ; 0 elsewhere."""
    most = max(named.values())
    tops = [d for d in firsts if named[d] == most]
    if len({frozenset(story[d]) for d in tops}) < 2:
        return {d: (named[d], 0) for d in firsts}
    words = {o: subject_words_held(names, firsts[o].hit) for o in {o for d in tops for o in story[d]}}
    return {d: (named[d], len(frozenset().union(*(words[o] for o in story[d]))) if d in tops else 0) for d in firsts}


def on_story(question: str, quotes: Sequence[Q], candidates: Sequence[Quote] | None = None) -> list[Q]:
    """`quotes` less those whose story names fewer of the question's subject names than the story of `candidates`
    (default: `quotes`) naming the most: those are another story's. A question naming no name is read by its search
    terms, and a quote is dropped only when its story holds fewer of them than the story of the best candidate
    (`candidates[0]`): "What did the independent analysis estimate the stadium would cost?" is not answered from
    another story's "estimated cost" (which holds no "stadium"), and "What caused the leak?" keeps its leak story
    although another story holds both "cause" and "leak". All of `quotes` when nothing decides (`subject_counts`
    None)."""
    pool = list(candidates) if candidates is not None else list(quotes)
    counts = subject_counts(question, [*pool, *quotes], topic=True)
    if counts is None or not pool:
        return list(quotes)
    named = bool(question_names(question) or designations(question))  # else its words: against the best quote's story
    most = max(counts[q.hit.chunk.doc_id] for q in pool) if named else counts[pool[0].hit.chunk.doc_id]
    return [q for q in quotes if counts[q.hit.chunk.doc_id] >= most]


def story_picked(question: str, picked: Picked, candidates: Sequence[Quote]) -> Picked:
    """`picked` less its quotes from another story than the one `candidates` (the ranking) and `picked` name the
    question's subject in (`on_story`); a disagreement one of those quotes made is no disagreement."""
    kept = on_story(question, picked.quotes, [*candidates, *picked.quotes])
    if len(kept) == len(picked.quotes):
        return picked
    ids = {id(q) for q in kept}
    at = [i for i, q in enumerate(picked.quotes) if id(q) in ids]
    pair = tuple(at.index(i) for i in picked.pair) if all(i in at for i in picked.pair) else ()
    contested = picked.contested and (bool(pair) or not picked.pair) and len({q.stance for q in kept}) > 1
    sides = tuple(picked.sides[i] for i in at) if contested and len(picked.sides) == len(picked.quotes) else ()
    return Picked(kept, contested, picked.about if contested else "", sides, pair if contested else ())
