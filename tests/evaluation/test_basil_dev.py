"""The second corpus, basil-dev (../shared/corpora/basil-dev: 36 real articles, BASIL dataset): its
cases are valid and verbatim, and byline meets each case file's gate: evals/basil-dev/calib.yaml
meets evals/thresholds-basil-dev.yaml, every other evals/basil-dev/NAME.yaml meets
evals/thresholds-basil-dev-NAME.yaml (a leading "dev-" dropped: dev-flags.yaml ->
thresholds-basil-dev-flags.yaml). heldout2 and heldout3 are the blind held-out sets; the others are
development sets. Skipped, with a message, when ../shared is absent."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora import need_shared_corpus

from app.api import Assistant
from app.config import Config
from app.evaluation.cases import check_cases, load_cases
from app.evaluation.runner import corpus_config, corpus_of, run_eval
from app.store.embed import HashEmbedder, MiniLMEmbedder

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "evals" / "basil-dev"


def test_basil_dev_cases_are_verbatim_and_name_registry_outlets(tmp_path):
    corpus = need_shared_corpus("basil-dev")
    config = corpus_config(Config(), corpus, cache=tmp_path)
    assistant = Assistant(config=config, embedder=HashEmbedder())
    assistant.ingest([corpus])
    docs = corpus_of(assistant)
    cases = load_cases([CASES])
    assert len(cases) >= 48 and len(docs.docs) == 36
    assert check_cases(cases, assistant.registry, {d.name: d.text for d in docs.docs.values()}) == []
    kinds = {c.kind for c in cases}
    assert {"single", "contested", "chain", "adversarial", "near_topic"} <= kinds
    assert sum(c.contested for c in cases) >= 10 and sum(not c.contested for c in cases if c.kind == "single") >= 8


@pytest.fixture(scope="module")
def basil_index(tmp_path_factory):
    corpus = need_shared_corpus("basil-dev")
    embedder = MiniLMEmbedder()
    config = corpus_config(Config(), corpus, cache=tmp_path_factory.mktemp("basil"))
    Assistant(config=config, embedder=embedder).ingest([corpus])
    return config, embedder


def gate_of(cases: Path) -> Path:
    """The thresholds file a basil-dev case file is gated by (see the module docstring)."""
    name = cases.stem.removeprefix("dev-")
    return ROOT / "evals" / ("thresholds-basil-dev.yaml" if name == "calib" else f"thresholds-basil-dev-{name}.yaml")


CASE_FILES = sorted(CASES.glob("*.yaml"))


def test_every_basil_dev_case_file_has_a_gate():
    assert len(CASE_FILES) >= 6
    assert [f.name for f in CASE_FILES if not gate_of(f).is_file()] == []


@pytest.mark.model
@pytest.mark.parametrize("cases", CASE_FILES, ids=lambda f: f.name)
def test_byline_meets_the_basil_dev_thresholds(basil_index, tmp_path, cases):
    config, embedder = basil_index
    report = run_eval(config, [cases], embedder=embedder, baselines=False,
                      thresholds=gate_of(cases), report_dir=tmp_path)
    assert report["threshold_failures"] == [], (tmp_path / "latest.md").read_text(encoding="utf-8")
