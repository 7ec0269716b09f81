"""The encoder's batches: every text once, at most `size` per batch, texts of similar token counts together."""

from __future__ import annotations

from app.store.onnx import length_batches


def test_batches_group_texts_of_similar_token_counts_and_cover_each_text_once():
    lengths = [40, 3, 250, 7, 41, 3, 120, 9, 39]
    batches = length_batches(lengths, 3)
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))
    assert all(1 <= len(b) <= 3 for b in batches)
    assert [[lengths[i] for i in b] for b in batches] == [[3, 3, 7], [9, 39, 40], [41, 120, 250]]


def test_padding_is_what_sorting_by_tokens_leaves():
    lengths = [5, 100, 6, 101]
    padded = sum(len(b) * max(lengths[i] for i in b) for b in length_batches(lengths, 2))
    assert padded == 2 * 6 + 2 * 101  # the short pair and the long pair, never a short text padded to 100


def test_no_texts_no_batches():
    assert length_batches([], 32) == []


def test_a_token_budget_splits_batches_of_long_texts_but_keeps_short_ones_together():
    lengths = [10, 10, 10, 10, 100, 100, 100, 300]
    batches = length_batches(lengths, 32, tokens=200)
    assert [[lengths[i] for i in b] for b in batches] == [[10, 10, 10, 10], [100, 100], [100], [300]]
    assert sorted(i for b in batches for i in b) == list(range(len(lengths)))  # a text over budget still runs
