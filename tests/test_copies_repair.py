"""Near copies survive deletions (issue 18, case 6): deleting an original over HTTP promotes its
copy, `ingest` repairs an index where a copy points at a deleted original, and a copy listed twice
(left by a cut-off write) is listed once."""

from __future__ import annotations

import json
from pathlib import Path

from docfixtures import article, markdown_note
from fastapi.testclient import TestClient

from app.api import Assistant
from app.config import Config
from app.edges.http import create_app
from app.registry import Outlet, Registry
from app.store.embed import HashEmbedder

QUESTION = "What did the council approve on day 9 in district 9?"
REGISTRY = Registry(outlets=[Outlet(name="Harbour Herald"), Outlet(name="City Courier")])


def build(tmp_path: Path) -> tuple[Assistant, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-original.md").write_text(markdown_note(article(9), outlet="Harbour Herald", date="2021-05-01"))
    (folder / "b-copy.md").write_text(markdown_note(article(9) + " Republished.", outlet="City Courier", date="2021-05-02"))
    a = Assistant(config=Config(index_dir=tmp_path / "index", upload_dir=tmp_path / "uploads"),
                  embedder=HashEmbedder(), registry=REGISTRY)
    assert len(a.ingest([folder]).copies) == 1
    return a, folder


def ids(a: Assistant) -> dict[str, str]:
    return {Path(s.source).name: s.doc_id for s in a.sources()}


def test_deleting_an_original_over_http_promotes_its_copy(tmp_path):
    a, _ = build(tmp_path)
    original = ids(a)["a-original.md"]
    response = TestClient(create_app(a, token="")).delete(f"/documents/{original}")
    assert response.status_code == 200
    [copy] = a.sources()
    assert (copy.copy_of, copy.chunks > 0) == (None, True)
    answer = a.ask(QUESTION)
    assert answer.citations and answer.citations[0].doc_id == copy.doc_id and a.verify(answer) == []


def edit_manifest(index: Path, change) -> None:
    path = index / "manifest.json"
    data = json.loads(path.read_text())
    change(data["documents"])
    path.write_text(json.dumps(data))


def test_ingest_repairs_a_copy_whose_original_was_deleted_by_an_older_byline(tmp_path):
    a, folder = build(tmp_path)
    original = ids(a)["a-original.md"]
    (folder / "a-original.md").unlink()
    edit_manifest(tmp_path / "index", lambda docs: docs.pop(original))  # what the old DELETE left
    fresh = Assistant(config=a.config, embedder=HashEmbedder(), registry=REGISTRY)
    report = fresh.ingest([folder], prune=True)
    assert any("it is now the original" in w for w in report.warnings)
    [copy] = fresh.sources()
    assert (copy.copy_of, copy.chunks > 0) == (None, True)
    assert fresh.ask(QUESTION).citations


def test_a_copy_listed_twice_is_listed_once_after_the_next_ingest(tmp_path):
    a, folder = build(tmp_path)
    copy = ids(a)["b-copy.md"]
    original = ids(a)["a-original.md"]
    edit_manifest(tmp_path / "index", lambda docs: docs[original].update(copies=[copy, copy]))
    fresh = Assistant(config=a.config, embedder=HashEmbedder(), registry=REGISTRY)
    fresh.ingest([folder])
    assert {s.doc_id: s.copies for s in fresh.sources()}[original] == [copy]
