from pathlib import Path

import pytest

from app.documents.clean import clean, is_furniture, normalise
from app.text.sentences import split_sentences

SEEDS = sorted((Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))
FURNITURE = ["Your Comment", "728 x 90", "Exit mobile version", "847/940", "Tags: MKO Terrorist",
             "Send comment", "Leave a Comment", "You may also like", "News ID: 439581", "MNA/4679032",
             "Please type in your comments in English.", "17 September 2018 - 16:57", "Service :"]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_recognised(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The city council approved the new river bridge on Monday.",
    "Albania houses 3,000 MKO members.",
    "“They intend to start a war and place the people against the clerics.”",
])
def test_article_sentences_are_not_furniture(line):
    assert not is_furniture(line)


def test_comment_policy_and_breadcrumbs_are_removed():
    text = ("Home » World » Big story\n\nBig story\n\nA sentence of the article.\n\n"
            "The comments that contain insults or libel to individuals will not be disclosed")
    assert clean(text) == "Big story\n\nA sentence of the article."


def test_breadcrumb_without_separators_is_removed_when_it_ends_with_the_title():
    text = "Home News Terrorism Regime propaganda exposed\n\nRegime propaganda exposed\n\nBody text here."
    assert clean(text) == "Regime propaganda exposed\n\nBody text here."


def test_repeated_subtitle_collapses_and_line_endings_are_unified():
    assert clean("Title\r\nSub line\r\nSub line\r\n\r\nBody.") == "Title\n\nSub line\n\nBody."


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_seed_loses_furniture_and_keeps_every_sentence(path):
    raw = path.read_text(encoding="utf-8")
    cleaned = clean(raw)
    for furniture in FURNITURE:
        assert furniture not in cleaned.split("\n"), furniture
    # every sentence-like line of the raw article survives verbatim
    for line in raw.splitlines():
        line = line.strip()
        if len(line.split()) >= 6 and line[-1] in ".”\"’:)" and not is_furniture(line):
            assert normalise(line) in cleaned, line
    assert split_sentences(cleaned)


def test_specific_seed_furniture_is_gone():
    texts = {p.name: clean(p.read_text(encoding="utf-8")) for p in SEEDS}
    joined = "\n".join(texts.values())
    for junk in ("Your Comment", "728 x 90", "Exit mobile version", "847/940", "Leave a Comment", "Home »"):
        assert junk not in joined
    assert "Bolton’s office has so far refused to comment on it." in texts["002_333bca9245a1fe8c.txt"]
    assert texts["004_eeddcf41a1455273.txt"].startswith("Iran Regime’s anti-MEK propaganda exposed")
