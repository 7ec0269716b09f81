"""Corpora tests build on: the literal two-article corpus, and the development corpora beside the clone.

A helper module (not conftest.py, which each test folder may have its own of), imported by name.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


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
