"""'X, which reported that …': the named body a non-restrictive 'which' clause hangs on speaks (invented sentences)."""

from app.attribution.speech import leading


def test_a_named_station_with_a_which_clause_is_the_speaker():
    m = leading("The survey was first obtained by KBRW radio, which reported that the levee had been patched twice.")
    assert m is not None and m.phrase == "KBRW radio" and m.verb == "reported"


def test_a_named_company_with_a_which_clause_is_the_speaker():
    m = leading("The complaint was filed by Orla Mills, which said the new tariff was unlawful.")
    assert m is not None and m.phrase == "Orla Mills"


def test_a_which_clause_on_an_unnamed_thing_names_no_speaker():
    assert leading("Voters in Brackwater backed the levy, which says the harbor must be dredged.") is None
    assert leading("The memo, which says the dredging costs $4 million, was released Tuesday.") is None
