""""What / Who is <Name>?" asks what it is: a plain answer opens with the close quote that says so (an apposition, a
copula, a noun phrase it renames, a naming verb) when the best one only names it (app/answer/openers.py
`define_first`). Only the order of a plain answer changes."""

from __future__ import annotations

import pytest

from app.answer.openers import asks_definition, define_first, defines
from tests.answer.test_speaker_first import quote

NAMES = quote("This isn’t the first ad Secure America Now has run against Obama.", "HuffPost", 0.83)
RENAMES = quote("The group that produced the ad, Secure America Now, is run by two longtime Republican strategists.",
                "Times", 0.81)


def test_the_close_quote_saying_what_it_is_opens():
    assert define_first("What is Secure America Now?", [NAMES, RENAMES]) == 1
    assert define_first("What is Secure America Now?", [RENAMES, NAMES]) == 0
    assert define_first("What is Secure America Now?", [NAMES, quote(RENAMES.text, "Times", 0.3)]) == 0  # too far


@pytest.mark.parametrize("text", ["a program launched in 2007 called PRISM, which tracks information",
                                  "The classified program is code-named PRISM, the Post reported.",
                                  "PRISM is a computer system used by the agency.",
                                  "PRISM, a surveillance program, was disclosed on Thursday."])
def test_every_way_news_defines_a_name(text):
    assert defines("PRISM", text)


def test_naming_it_is_no_definition_and_only_a_bare_name_is_asked():
    assert not defines("PRISM", "Clapper conceded for the first time that the Prism program existed.")
    assert asks_definition("What is H.R. 1?") == "H.R. 1" and asks_definition("Who is Betty Dukes?") == "Betty Dukes"
    assert asks_definition("What is the MEK trying to achieve?") == ""
    assert asks_definition("Who is Hillary Clinton's doctor?") == ""
