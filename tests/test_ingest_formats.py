"""End to end: a folder of saved pages, PDFs, notes and scrapes ingests with the right outlets."""

import json
from pathlib import Path

import pytest
import yaml
from docfixtures import FURNITURE, article, make_pdf, markdown_note, saved_page

from app.api import Assistant
from app.config import Config
from app.documents.clean import clean
from app.registry import Registry
from app.store.embed import HashEmbedder

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SEED = CORPUS / "000_71fe6b847db392be.txt"  # Mehr News Agency
SEED_FURNITURE = ["MNA/4679032", "Your Comment"]


def registry_file(tmp_path: Path, registry: Registry | None) -> Path:
    if registry is None:
        return CORPUS / "outlets.yaml"
    path = tmp_path / "outlets.yaml"
    path.write_text(yaml.safe_dump(registry.model_dump()), encoding="utf-8")
    return path


def assistant(tmp_path, registry: Registry | None = None) -> Assistant:
    config = Config.load(index_dir=tmp_path / "index", upload_dir=tmp_path / "uploads",
                         registry=registry_file(tmp_path, registry))
    return Assistant(config=config, embedder=HashEmbedder())


def seed_page(**meta) -> str:
    raw = SEED.read_text(encoding="utf-8")
    return saved_page([line for line in raw.split("\n") if line.strip()],
                      title="Foreign social media new den of MKO terrorists: cmdr", **meta)


def by_source(a: Assistant) -> dict:
    return {Path(s.source).name: s for s in a.sources()}


@pytest.mark.parametrize(
    ("meta", "rule"),
    [({"site_name": "Mehr News Agency"}, "site_name"), ({"url": "https://en.mehrnews.com/news/148214/"}, "domain")],
)
def test_a_saved_page_of_a_seed_article_gets_its_outlet_and_keeps_every_sentence(tmp_path, meta, rule):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "saved-article.html").write_text(seed_page(**meta))
    a = assistant(tmp_path)
    report = a.ingest([folder])
    assert report.new == [str(folder / "saved-article.html")]
    [info] = a.sources()
    assert (info.outlet, info.outlet_source, info.stance) == ("Mehr News Agency", rule, "hostile_to_mek")
    text = a.document(info.doc_id).text
    for paragraph in clean(SEED.read_text(encoding="utf-8")).split("\n\n"):
        assert paragraph in text
    assert [f for f in FURNITURE + SEED_FURNITURE if f in text] == []


def write_mixed_folder(folder: Path) -> None:
    """One document per format, a syndicated copy, an unknown outlet, an unsupported and a bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bridge.html").write_text(saved_page(article(1).split(". "), title="Bridge", site_name="Harbour Herald",
                                                   date="2021-03-04"))
    syndicated = article(1) + " This story first appeared in the Harbour Herald and is republished with permission."
    (folder / "courier-copy.html").write_text(saved_page([syndicated], title="Bridge (syndicated)",
                                                         url="https://courier.example/wire/77", date="2021-03-05"))
    (folder / "report.pdf").write_bytes(make_pdf([["Annual report", article(2, 3)[:90], article(2, 3)[90:180] + "."],
                                                  ["Annual report", "The second page says the harbour will be dredged."]],
                                                 title="Annual report"))
    (folder / "note.md").write_text(markdown_note(article(3), outlet="City Courier", date="2021-04-01"))
    (folder / "plain.txt").write_text(article(4) + "\n\nHH/123")
    (folder / "unknown.txt").write_text(article(5))
    (folder / "scrape.jsonl").write_text("\n".join([
        json.dumps({"text": article(6), "url": "https://harbourherald.com/6"}),
        "{broken",
        json.dumps({"text": article(7), "outlet": "Harbour Herald"}),
    ]))
    (folder / "slides.pptx").write_bytes(b"PK\x03\x04 not a supported type")
    (folder / "garbage.pdf").write_bytes(b"not a pdf at all")


REGISTRY = Registry.model_validate({
    "stance_groups": [{"id": "left", "label": "Left-leaning"}, {"id": "right", "label": "Right-leaning"}],
    "outlets": [
        {"name": "Harbour Herald", "domains": ["harbourherald.com"], "stance": "left", "signatures": ["HH/"]},
        {"name": "City Courier", "domains": ["courier.example"], "stance": "right"},
    ],
})


def test_a_mixed_folder_ingests_every_format_and_reports_what_it_skipped_and_why(tmp_path):
    write_mixed_folder(tmp_path / "in")
    a = assistant(tmp_path, REGISTRY)
    report = a.ingest([tmp_path / "in"])
    assert len(report.new) == 8
    assert list(report.skipped.values()) == ["unsupported file type '.pptx'"]
    failed = {Path(k).name: v for k, v in report.failed.items()}
    assert set(failed) == {"garbage.pdf", "scrape.jsonl#2"}
    assert "not a readable PDF" in failed["garbage.pdf"] and "invalid JSON" in failed["scrape.jsonl#2"]
    docs = by_source(a)
    found = {name: (d.outlet, d.outlet_source) for name, d in docs.items()}
    assert found == {
        "bridge.html": ("Harbour Herald", "site_name"),
        "courier-copy.html": ("City Courier", "domain"),
        "report.pdf": ("unknown", "unknown"),
        "note.md": ("City Courier", "metadata"),
        "plain.txt": ("Harbour Herald", "signature"),
        "unknown.txt": ("unknown", "unknown"),
        "scrape.jsonl#1": ("Harbour Herald", "domain"),
        "scrape.jsonl#3": ("Harbour Herald", "metadata"),
    }
    assert report.outlet_rules == {"site_name": 1, "domain": 2, "metadata": 2, "signature": 1, "unknown": 2}
    assert "8 new" in report.summary() and "1 skipped" in report.summary() and "2 failed" in report.summary()
    assert docs["report.pdf"].pages == 2 and docs["report.pdf"].format == "pdf"


def test_a_syndicated_copy_is_linked_to_the_original_and_answers_name_who_else_carried_it(tmp_path):
    write_mixed_folder(tmp_path / "in")
    a = assistant(tmp_path, REGISTRY)
    report = a.ingest([tmp_path / "in"])
    assert {Path(k).name: Path(v).name for k, v in report.copies.items()} == {"courier-copy.html": "bridge.html"}
    docs = by_source(a)
    original, copy = docs["bridge.html"], docs["courier-copy.html"]
    assert copy.copy_of == original.doc_id and original.copies == [copy.doc_id]
    assert copy.chunks == 0 and original.chunks > 0
    answer = a.ask("What did the council approve on day 1 in district 1?")
    cited = [c for c in answer.citations if c.doc_id == original.doc_id]
    assert cited and all(c.doc_id != copy.doc_id for c in answer.citations)
    line = next(line for line in answer.answer.split("\n") if f"[{cited[0].id}]" in line)
    assert line.startswith("- Harbour Herald:") and line.endswith("(also carried by City Courier)")
    assert a.verify(answer) == []


def test_a_copy_dated_earlier_than_the_stored_article_becomes_the_original(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-late.md").write_text(markdown_note(article(9) + " Republished.", outlet="City Courier", date="2021-05-02"))
    a = assistant(tmp_path, REGISTRY)
    a.ingest([folder])
    (folder / "b-early.md").write_text(markdown_note(article(9), outlet="Harbour Herald", date="2021-05-01"))
    report = a.ingest([folder])
    assert report.copies == {str(folder / "a-late.md"): str(folder / "b-early.md")}
    docs = by_source(a)
    assert docs["a-late.md"].copy_of == docs["b-early.md"].doc_id
    assert docs["b-early.md"].copies == [docs["a-late.md"].doc_id]
    assert (docs["a-late.md"].chunks, docs["b-early.md"].chunks > 0) == (0, True)


def test_when_the_original_file_goes_its_copy_becomes_the_original(tmp_path):
    write_mixed_folder(tmp_path / "in")
    a = assistant(tmp_path, REGISTRY)
    a.ingest([tmp_path / "in"])
    (tmp_path / "in" / "bridge.html").unlink()
    report = a.ingest([tmp_path / "in"], prune=True)
    assert [Path(r).name for r in report.removed] == ["bridge.html"]
    copy = by_source(a)["courier-copy.html"]
    assert (copy.copy_of, copy.copies, copy.chunks > 0) == (None, [], True)
    assert a.ask("What did the council approve on day 1 in district 1?").citations[0].doc_id == copy.doc_id


def test_reingesting_a_mixed_folder_changes_nothing(tmp_path):
    write_mixed_folder(tmp_path / "in")
    a = assistant(tmp_path, REGISTRY)
    a.ingest([tmp_path / "in"])
    before = {s.doc_id: s for s in a.sources()}
    again = a.ingest([tmp_path / "in"])
    assert (again.new, again.changed, len(again.unchanged), again.chunks_added) == ([], [], 8, 0)
    assert {s.doc_id: s for s in a.sources()} == before


def test_the_same_article_under_two_names_in_one_run_is_stored_once_with_both_names(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "one.txt").write_text(article(11))
    (folder / "two.md").write_text(article(11))
    a = assistant(tmp_path, REGISTRY)
    a.ingest([folder])
    [doc] = a.sources()
    manifest = json.loads((tmp_path / "index" / "manifest.json").read_text())
    assert manifest["documents"][doc.doc_id]["sources"] == [str(folder / "one.txt"), str(folder / "two.md")]


def test_a_pdf_citation_can_name_its_page(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(make_pdf([["The board approved the budget on Tuesday."],
                                                  ["Dredging of the harbour channel will start in the spring."]]))
    a = assistant(tmp_path, REGISTRY)
    a.ingest([folder])
    answer = a.ask("When will dredging of the harbour channel start?")
    cite = answer.citations[0]
    assert "Dredging" in cite.quote
    assert a.page_of(cite.doc_id, cite.start) == 2
    assert a.page_of(cite.doc_id, 0) == 1


def test_uploaded_form_metadata_names_the_outlet_of_an_html_page(tmp_path):
    a = assistant(tmp_path, REGISTRY)
    page = saved_page([article(12)], title="Upload", site_name="Harbour Herald")
    a.add_document("upload.html", page.encode(), outlet="City Courier")
    [doc] = a.sources()
    assert (doc.outlet, doc.outlet_source) == ("City Courier", "metadata")


def test_sources_json_shows_how_the_outlet_was_found_and_copies(tmp_path):
    from typer.testing import CliRunner

    from app.edges.cli import cli

    write_mixed_folder(tmp_path / "in")
    assistant(tmp_path, REGISTRY).ingest([tmp_path / "in"])
    result = CliRunner().invoke(cli, ["sources", "--json", "--index", str(tmp_path / "index")],
                                env={"BYLINE_EMBEDDER": "hash-256"})
    assert result.exit_code == 0, result.output
    rows = {Path(r["source"]).name: r for r in json.loads(result.output)}
    assert rows["bridge.html"]["outlet_source"] == "site_name"
    assert rows["courier-copy.html"]["copy_of"] == rows["bridge.html"]["doc_id"]
    assert rows["bridge.html"]["copies"] == [rows["courier-copy.html"]["doc_id"]]


def test_a_loader_crashing_on_one_odd_file_fails_that_file_only(tmp_path, monkeypatch):
    from app.documents import load

    def crashing_loader(path, data):
        raise IndexError("list index out of range")

    monkeypatch.setitem(load.LOADERS, ".odd", crashing_loader)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.odd").write_text("whatever")
    (folder / "b.txt").write_text(article(13))
    report = assistant(tmp_path, REGISTRY).ingest([folder])
    assert report.new == [str(folder / "b.txt")]
    assert report.failed == {str(folder / "a.odd"): f"{folder / 'a.odd'}: could not be read (IndexError: list index out of range)"}


def test_pruning_a_jsonl_file_removes_the_lines_that_are_gone(tmp_path):
    bulk = tmp_path / "bulk.jsonl"
    bulk.write_text("\n".join(json.dumps({"text": article(20 + i)}) for i in range(3)))
    a = assistant(tmp_path, REGISTRY)
    a.ingest([bulk])
    bulk.write_text("\n".join(json.dumps({"text": article(20 + i)}) for i in range(2)))
    report = a.ingest([bulk], prune=True)
    assert report.removed == [f"{bulk}#3"]
    assert sorted(s.source for s in a.sources()) == [f"{bulk}#1", f"{bulk}#2"]
