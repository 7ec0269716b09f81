"""A look into another article asks what ingest stored for many spans of it at once, and reads each range of
sentence vectors once: the same answers as span by span and read by read."""

from __future__ import annotations

import os

import numpy as np
import pytest

from app.store.embed import HashEmbedder
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

TEXT = ("The chain runs 4,300 stores. Its workers earn less. The suit covers 1.6 million women. "
        "Another 300 stores opened in 2010. Nobody counted the pages. The firm lost $2 billion.")


def _stored(text: str = TEXT, signals: bool = True) -> Sentences:
    spans = split_sentences(text)
    return Sentences.of(spans, HashEmbedder().embed([text[p.start:p.end] for p in spans]), text if signals else None)


@pytest.mark.parametrize("token", [b'"stor"', b'"women"', b'"page"', b'"', b"]", b"]]", b""])  # "]]": only a sentence's end
def test_figures_held_by_many_spans_at_once_are_those_held_span_by_span(token):
    s, rng = _stored(), np.random.default_rng(3)
    starts = rng.integers(0, len(TEXT) + 5, 300)
    ends = starts + rng.integers(0, 120, 300)
    want = [s.figures_hold(token, int(a), int(b)) for a, b in zip(starts, ends)]
    assert s.figures_hold_spans(token, starts, ends) == want
    assert True in want and False in want or token in (b'"page"', b"")


def test_a_unit_test_of_many_passages_rules_out_those_whose_sentences_count_none():
    from app.answer.figure_look import CountsUnit
    s, spans = _stored(), split_sentences(TEXT)
    starts, ends = [p.start for p in spans], [p.end for p in spans]
    assert CountsUnit("stor").stored_spans(s, starts, ends) == [True, False, False, True, False, False]
    assert CountsUnit("stor").stored_spans(s, starts, ends) == [CountsUnit("stor").stored(s, a, b)
                                                                for a, b in zip(starts, ends)]
    assert CountsUnit("stor").stored_spans(_stored(signals=False), starts, ends) == [None] * len(spans)
    assert CountsUnit("stor").stored_spans(None, starts[:2], ends[:2]) == [None, None]


def test_rows_read_once_answer_again_without_reading_the_file(tmp_path, monkeypatch):
    from app.store import rows as rows_module
    path = tmp_path / "doc.bin"
    path.write_bytes(_stored().to_bytes())
    whole, lazy = Sentences.from_bytes(path.read_bytes()), Sentences.read(path)
    reads = []
    real = os.pread

    def counting(fd, n, offset):
        reads.append((n, offset))
        return real(fd, n, offset)
    monkeypatch.setattr(rows_module.os, "pread", counting)
    for a, b in [(1, 4), (1, 4), (2, 3), (1, 2), (0, 6), (4, 6), (3, 3)]:
        np.testing.assert_array_equal(lazy.vectors[a:b], whole.vectors[a:b])
    assert len(reads) == 2  # rows 1-4, then all six; the others from those
