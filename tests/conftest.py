"""Shared fixtures: small literal corpora, a fake-embedder Assistant, and the seed index."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared helpers (docfixtures, integr_support) for tests in subfolders
CORPUS = ROOT / "corpus"


from corpora import DOCS, REGISTRY, need_shared_corpus, shared_corpus, write_corpus  # noqa: E402,F401


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return write_corpus(tmp_path / "corpus")


@pytest.fixture
def make_assistant(tmp_path: Path):
    """Build an Assistant over a tmp index with the deterministic hash embedder."""
    from app.api import Assistant
    from app.config import Config
    from app.store.embed import HashEmbedder

    def make(corpus: Path, index: Path | None = None, **settings) -> Assistant:
        # the thresholds are calibrated for MiniLM; the hash fake's similarities run lower
        settings = {"abstain_below": 0.05, "relevance_floor": 0.1, **settings}
        config = Config(index_dir=index or tmp_path / "index", corpus_dir=corpus, embedder="hash-256",
                        upload_dir=tmp_path / "uploads", **settings)
        return Assistant(config=config, embedder=HashEmbedder(256))

    return make


@pytest.fixture(scope="session")
def seed_assistant(tmp_path_factory):
    """The seed corpus ingested once with the real MiniLM embedder."""
    from app.api import Assistant
    from app.config import Config

    from seed import copy_seed

    corpus = copy_seed(tmp_path_factory.mktemp("seed-corpus"))
    index = tmp_path_factory.mktemp("seed-index")
    a = Assistant(config=Config(index_dir=index, corpus_dir=corpus, upload_dir=index.parent / "uploads"))
    a.ingest([corpus])
    return a
