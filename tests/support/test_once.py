"""`app.support.once.once`: a property worked out on first read, then read from the instance like any attribute."""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace

from app.support.once import once


@dataclass(frozen=True)
class Passage:
    text: str
    calls: list[str]

    @once
    def words(self) -> int:
        """How many words the passage holds."""
        self.calls.append(self.text)
        return len(self.text.split())


def test_a_property_is_worked_out_once_per_object_and_kept_on_it():
    p = Passage("the senator said no", [])
    assert p.words == 4 and p.words == 4
    assert p.calls == ["the senator said no"]
    assert p.__dict__["words"] == 4  # kept where attribute lookup finds it first: no second call of the descriptor


def test_a_frozen_copy_works_its_own_value_out():
    p = Passage("one two", [])
    assert p.words == 2
    q = replace(p, text="one two three")
    assert q.words == 3 and p.words == 2


def test_read_from_the_class_it_is_the_descriptor_with_its_docstring():
    assert isinstance(Passage.words, once)
    assert Passage.words.__doc__ == "How many words the passage holds."


def test_threads_reading_it_first_all_get_the_value():
    p = Passage("a b c", [])
    seen: list[int] = []
    threads = [threading.Thread(target=lambda: seen.append(p.words)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen == [3] * 8 and p.words == 3
