"""Loaders per format: text and metadata out of saved pages, PDFs, Markdown notes and JSONL."""

import json

import pytest
from docfixtures import FURNITURE, make_pdf, markdown_note, saved_page, short_page

from app.documents.clean import clean_document
from app.documents.load import load_file, supported
from app.errors import CorpusError

PARAGRAPHS = [
    "The council voted on Tuesday to close the old bridge for repairs.",
    "Engineers said the work would take two years and cost about four million dollars.",
]


def cleaned(doc):
    return clean_document(doc.text, doc.format, doc.furniture).text


def test_html_page_gives_article_text_and_metadata_without_scripts_menus_ads_or_comments(tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(saved_page(PARAGRAPHS, title="Bridge closes", site_name="Example Times",
                               url="https://www.example.com/a/1", author="Jane Roe", date="2021-03-04"))
    [doc] = load_file(page)
    assert doc.format == "html"
    assert doc.meta == {"title": "Bridge closes", "author": "Jane Roe", "date": "2021-03-04",
                        "site_name": "Example Times", "url": "https://www.example.com/a/1"}
    text = cleaned(doc)
    assert all(p in text for p in PARAGRAPHS)
    assert [f for f in FURNITURE if f in text] == []


def test_navigation_that_leaks_into_a_short_page_is_stripped(tmp_path):
    page = tmp_path / "brief.htm"
    page.write_text(short_page("A fire broke out in the harbour warehouse late on Friday night.", "Daily Planet"))
    [doc] = load_file(page)
    assert "Home" in doc.text  # the extractor kept the menu ...
    assert cleaned(doc) == "A fire broke out in the harbour warehouse late on Friday night."  # ... cleaning drops it


def test_html_without_site_name_keeps_the_url_and_no_host_name_as_site_name(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(saved_page(PARAGRAPHS, title="Bridge", url="https://en.example.org/news/2"))
    [doc] = load_file(page)
    assert doc.meta.get("site_name") is None
    assert doc.meta["url"] == "https://en.example.org/news/2"


def test_a_browser_saved_page_gives_its_address_from_the_saved_from_comment(tmp_path):
    page = tmp_path / "p.html"
    page.write_text(saved_page(PARAGRAPHS, title="Bridge", saved_from="https://news.example.net/story/9"))
    [doc] = load_file(page)
    assert doc.meta["url"] == "https://news.example.net/story/9"


@pytest.mark.parametrize(("name", "content", "message"), [
    ("empty.html", b"<html><head><script>var x = 1;</script></head><body></body></html>", "no article text"),
    ("broken.pdf", b"%PDF-1.4\nthis is not really a pdf", "not a readable PDF"),
    ("bad.md", b"---\noutlet: [unclosed\n---\nText.", "invalid YAML front matter"),
    ("binary.jsonl", b"\x00\x01\x02", "looks like a binary file"),
])
def test_an_unreadable_file_is_a_clear_error_that_names_it(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CorpusError, match=f"{name}: {message}"):
        load_file(path)


def test_a_page_that_is_all_navigation_cleans_to_nothing(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>")
    [doc] = load_file(page)
    assert cleaned(doc) == ""


def test_pdf_pages_are_separated_and_metadata_read(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([["Harbour report", "The board approved the budget on Tuesday."],
                              ["Harbour report", "Dredging will start in the spring."]],
                             title="Harbour report", author="J. Smith"))
    [doc] = load_file(pdf)
    assert doc.format == "pdf"
    assert doc.meta == {"title": "Harbour report", "author": "J. Smith", "date": "2021-03-04"}
    assert doc.text.count("\f") == 1
    result = clean_document(doc.text, doc.format)
    assert result.text == "The board approved the budget on Tuesday.\n\nDredging will start in the spring."
    assert result.pages == (0, result.text.index("Dredging"))


def test_markdown_front_matter_sets_outlet_stance_url_date_author_title(tmp_path):
    note = tmp_path / "note.md"
    note.write_text(markdown_note("# Bridge\n\nThe council **voted** to close the bridge.",
                                  outlet="Example Times", stance="hostile_to_mek", url="https://example.com/b",
                                  date="2021-03-04", author="Jane Roe", title="Bridge closes", colour="blue"))
    [doc] = load_file(note)
    assert doc.meta == {"outlet": "Example Times", "stance": "hostile_to_mek", "url": "https://example.com/b",
                        "date": "2021-03-04", "author": "Jane Roe", "title": "Bridge closes"}
    assert cleaned(doc) == "Bridge\n\nThe council voted to close the bridge."


def test_jsonl_gives_one_document_per_line_and_reports_bad_lines_by_number(tmp_path):
    bulk = tmp_path / "scrape.jsonl"
    lines = [
        json.dumps({"text": "The council voted to close the bridge.", "outlet": "Example Times", "date": "2021-03-04"}),
        "{not json",
        "",
        json.dumps({"title": "no text here"}),
        json.dumps({"html": saved_page(PARAGRAPHS, title="Bridge", site_name="Daily Planet")}),
        json.dumps(["a", "list"]),
    ]
    bulk.write_text("\n".join(lines))
    docs = load_file(bulk)
    assert [d.source.rsplit("#", 1)[1] for d in docs] == ["1", "2", "4", "5", "6"]
    good = [d for d in docs if not d.error]
    assert [d.meta.get("outlet") or d.meta.get("site_name") for d in good] == ["Example Times", "Daily Planet"]
    assert all(p in cleaned(good[1]) for p in PARAGRAPHS)
    errors = {d.source.rsplit("#", 1)[1]: d.error for d in docs if d.error}
    assert "invalid JSON" in errors["2"]
    assert 'no "text"' in errors["4"]
    assert "expected a JSON object" in errors["6"]


@pytest.mark.parametrize("name", ["a.html", "a.HTM", "a.pdf", "a.md", "a.markdown", "a.jsonl", "a.txt"])
def test_supported_suffixes(name, tmp_path):
    assert supported(tmp_path / name)


@pytest.mark.parametrize("name", ["a.docx", "a.png", "noext"])
def test_unknown_types_are_not_supported(name, tmp_path):
    assert not supported(tmp_path / name)


def test_a_lede_inside_the_article_header_is_kept():
    from app.documents.load.html import extract_html

    lede = "The council voted on Tuesday to close the old bridge for two years of repairs, officials said."
    page = (f"<html><body><nav><a href='/'>Home</a></nav><article><header class='entry-header'><h1>Bridge</h1>"
            f"<p class='lede'>{lede}</p></header><p>{PARAGRAPHS[1]}</p></article></body></html>")
    doc = extract_html("bridge.html", page)
    assert lede in cleaned(doc) and PARAGRAPHS[1] in cleaned(doc)


SEEDS = {
    "000_71fe6b847db392be.txt": ["MNA/4679032", "Your Comment"],
    "001_003e7086eec46117.txt": ["Home »", "You may also like", "Leave a Comment"],
    "002_333bca9245a1fe8c.txt": ["News ID: 439581", "847/940", "Tags: MKO Terrorist", "Send comment"],
    "003_2c98d8f5424ccb93.txt": ["728 x 90"],
    "004_eeddcf41a1455273.txt": ["Home News Terrorism", "Exit mobile version"],
}


@pytest.mark.parametrize("name", sorted(SEEDS))
@pytest.mark.parametrize("by", ["site_name", "domain"])
def test_a_saved_page_of_each_seed_keeps_its_sentences_loses_its_furniture_and_finds_its_outlet(name, by):
    from pathlib import Path

    from app.documents.clean import clean
    from app.documents.detect import detect_outlet
    from app.documents.load.html import extract_html
    from app.registry import load_registry

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    registry = load_registry(corpus / "outlets.yaml")
    entry = registry.document(name)
    raw = (corpus / name).read_text(encoding="utf-8")
    meta = {"site_name": entry.outlet} if by == "site_name" else {"url": entry.url}
    page = saved_page([line for line in raw.split("\n") if line.strip()], title=entry.title, **meta)
    doc = extract_html("saved-page.html", page)
    text = cleaned(doc)
    assert [p for p in clean(raw).split("\n\n") if p not in text] == []
    assert [f for f in FURNITURE + SEEDS[name] if f in text] == []
    assert detect_outlet(doc, registry) == (entry.outlet, by)


@pytest.mark.parametrize("publisher", [
    '<meta name="publisher" content="Daily Planet">',
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
    '"publisher": {"@type": "Organization", "name": "Daily Planet"}}</script>',
])
def test_publisher_meta_gives_the_site_name(publisher):
    from app.documents.load.html import extract_html

    page = f"<html><head>{publisher}</head><body><article><p>{PARAGRAPHS[0]}</p></article></body></html>"
    assert extract_html("p.html", page).meta["site_name"] == "Daily Planet"
