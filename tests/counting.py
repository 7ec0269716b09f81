"""A real Chroma collection that counts the calls made to it: which questions reach the store."""

from __future__ import annotations


class CountingCollection:
    """The real Chroma collection, counting the calls made to it."""

    def __init__(self, inner) -> None:
        self.inner, self.calls = inner, []

    def __getattr__(self, name):
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def counted(*args, **kwargs):
            self.calls.append(name)
            return attr(*args, **kwargs)

        return counted


def counted_store(a):
    store = a._open()
    a._lexical_index(store)  # built (reading the store) before counting: a cache, not the ask path
    store._opened = CountingCollection(store._collection)
    return store._opened
