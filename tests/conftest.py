"""Shared fixtures: small literal corpora, a fake-embedder Assistant, and the seed index."""

from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # shared helpers (docfixtures, integr_support) for tests in subfolders
CORPUS = ROOT / "corpus"


def shared_corpus(name: str) -> Path | None:
    """A development corpus in ../shared/corpora/<name> (beside the clone; a git worktree one level
    further down finds it too). Evaluation only: it is never copied into this repository."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "corpora" / name / "outlets.yaml").is_file():
            return base / "shared" / "corpora" / name
    return None


def need_shared_corpus(name: str) -> Path:
    found = shared_corpus(name)
    if found is None:
        pytest.skip(f"../shared/corpora/{name} is absent (the development corpus lives beside the clone, "
                    "not in it); the CI has it")
    return found

REGISTRY = textwrap.dedent(
    """\
    stance_groups:
      - {id: pro, label: For the plan}
      - {id: anti, label: Against the plan}
    outlets:
      - {name: Daily Planet, aliases: [Planet], domains: [dailyplanet.example], stance: pro, signatures: ["DP/"]}
      - {name: Gotham Gazette, aliases: [Gazette], domains: [gazette.example], stance: anti}
    documents:
      - {file: planet.txt, outlet: Daily Planet, title: Bridge plan approved, url: "https://dailyplanet.example/bridge", date: "2024-05-01"}
      - {file: gazette.txt, outlet: Gotham Gazette, title: Bridge plan is a scam}
    """
)

DOCS = {
    "planet.txt": (
        "Bridge plan approved\n\n"
        "The city council approved the new river bridge on Monday. Mayor Lane said the bridge will cut "
        "commuting times by half.\n\n"
        "Engineers estimate the construction will cost 40 million dollars.\n\nYour Comment"
    ),
    "gazette.txt": (
        "Home » City » Bridge plan is a scam\n\n"
        "The river bridge is a scam, critics say. The real cost of the bridge will exceed 90 million "
        "dollars, according to an independent audit.\n\n"
        "Residents near the river oppose the construction of the bridge.\n\n728 x 90"
    ),
}


def write_corpus(folder: Path, docs: dict[str, str] = DOCS, registry: str | None = REGISTRY) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    if registry is not None:
        (folder / "outlets.yaml").write_text(registry, encoding="utf-8")
    return folder


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
