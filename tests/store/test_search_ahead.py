"""Searches started ahead on a worker thread (app/store/search_ahead.py): each filter's search runs once, the first
one marked first, `then` sees each result, and a taken search is no longer pending."""

from __future__ import annotations

import threading

from app.store.search_ahead import SearchAhead, search_key


def test_each_filters_search_runs_once_on_the_worker_and_only_the_first_is_first():
    runs, handed = [], []

    def run(query, n, allowed, first):
        runs.append((allowed, first, threading.current_thread().name))
        return [(f"{query}-{sorted(allowed or {})}", 1.0)]

    ahead = SearchAhead(run)
    ahead.start("strike", 3, [None, {"stance": {"a"}}, {"stance": {"a"}}], then=handed.append)
    key = search_key("strike", 3, {"stance": {"a"}})
    assert ahead.take(key).result() == [("strike-['stance']", 1.0)]
    assert ahead.take(key) is None  # taken: no longer pending
    ahead.forget()
    assert [(a, f) for a, f, _ in runs] == [(None, True), ({"stance": {"a"}}, False)]  # the same filter once
    assert all(name.startswith("byline-bm25") for *_, name in runs) and len(handed) == 2
    assert ahead.pending == {}


def test_a_failing_then_does_not_keep_the_other_searches_from_their_results():
    def then(found):
        raise RuntimeError("then failed")

    ahead = SearchAhead(lambda query, n, allowed, first: [(query, 1.0)])
    ahead.start("ferry", 2, [None, {"outlet": {"A"}}], then=then)
    assert ahead.take(search_key("ferry", 2, {"outlet": {"A"}})).result() == [("ferry", 1.0)]
    ahead.forget()  # logs the failure, raises nothing


def test_the_search_key_does_not_depend_on_the_filters_order():
    assert search_key("q", 2, {"a": {"x", "y"}, "b": {"z"}}) == search_key("q", 2, {"b": {"z"}, "a": {"y", "x"}})
    assert search_key("q", 2, None) == search_key("q", 2, {}) != search_key("q", 3, None)


def test_a_search_is_awaited_once_the_question_takes_one_and_not_after_the_next_start():
    release = threading.Event()
    ahead = SearchAhead(lambda query, n, allowed, first: release.wait(5) and [(query, 1.0)])
    ahead.start("ferry", 2, [None], then=None)
    assert not ahead.awaited  # the question is still embedding: the worker may read ahead
    taken = ahead.take(search_key("ferry", 2, None))
    assert ahead.awaited  # taken before its search ended: the question waits from now on
    release.set()
    assert taken.result() == [("ferry", 1.0)]
    ahead.start("dock", 2, [None], then=None)
    assert not ahead.awaited
    ahead.forget()
