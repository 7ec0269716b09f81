"""Copies, pages and detection rules survive Chroma server mode (records kept in the server)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docfixtures import article, make_pdf, markdown_note
from integr_support import assistant, chroma_server


@pytest.fixture(scope="module")
def url(tmp_path_factory):
    with chroma_server(tmp_path_factory.mktemp("chroma") / "data") as url:
        yield url


def test_a_second_process_sees_copies_pages_and_how_outlets_were_found(url, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "original.md").write_text(markdown_note(article(1), outlet="Harbour Herald", date="2021-03-04"))
    (folder / "copy.md").write_text(markdown_note(article(1) + " Republished with permission.", outlet="City Courier",
                                                  date="2021-03-05"))
    (folder / "report.pdf").write_bytes(make_pdf([["First page sentence here."], ["Second page sentence here."]]))
    writer = assistant(tmp_path / "writer", chroma_url=url)
    report = writer.ingest([folder])
    assert {Path(k).name: Path(v).name for k, v in report.copies.items()} == {"copy.md": "original.md"}

    reader = assistant(tmp_path / "reader", chroma_url=url)
    docs = {Path(s.source).name: s for s in reader.sources()}
    assert docs["copy.md"].copy_of == docs["original.md"].doc_id
    assert docs["original.md"].copies == [docs["copy.md"].doc_id]
    assert (docs["original.md"].outlet_source, docs["report.pdf"].pages) == ("metadata", 2)
    pdf = docs["report.pdf"].doc_id
    assert reader.page_of(pdf, reader.document(pdf).text.index("Second")) == 2
