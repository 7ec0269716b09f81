"""The quick tests before the figure patterns (`shares._may_share`, `number_words.may_be_many`,
`number_words.may_be_word_figure`) never rule out a
text the patterns match, in any case and with the characters the case-insensitive engine reads as ASCII letters
("ſ" as "s", "İ" as "i"); they rule out the common sentence with no share or plural quantity in it."""

from __future__ import annotations

from app.attribution import shares as sh
from app.attribution.number_words import MANY, WORD_FIGURE, may_be_many, may_be_word_figure
from app.attribution.units import figure_matches

def spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


SHARES = ("one in five Americans", "One out of every ten voters", "3 in 10 adults", "a third of the seats",
          "one-quarter of the budget", "two-thirds majority", "three fifths of the House", "two halves of the deal",
          "half of the members", "HALF THE TIME", "a majority of voters", "A Majority Of Senators",
          "ONE IN FIVE Americans", "one\tin\nfive", "3   in 10 adults", "nine out of ten")
MANY_TEXTS = ("hundreds of protesters", "tens of thousands of dollars", "Dozens of states", "MILLIONS OF people",
              "billions of dollars")


def test_every_form_of_a_share_is_still_found():
    for text in SHARES:
        assert spans(sh.shares(text)) == spans(sh.SHARE.finditer(text)) != [], text
        assert sh._may_share(text), text


def test_every_plural_quantity_is_still_found():
    for text in MANY_TEXTS:
        assert may_be_many(text), text
        assert spans(m for m in figure_matches(text) if m.re is MANY) == spans(MANY.finditer(text))


def test_characters_the_engine_reads_as_ascii_letters_are_not_ruled_out():
    for text in ("a ſixth of voters", "one İn five", "seven ın ten"):  # long s; dotted and dotless capital / small i
        assert spans(sh.shares(text)) == spans(sh.SHARE.finditer(text)), text
    assert sh.shares("a ſixth of voters") and sh.shares("one İn five")
    assert may_be_many("thouſands of men") and any(m.re is MANY for m in figure_matches("thouſands of men"))


def test_a_sentence_whose_only_cue_is_in_or_out_is_ruled_out_quickly():
    assert not sh._may_share("Protesters gathered in the square and walked out of the hall")
    assert not sh._may_share("The 2012 figures were published in March")  # a number, but no number then "in"
    assert not may_be_many("The committee met in thousand-seat hall")
    assert sh.shares("Protesters gathered in the square") == []


WORD_FIGURES = ("a thousand people", "A Thousand Cuts", "one  million dollars", "One-hundred candidates",
                "twenty-five percent of voters", "seventeen votes", "two hundred and five votes", "Sixty thousand fans")


def test_every_figure_in_words_is_still_found():
    for text in WORD_FIGURES:
        assert may_be_word_figure(text), text
        found = spans(m for m in figure_matches(text) if m.re is WORD_FIGURE)
        assert found == spans(WORD_FIGURE.finditer(text)) != [], text
    assert may_be_word_figure("ſeventy-two delegates") and spans(WORD_FIGURE.finditer("ſeventy-two delegates"))


def test_a_scale_word_alone_rules_figures_in_words_out():
    for text in ("several thousand accounts", "a $43 million settlement", "thousands of protesters",
                 "1.6 million women"):
        assert not may_be_word_figure(text), text
        assert spans(WORD_FIGURE.finditer(text)) == [], text
