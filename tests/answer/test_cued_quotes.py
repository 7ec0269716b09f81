"""A quote holds a rebuttal cue only when its passage does: the index found each passage's cues once
(`store.cues`), so the quotes of a passage holding none are not searched for one."""

from __future__ import annotations

import pytest

from app.answer import quote as quote_module
from app.answer.pipeline import _cued
from app.answer.quote import Quote
from app.answer.retrieve import Hit
from app.store.chroma import StoredChunk
from app.store.cues import Cues
from app.store.lexical import LexicalIndex

TEXTS = ["The ministry called the report baseless propaganda.", "The unit has 1,300 members, officials said."]


def _hits() -> list[Hit]:
    return [Hit(StoredChunk(f"c{i}", "d", 0, len(t), t, {"outlet": "O"}), 0.5, 0.0, 0.5, 0.1, 0.1)
            for i, t in enumerate(TEXTS)]


def _quote(hit: Hit) -> Quote:
    return Quote(hit, 0, len(hit.chunk.text), hit.chunk.text, 0, ())


def test_passages_the_index_found_no_cue_in_are_marked_and_their_quotes_not_searched(monkeypatch):
    lexical = LexicalIndex.build(["c0", "c1"], TEXTS, [{}, {}])
    assert _cued(_hits(), lexical) == _hits()  # no cues found for this index: nothing known, nothing marked
    lexical.cues = Cues.find(TEXTS, ["d", "d"], lambda _doc: " ".join(TEXTS))
    marked = _cued(_hits(), lexical)
    assert [h.cued for h in marked] == [True, False]
    assert [_quote(h).rebuts for h in marked] == [True, False]

    def unsearched(_text):
        raise AssertionError("searched a quote whose passage holds no cue")
    monkeypatch.setattr(quote_module, "rebuts", unsearched)
    assert _quote(_cued(_hits(), lexical)[1]).rebuts is False
    with pytest.raises(AssertionError):
        _ = _quote(_hits()[1]).rebuts  # a passage the index did not mark: its quote's text is searched
