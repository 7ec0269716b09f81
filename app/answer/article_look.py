"""The answering sentence in a passage the retrieval left out: retrieval ranks passages, and the sentence that answers
may sit in a passage of a retrieved article whose other sentences are about something else, so it is not among the
k passages and no ranking of their sentences can put it first. `article_look` scores the other passages of the
ranking's first ARTICLES articles against the question as the ranked ones are (`rank_quotes`, through the article
reader: stored sentence rows, cut at a floor so most passages are never split) and puts a quote that beats the best
ranked one by ARTICLE_MARGIN first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

import numpy as np

from app.answer.answer_type import figureless
from app.answer.asked_word import sum_words, unheld
from app.answer.counted_thing import counts_other
from app.answer.vectors import word_embed
from app.answer.word_meaning import table_rows
from app.answer.answered import answers_ranked
from app.answer.article_read import keep_any
from app.answer.gaps import doer_missing
from app.answer.speaks import words_missing
from app.answer.venue_look import venue_missing
from app.answer.asked import Asked
from app.answer.quote import Quote
from app.answer.scoring import Coverage, sentence_vectors
from app.answer.select import EXTEND_MARGIN, spans_reach
from app.answer.sides import MAX_CANDIDATES
from app.answer.story import on_story
from app.store.sentences import Sentences
from app.store.word_table import WordFile

ARTICLES = 3  # the articles read further: a story is told by a few outlets, the best ones first
ARTICLE_MARGIN = 0.15  # how much better than the best ranked quote an article's other quote must score

QuotesOf = Callable[..., list[Quote]]  # `compose._article_quotes`: doc id, text test, cued=, floor= -> its quotes


def article_look(ask: Asked, ranked: Sequence[Quote], quotes_of: QuotesOf | None, qvec: np.ndarray | None = None,
                 coverage: Coverage | None = None, margin: float = ARTICLE_MARGIN) -> list[Quote]:
    """`ranked` with the best quote of the first ARTICLES ranked articles' other passages first when it scores
    `margin` more than `ranked[0]` (the ranked quotes its span overlaps dropped); `ranked` as it was when none does,
    and for a question about what a source said or what a document says, whose ranking is not by score alone (the
    source's own words first: `said_first`, `document_first`)."""
    if quotes_of is None or not ranked or ask.said or ask.document:
        return list(ranked)
    docs = list({q.hit.chunk.doc_id: q.hit.sentences for q in ranked}.items())[:ARTICLES]
    floor = ranked[0].score + margin
    found = [q for d, stored in docs if _may_reach(ask, stored, qvec, coverage, floor)
             for q in quotes_of(d, keep_any, cued=False, floor=floor) if q.score >= floor]
    if not found:
        return list(ranked)
    best = max(found, key=lambda q: q.score)
    doc = best.hit.chunk.doc_id
    return [best, *(q for q in ranked if q.hit.chunk.doc_id != doc or q.end <= best.start or best.end <= q.start)]


def answered_ranking(ask: Asked, question: str, ranked: list[Quote], dates: list, qvec: np.ndarray, embed: Callable,
                     parsed: Asked, quotes_of: QuotesOf | None, coverage: Coverage, words: WordFile | None = None
                     ) -> tuple[list[Quote], list[Quote], np.ndarray] | None:
    """The ranking, its first MAX_CANDIDATES quotes and their vectors when a quote of it answers the question
    (`answers_ranked`; None when none does, or when no candidate says the asked act or thing: `asked_word`, the
    candidates' words read from the index's word table `words`), `article_first`'s quote first."""
    top = ranked[:MAX_CANDIDATES]
    vectors = sentence_vectors([q.text for q in top], embed)
    answers = partial(answers_ranked, question, qvec, embed, dates, parsed)
    if not answers(ranked, vectors) \
            or unheld(question, [q.text for q in top], word_embed(embed), stored=table_rows(words)):
        return None  # the act asked: said nowhere (its words' own vectors, not their sentences')
    if (looked := article_first(ask, question, ranked, quotes_of, answers, qvec, coverage)) is not ranked:
        ranked, top = looked, looked[:MAX_CANDIDATES]
        vectors = sentence_vectors([q.text for q in top], embed)
    return ranked, top, vectors


def not_there(ask: Asked, question: str, quotes: Sequence[Quote], top: Sequence[Quote], embed: Callable,
              words: WordFile | None = None) -> bool:
    """No quote is picked, or what the question asks is not in the picked ones: X's words (`words_missing`), to the
    venue asked (`venue_missing`), the doer asked (`doer_missing`), or the kind of sum a "What is the … salary of …"
    question asks for (`asked_word.sum_words`), said in no picked or candidate quote nor in a word of the same
    meaning (read once the looks have run, as a look may bring in the quote that names it; the quotes' words from
    the index's word table `words`), or every figure read as the answer counts another thing than the one asked
    (`counted_thing`: "900 permanent jobs" for "How many seats …")."""
    if not quotes or any(t(ask, question, quotes) for t in (words_missing, venue_missing, doer_missing)):
        return True
    if figureless(ask, question, [q.text for q in quotes]):  # a count asked, no figure picked
        return True
    texts, stored = [q.text for q in (*top, *quotes)], table_rows(words)
    return bool(unheld(question, texts, word_embed(embed), sum_words, stored)) \
        or counts_other(ask, question, texts, word_embed(embed), stored)


def article_first(ask: Asked, question: str, ranked: list[Quote], quotes_of: QuotesOf | None,
                  answers: Callable[[list[Quote]], bool], qvec: np.ndarray | None = None,
                  coverage: Coverage | None = None) -> list[Quote]:
    """`ranked` with `article_look`'s quote first when it is of the story asked (`on_story`) and the ranking still
    answers the question (`answers`); `ranked` as it was otherwise. Only an answered question is looked at: a quote
    read further on makes no answer of a question the retrieved passages do not answer (a question near the topic
    stays "not covered")."""
    looked = article_look(ask, ranked, quotes_of, qvec, coverage)
    if looked[:1] == ranked[:1]:
        return ranked
    looked = on_story(question, looked, ranked)
    return looked if looked[:1] != ranked[:1] and answers(looked) else ranked


def _may_reach(ask: Asked, stored: Sentences | None, qvec: np.ndarray | None, coverage: Coverage | None,
               floor: float) -> bool:
    """Whether a stored sentence of the document may make a quote scoring `floor`: the bound the article reader cuts
    its passages by (`spans_reach` at `floor_reach`'s floor), over the whole document at once, before its passages
    are read; True when nothing is stored or no vector given."""
    if stored is None or qvec is None or coverage is None or not len(stored):
        return True
    whole = (int(stored.starts[0]), int(stored.ends[-1]))
    return spans_reach(ask, stored, [whole], qvec, coverage, floor - EXTEND_MARGIN)[0]

