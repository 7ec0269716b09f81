"""The second invented corpus, novel29 (evals/corpora/novel29: 12 fictional articles, 4 stories x 3 fictional
outlets, in the repository): its cases are valid and verbatim, and byline meets the gate
evals/thresholds-novel29.yaml on evals/novel29/novel29.yaml. No network and no shared folder needed: byline is
measured on text written after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.evaluation.cases import check_cases, load_cases
from app.evaluation.runner import corpus_config, corpus_of, run_eval
from app.store.embed import HashEmbedder, MiniLMEmbedder

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "evals" / "corpora" / "novel29"
CASES = ROOT / "evals" / "novel29" / "novel29.yaml"
GATE = ROOT / "evals" / "thresholds-novel29.yaml"
STORIES = ("curfew", "breach", "rowing", "museum")


def test_novel29_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    assistant = Assistant(config=corpus_config(Config(), CORPUS, cache=tmp_path), embedder=HashEmbedder())
    assistant.ingest([CORPUS])
    docs = corpus_of(assistant)
    cases = load_cases([CASES])
    assert len(docs.docs) == 12 and {d.outlet for d in docs.docs.values()} == {
        "Northfield Ledger", "Daily Meridian", "Lantern Post"}
    assert check_cases(cases, assistant.registry, {d.name: d.text for d in docs.docs.values()}) == []
    assert {"single", "contested", "chain", "adversarial", "near_topic"} <= {c.kind for c in cases}
    assert {c.id.split("-")[1] for c in cases} == {"cu", "br", "ro", "mu"}
    assert sum(bool(c.rephrasings) for c in cases) * 3 >= len(cases) - 3


@pytest.mark.model
def test_byline_meets_the_novel29_gate(tmp_path):
    embedder = MiniLMEmbedder()
    config = corpus_config(Config(), CORPUS, cache=tmp_path / "index")
    Assistant(config=config, embedder=embedder).ingest([CORPUS])
    report = run_eval(config, [CASES], embedder=embedder, baselines=False, thresholds=GATE,
                      report_dir=tmp_path / "report")
    assert report["threshold_failures"] == [], (tmp_path / "report" / "latest.md").read_text(encoding="utf-8")
