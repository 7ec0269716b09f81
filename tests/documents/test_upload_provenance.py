"""Uploads never relabel silently (issue 18, cases 3, 5 and 8): the same bytes again keep their
metadata, the same text under a new name is reported with its document, and file names too long
for a `.meta.json` sidecar are read without one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api import Assistant
from app.config import Config
from app.edges.http import create_app
from app.errors import QueryError
from app.registry import Outlet, Registry
from app.store.embed import HashEmbedder

TEXT = b"The pier reopened on Monday, officials said after the inspection."
REGISTRY = Registry(outlets=[Outlet(name="Harbour Times"), Outlet(name="Dock Weekly")])


def assistant(tmp_path: Path) -> Assistant:
    config = Config(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus", upload_dir=tmp_path / "uploads")
    return Assistant(config=config, embedder=HashEmbedder(64), registry=REGISTRY)


def test_same_bytes_again_with_another_outlet_is_refused_and_keeps_its_date(tmp_path):
    a = assistant(tmp_path)
    a.add_document("pier.txt", TEXT, outlet="Harbour Times", date="2024-05-01")
    with pytest.raises(QueryError, match="already uploaded with outlet 'Harbour Times'"):
        a.add_document("pier.txt", TEXT, outlet="Dock Weekly")
    a.add_document("pier.txt", TEXT)  # no metadata given: nothing is dropped
    [info] = a.sources()
    assert (info.outlet, info.date) == ("Harbour Times", "2024-05-01")


def test_same_text_under_a_new_name_returns_its_document_and_the_conflict(tmp_path):
    a = assistant(tmp_path)
    client = TestClient(create_app(a, token=""))
    first = client.post("/documents", files={"file": ("pier.txt", TEXT)}, data={"outlet": "Harbour Times"})
    assert first.status_code == 201
    second = client.post("/documents", files={"file": ("copy.txt", TEXT)}, data={"outlet": "Dock Weekly"})
    assert second.status_code == 201
    body = second.json()
    assert [d["outlet"] for d in body["documents"]] == ["Harbour Times"]
    assert "outlet 'Harbour Times' → 'Dock Weekly'" in next(iter(body["report"]["conflicts"].values()))


def test_a_file_name_too_long_for_a_sidecar_is_ingested_without_one(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    name = "p" * 246 + ".txt"  # 250 bytes: '<name>.meta.json' would be 260
    (folder / name).write_bytes(TEXT)
    report = assistant(tmp_path).ingest([folder])
    assert report.failed == {} and [Path(s).name for s in report.new] == [name]
    assert json.loads((tmp_path / "index" / "manifest.json").read_text())["documents"]
