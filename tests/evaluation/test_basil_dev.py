"""The second corpus, basil-dev (../shared/corpora/basil-dev: 36 real articles, BASIL dataset): its
cases are valid and verbatim, and byline meets evals/thresholds-basil-dev.yaml on the calibration
half, evals/thresholds-basil-dev-heldout.yaml on the held-out half, evals/thresholds-basil-dev-flags.yaml
on the hand-asked dev-flags questions, evals/thresholds-basil-dev-abstain.yaml on the near-topic
development set, evals/thresholds-basil-dev-recall.yaml on the contested-recall development set and
evals/thresholds-basil-dev-heldout2.yaml on the blind held-out set 2. Skipped, with a message, when
../shared is absent."""

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


@pytest.mark.model
@pytest.mark.parametrize(("cases", "gate"), [("calib.yaml", "thresholds-basil-dev.yaml"),
                                             ("heldout.yaml", "thresholds-basil-dev-heldout.yaml"),
                                             ("dev-flags.yaml", "thresholds-basil-dev-flags.yaml"),
                                             ("dev-abstain.yaml", "thresholds-basil-dev-abstain.yaml"),
                                             ("dev-recall.yaml", "thresholds-basil-dev-recall.yaml"),
                                             ("heldout2.yaml", "thresholds-basil-dev-heldout2.yaml")])
def test_byline_meets_the_basil_dev_thresholds(basil_index, tmp_path, cases, gate):
    config, embedder = basil_index
    report = run_eval(config, [CASES / cases], embedder=embedder, baselines=False,
                      thresholds=ROOT / "evals" / gate, report_dir=tmp_path)
    assert report["threshold_failures"] == [], (tmp_path / "latest.md").read_text(encoding="utf-8")
