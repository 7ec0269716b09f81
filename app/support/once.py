"""`once`: a property computed on first read and kept in the instance's `__dict__` (what `functools.cached_property`
does, without the lock Python 3.11 takes on every first read: one lock per property, shared by all instances)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class once(Generic[T]):  # noqa: N801  (named like the decorator it replaces)
    """A non-data descriptor: once the value sits in the instance's `__dict__` (under the property's name), attribute
    lookup finds it there and `__get__` is not called again. Works on frozen dataclasses (it writes `__dict__`, not
    `setattr`). Two threads reading it first at once may both compute it; each gets a value, the same one for a pure
    function of frozen fields, and the last written stays (Python 3.12's `cached_property` does the same)."""

    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func, self.name, self.__doc__ = func, func.__name__, func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> T | once[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value
