"""'X, which reported that …': the named body a non-restrictive 'which' clause hangs on speaks (invented sentences)."""

from app.attribution.chains import find_chains
from app.attribution.links import Names, SpeakerTable
from app.attribution.speech import leading
from app.registry import Outlet, Registry

NAMES = Names(SpeakerTable(sources=[], titles=[]), Registry(outlets=[Outlet(name="Daily Planet")]))


def test_a_named_station_with_a_which_clause_is_the_speaker():
    m = leading("The survey was first obtained by KBRW radio, which reported that the levee had been patched twice.")
    assert m is not None and m.phrase == "KBRW" and m.verb == "reported"


def test_a_named_company_with_a_which_clause_is_the_speaker():
    m = leading("The complaint was filed by Orla Mills, which said the new tariff was unlawful.")
    assert m is not None and m.phrase == "Orla Mills"


def test_a_which_clause_on_an_unnamed_thing_names_no_speaker():
    assert leading("Voters in Brackwater backed the levy, which says the harbor must be dredged.") is None
    assert leading("The memo, which says the dredging costs $4 million, was released Tuesday.") is None


def test_the_body_of_a_which_clause_is_the_chain_of_the_sentence():
    for text, name in (("The filing was obtained by the Brackwater Herald, which reported that the mill would close.",
                        "Brackwater Herald"),
                       ("The filing was obtained by Tom Reeve, who said that the mill would close.", "Tom Reeve"),
                       ("The survey was first obtained by KBRW radio, which reported that the levee had been patched "
                        "\"twice in one year.\"", "KBRW")):
        assert [[link.name for link in c.links] for c in find_chains(text, "Daily Planet", NAMES)] == [[name]]


def test_a_which_clause_with_no_plain_verb_of_saying_is_an_aside():
    assert leading("Critics scoffed -- including the Brackwater Herald, which estimated the dredging at $2 million -- "
                   "but the council went ahead.") is None
