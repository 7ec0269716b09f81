"""A question of two parts that ask different things: each part is searched and ranked on its own within the story the
question is about (issue 14 points 2-3), and answered only by a quote naming whom that part alone asks about and
holding enough of what it alone asks. Hand-made quotes, a fake part search, a small BM25 index."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.answer.compose import Selection
from app.answer.asked import asked
from app.answer.part_search import story_documents, story_passages
from app.answer.sides import Picked
from app.answer.two_parts import by_parts, names_them, own_names, parted
from app.store.lexical import LexicalIndex
from tests.answer.test_perspectives_view import quote

Q = "What was the mayor charged with, and when is she due in court?"
CHARGED = quote("The mayor was charged with fraud and bribery on Monday.", "A", "x", 1.0)
LEAD = quote("The mayor of Springfield has led the city since 2010.", "B", "y", 0.98)
COURT = quote("She is due in court on Thursday morning.", "C", "z", 0.9, start=200)


def searched(found: dict[str, list]):
    """A part search that gives each part its quotes (none for a part not listed), and records the parts asked."""
    asked_parts: list[str] = []

    def rank(part: str) -> list:
        asked_parts.append(part)
        return found.get(part, [])
    return rank, asked_parts


def test_a_part_the_whole_questions_ranking_misses_is_answered_from_its_own_search():
    rank, _ = searched({"What was the mayor charged with?": [CHARGED], "When is she due in court?": [COURT]})
    found = by_parts(Q, Picked([CHARGED, LEAD], False), [CHARGED, LEAD], [None], rank_part=rank)
    assert found is not None and found.untold == ()
    assert [q.text for q in found.picked.quotes] == [CHARGED.text, COURT.text]


def test_a_part_its_storys_search_does_not_answer_is_read_from_the_whole_questions_ranking():
    """A part may ask of another story than the one searched (the seed corpus: "What did FireEye announce …, and how
    many accounts …?" once lost its answered FireEye part to "Not covered")."""
    council = quote("The city council met on Tuesday to set next year's budget.", "D", "w", 0.95, start=400)
    rank, _ = searched({"What was the mayor charged with?": [council], "When is she due in court?": [COURT]})
    found = by_parts(Q, Picked([CHARGED], False), [CHARGED, LEAD], [None], rank_part=rank)
    assert found is not None and found.untold == ()
    assert [q.text for q in found.picked.quotes] == [CHARGED.text, COURT.text]


def test_a_question_of_one_part_never_searches_a_part_nor_reads_its_story():
    rank, parts = searched({})
    stories: list = []
    chosen = Selection(asked("What was the mayor charged with?"), [CHARGED, LEAD], Picked([CHARGED], False))
    assert parted("What was the mayor charged with?", chosen, [None], lambda ranked: stories.append(ranked) or rank) \
        is chosen
    assert parts == [] and stories == []


def test_a_part_naming_someone_the_other_does_not_is_answered_only_by_a_quote_naming_them():
    q = "How much was the mayor paid for her speeches, and how much did Jeb Bush give to charity?"
    paid = quote("The mayor was paid $9,000 for her speeches.", "A", "x", 1.0)
    theirs = quote("They gave $15,000 to charity last year.", "A", "x", 0.9, start=100)
    his = quote("Jeb Bush gave $2,000 to charity, his returns show.", "B", "y", 0.8, start=300)
    whole = Picked([paid], False)
    rank, _ = searched({"How much was the mayor paid for her speeches?": [paid],
                        "How much did Jeb Bush give to charity?": [theirs]})
    found = by_parts(q, whole, [paid], [None], rank_part=rank)
    assert found is not None and found.untold == ("How much did Jeb Bush give to charity?",)
    rank, _ = searched({"How much was the mayor paid for her speeches?": [paid],
                        "How much did Jeb Bush give to charity?": [theirs, his]})
    found = by_parts(q, whole, [paid], [None], rank_part=rank)
    assert found is not None and [x.text for x in found.picked.quotes] == [paid.text, his.text]


def test_a_name_after_an_article_or_a_bills_designation_is_the_storys_thing_not_whom_a_part_asks_about():
    assert own_names("Which group produced the Netanyahu ad?", "How much airtime has it reserved?") == ()
    assert own_names("What was the vote on H.R. 1?", "Where would the money come from?") == ()
    assert own_names("What was the House vote on H.R. 1?", "Where would the money come from?") == ()
    assert own_names("How did Arlen Specter respond to the White House report?", "What did Issa say?") == (
        frozenset({"arlen", "specter"}),)


def test_a_quote_names_someone_by_a_word_it_begins_or_speaks_in_their_voice():
    ask = asked("What did the MEK reveal about Iran?")
    assert names_them((frozenset({"iran"}),), ask, quote("The Iranian regime hid its programme.", "A", "x", 1.0))
    assert not names_them((frozenset({"iraq"}),), ask, quote("The Iranian regime hid it.", "A", "x", 1.0))


def test_a_parts_own_quote_holds_half_of_what_it_alone_asks_and_all_of_it_when_the_whole_was_not_answered():
    q = "Who asked the mayor to resign, and how long did their phone call last?"
    asked_her = quote("The governor asked the mayor to resign on Monday.", "A", "x", 1.0)
    months = quote("Council members called for answers for three months.", "B", "y", 0.9, start=100)
    rank, _ = searched({"Who asked the mayor to resign?": [asked_her], "How long did their phone call last?": [months]})
    found = by_parts(q, Picked([asked_her], False), [asked_her], [None], rank_part=rank)
    assert found is not None and found.untold == ("How long did their phone call last?",)  # "call" of call/last/phone
    court = quote("She is due in court, her lawyer said on Thursday.", "C", "z", 0.9, start=300)  # court, not due
    rank, _ = searched({"What was the mayor charged with?": [CHARGED], "When is she due in court?": [court]})
    assert by_parts(Q, Picked([CHARGED], False), [CHARGED], [None], rank_part=rank).untold == ()
    lone = quote("She is in court on Thursday.", "C", "z", 0.9, start=300)
    rank, _ = searched({"What was the mayor charged with?": [CHARGED], "When is she due in court?": [lone]})
    strict = by_parts(Q, Picked([], False), [CHARGED], [None], strict=True, rank_part=rank)
    assert strict is not None and strict.untold == ("When is she due in court?",)


def dated(q, day: str):
    return replace(q, hit=replace(q.hit, chunk=replace(q.hit.chunk, meta={**q.hit.chunk.meta, "date": day})))


def test_the_story_is_the_rankings_articles_published_within_days_of_its_best_quotes():
    ranked = [dated(CHARGED, "2020-03-02"), dated(COURT, "2020-03-03"), dated(LEAD, "2019-01-01")]
    assert story_documents(ranked) == ["A", "C"]
    assert story_documents([]) == []


class FakeTable:
    """The two reads `story_passages` makes of the index: dense similarities and BM25 within the story."""

    def __init__(self, sims: dict[str, float], bm25: list[tuple[str, float]]) -> None:
        self.sims, self.bm25 = sims, bm25

    def similarities(self, ids, _vec):
        return {c: self.sims[c] for c in ids if c in self.sims}

    def search_within(self, _query, _n, ids):
        return [(c, s) for c, s in self.bm25 if c in ids]


def test_a_parts_passages_fuse_dense_and_bm25_ranks_over_the_storys_chunks_only():
    fake = FakeTable({"a": 0.9, "b": 0.5, "c": 0.4, "x": 0.99}, [("c", 7.0), ("b", 3.0), ("x", 9.0)])
    found = story_passages("when is she due in court", np.zeros(3), ["a", "b", "c"], fake, 2, 60)
    assert [c for c, *_ in found] == ["c", "b"]  # 1/63 + 1/61 > 2/62 > a: dense only (1/61); x: another story


def test_bm25_within_chunks_scores_only_those_chunks():
    index = LexicalIndex.build(["1", "2", "3"], ["the mayor was charged", "due in court thursday",
                                               "court due court due"], [{}, {}, {}])
    assert [c for c, _ in index.search_within("due in court", 5, ["1", "2"])] == ["2"]
    assert {c for c, _ in index.search("due in court", 5)} == {"2", "3"}
