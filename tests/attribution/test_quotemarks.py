"""A quote carries no quote mark whose other half lies outside it (it would read as '””')."""

import pytest

from app.attribution.quotemarks import dangling


@pytest.mark.parametrize(
    "text, cut",
    [
        ("Yesterday, FireEye announced attacks as oil sanctions loom.”", (0, 1)),  # a quotation closing here
        ("“Despite the dirty tricks, every day more is exposed.", (1, 0)),  # one running on to the next paragraph
        ('"We will not leave, he said.', (1, 0)),  # a straight mark, odd count
        ('The deal is off."', (0, 1)),
        ("“They no longer prioritize civil rights,” she told Fox News.", (0, 0)),  # balanced: kept whole
        ("He called it “a total phony story”", (0, 0)),
        ("Rights groups' reports", (0, 0)),  # an apostrophe is no quote mark
        ("", (0, 0)),
        ("  loom.”  ", (2, 3)),  # surrounding spaces go too
    ],
)
def test_dangling_marks_are_cut_balanced_ones_kept(text, cut):
    assert dangling(text) == cut
    a, b = cut
    kept = text[a : len(text) - b]
    assert kept.count("“") == 0 or "”" in kept or not kept.startswith("“")


@pytest.mark.parametrize("text, open_at_start, masked", [
    ("He said no.", False, "He said no."),
    ("He said no.", True, "…… ………… ………"),
    ("He said “no way” today.", False, "He said “…… ………” today."),
    ('“Yes,” she said, "maybe".', False, '“…………” she said, "……………".'),
])
def test_mask_quotes_hides_quoted_characters_and_keeps_spaces_and_marks(text, open_at_start, masked):
    from app.attribution.quotemarks import mask_quotes

    assert mask_quotes(text, open_at_start) == masked
    assert len(masked) == len(text)  # offsets in the masked text are offsets in the sentence
