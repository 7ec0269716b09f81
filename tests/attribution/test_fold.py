"""How the rebuttal looks find a source's name in a text (`app/attribution/links.py`): the spacing
fold both use, and the name an article writes."""

import re

from app.attribution.links import QUOTES, RELAYS, Link, fold, written_name


def test_folding_makes_each_run_of_spaces_and_hyphens_one_space_as_the_regex_did():
    for text in ["Al-Jazeera  English", " -lead\n\ntrail- ", "", " ", "-", "a\u00a0-\u2028b", "STRASSE ß İ",
                 "\tWashington Post\n", "x - - y"]:
        assert fold(text) == re.sub(r"[\s-]+", " ", text.casefold())
    assert "al jazeera" in fold("Al-Jazeera English")


def test_an_outlet_is_written_whole_and_a_person_by_surname():
    assert written_name(Link("Denver Post", RELAYS)) == "Denver Post"
    assert written_name(Link("Hassan Heyrani", QUOTES)) == "Heyrani"
