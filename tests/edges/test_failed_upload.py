"""An upload whose ingest fails (the encoder raises) is one line of JSON, and the index, the sources listed and the
upload folder are as before (the rollback itself: tests/store/test_failed_writes.py)."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.api import Assistant
from app.config import Config
from app.edges.http import create_app
from broken_encoder import ARTICLE, BrokenEncoder
from seed import copy_seed


def test_a_failed_upload_answers_one_line_and_changes_nothing(tmp_path):
    encoder = BrokenEncoder(256)
    config = Config(index_dir=tmp_path / "index", corpus_dir=tmp_path / "seed", embedder="hash-256",
                    upload_dir=tmp_path / "uploads")
    a = Assistant(config=config, embedder=encoder)
    a.ingest([copy_seed(tmp_path / "seed")])
    client = TestClient(create_app(a, token=""), raise_server_exceptions=False)
    before = client.get("/sources").json()
    encoder.broken = True
    r = client.post("/documents", files={"file": ("bridge.txt", ARTICLE, "text/plain")}, data={"outlet": "Reuters"})
    assert r.status_code == 500
    assert r.json() == {"error": "internal error (RuntimeError); see the server log"}
    assert client.get("/sources").json() == before
    assert not any((tmp_path / "uploads").iterdir())
    encoder.broken = False
    assert client.post("/documents", files={"file": ("bridge.txt", ARTICLE, "text/plain")}).status_code == 201
