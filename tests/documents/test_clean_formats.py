"""The clean stage per format: article sentences stay, furniture goes (pure functions)."""

from pathlib import Path

import pytest

from app.documents.clean import (
    clean,
    clean_document,
    clean_pdf,
    page_at,
    reflow,
    running_lines,
    strip_lines,
    strip_markdown,
)
from app.text.sentences import split_sentences

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

SEED_FURNITURE = {
    "000_71fe6b847db392be.txt": ["MNA/4679032", "Your Comment"],
    "001_003e7086eec46117.txt": ["Home »", "You may also like", "Leave a Comment"],
    "002_333bca9245a1fe8c.txt": ["Service :", "News ID: 439581", "847/940", "Tags: MKO Terrorist", "Send comment",
                                 "Please type in your comments in English", "will not be disclosed", "\nA\n"],
    "003_2c98d8f5424ccb93.txt": ["728 x 90"],
    "004_eeddcf41a1455273.txt": ["Home News Terrorism", "Exit mobile version"],
}


def article_sentences(raw: str, furniture: list[str]) -> list[str]:
    """Sentences of the prose lines (12 words or more) that are not the furniture listed."""
    out = []
    for line in raw.split("\n"):
        line = " ".join(line.split())
        if len(line.split()) >= 12 and not any(f.strip() in line for f in furniture):
            out += [line[s.start : s.end] for s in split_sentences(line)]
    return out


@pytest.mark.parametrize("name", sorted(SEED_FURNITURE))
def test_every_seed_keeps_its_sentences_and_loses_its_furniture(name):
    raw = (CORPUS / name).read_text(encoding="utf-8")
    cleaned = clean(raw)
    sentences = article_sentences(raw, SEED_FURNITURE[name])
    assert len(sentences) > 10
    assert [s for s in sentences if s not in cleaned] == []
    for furniture in SEED_FURNITURE[name]:
        assert furniture in raw
        assert furniture not in cleaned


def test_leaked_navigation_lines_are_dropped_but_a_sentence_containing_a_link_stays():
    text = "Home\n|\nWorld\nThe mayor spoke to World reporters on Monday.\nShare on Facebook"
    out = clean(strip_lines(text, ["Home", "World", "Share on Facebook"]))
    assert out == "The mayor spoke to World reporters on Monday."


def test_markdown_syntax_is_removed_and_wrapped_lines_are_joined():
    md = (
        "# The bridge closes\n\n"
        "The council **voted** on Tuesday to close the\n"
        "old bridge, [the city said](https://example.com/x).\n\n"
        "> Engineers said the work would take _two years_.\n\n"
        "- first point\n- second point\n\n"
        "![a photo](img.png)\n\n"
        "<!-- editor's note: check the figures -->\n"
        "[ref]: https://example.com\n"
    )
    out = strip_markdown(md)
    assert out.split("\n\n") == [
        "The bridge closes",
        "The council voted on Tuesday to close the old bridge, the city said.",
        "Engineers said the work would take two years.",
        "first point\nsecond point",
    ]


def test_markdown_keeps_snake_case_words_and_arithmetic_stars():
    assert strip_markdown("The file_name field holds 2 * 3 items.") == "The file_name field holds 2 * 3 items."


def test_pdf_running_heads_and_page_numbers_go_and_each_page_start_is_recorded():
    pages = [
        "Harbour Board Annual Report\nThe board met on Tuesday and approved the new\nbudget for the coming year.\nPage 1 of 2",
        "Harbour Board Annual Report\nDredging will start in the spring. The mayor wel-\ncomed the decision.\nPage 2 of 2",
    ]
    assert "harbour board annual report" in running_lines(pages)
    cleaned = clean_pdf(pages)
    assert cleaned.text == (
        "The board met on Tuesday and approved the new budget for the coming year.\n\n"
        "Dredging will start in the spring. The mayor welcomed the decision."
    )
    second = cleaned.text.index("Dredging")
    assert cleaned.pages == (0, second)
    assert page_at(cleaned.pages, 5) == 1
    assert page_at(cleaned.pages, second) == 2
    assert page_at(cleaned.pages, len(cleaned.text) - 1) == 2


def test_an_empty_pdf_page_is_never_the_page_of_a_quote():
    cleaned = clean_pdf(["First page sentence here.", "", "Third page sentence here."])
    third = cleaned.text.index("Third")
    assert page_at(cleaned.pages, third) == 3
    assert page_at(cleaned.pages, 0) == 1


def test_reflow_ends_a_paragraph_at_a_short_line_that_ends_a_sentence():
    page = ("This is a long line of text that runs to the margin of the\n"
            "page and then goes on here to the end.\n"
            "A new paragraph starts on this line and keeps going to the\n"
            "margin.")
    assert reflow(page).split("\n") == [
        "This is a long line of text that runs to the margin of the page and then goes on here to the end.",
        "A new paragraph starts on this line and keeps going to the margin.",
    ]


def test_clean_document_dispatches_on_format():
    assert clean_document("a\fb", "text").pages == ()
    assert clean_document("Alpha one.\fBeta two.", "pdf").pages == (0, len("Alpha one.") + 2)
    assert clean_document("**Bold** claim here.", "markdown").text == "Bold claim here."
