"""Searches started ahead on a worker thread: the question's thread embeds the question meanwhile (onnxruntime
releases the GIL while it runs, the search takes it), and the search then finds its result waiting.

`LexicalIndex.prefetch` starts them (`SearchAhead.start`), `LexicalIndex.search` takes the one it asks for
(`take`); `forget` waits for whatever the worker is still doing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger(__name__)

Allowed = dict[str, set[str]] | None
Found = list[tuple[str, float]]


def search_key(query: str, n: int, allowed: Allowed) -> tuple:
    """The key a search is remembered by: its query, its count and its filter (in a set order)."""
    return query, n, repr(sorted((k, sorted(v)) for k, v in (allowed or {}).items()))


class SearchAhead:
    """One worker thread running `run(query, n, allowed, first)` for each filter asked, the first one first."""

    def __init__(self, run: Callable[[str, int, Allowed, bool], Found]) -> None:
        self._run = run
        self.pending: dict[tuple, Future] = {}  # searches started on the worker thread, by key
        self._after: Future | None = None  # what the worker does with the searches' results (`start`'s then)
        self.worker: ThreadPoolExecutor | None = None
        self.awaited = False  # the question's thread took a search started last (`take`): it is past its embed

    def start(self, query: str, n: int, filters: Sequence[Allowed], then: Callable[[Found], None] | None) -> None:
        """Run the search for each of `filters` on the worker, calling `then(found)` after each: one submit, not
        one per search (the worker takes the GIL as soon as it wakes, and a second submit waited for it)."""
        if self.worker is None:
            self.worker = ThreadPoolExecutor(1, thread_name_prefix="byline-bm25")
        searches: dict[tuple, tuple[Allowed, Future]] = {}
        for only in filters:
            searches.setdefault(search_key(query, n, only), (only, Future()))
        jobs = list(searches.values())  # the worker's own list: `take` pops from `pending`
        run = self._run

        def work() -> None:
            failed: BaseException | None = None  # `then`'s first failure, raised once every search is set
            for first, (only, search) in enumerate(jobs):
                try:
                    search.set_result(run(query, n, only, not first))
                except BaseException as exc:
                    search.set_exception(exc)
                    continue
                try:
                    if then is not None:
                        then(search.result())
                except BaseException as exc:
                    failed = failed or exc
            if failed is not None:
                raise failed

        self.pending = {at: search for at, (_, search) in searches.items()}
        self.awaited = False
        self._after = self.worker.submit(work)

    def take(self, key: tuple) -> Future | None:
        """The started search of this key, no longer pending (None: none was started)."""
        self.awaited = True
        return self.pending.pop(key, None)

    def forget(self) -> None:
        """Wait for every started search and what the worker does after them, and drop them."""
        for search in self.pending.values():
            search.exception()  # let a started search finish before its sums are dropped
        if self._after is not None and self._after.exception() is not None:  # waits for it too
            log.debug("work after a prefetched search failed: %s", self._after.exception())
        self._after = None
        self.pending = {}
