"""A number written with a thousands separator is a count, never a year: '2,000 fish' counts fish, 'in 2000' is a
year (invented sentences)."""

from app.attribution.figures import figures


def test_a_count_with_a_thousands_comma_in_the_year_range_is_a_figure():
    found = figures("Roughly 2,000 trout were found dead below the mill, the wardens said.")
    assert [(f.value, f.unit) for f in found] == [(2000.0, "trout")]
    assert [f.value for f in figures("The cannery employs 1,950 people in Brackwater.")] == [1950.0]


def test_a_year_without_a_separator_is_still_no_figure():
    assert figures("The mill opened in 1962 and closed in 2011.") == ()
    assert [f.value for f in figures("By 2030 the town will need 2,030 more beds.")] == [2030.0]
