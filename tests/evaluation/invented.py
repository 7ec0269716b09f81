"""The checks an invented corpus in the repository passes (evals/corpora/NAME, cases evals/NAME/NAME.yaml, gate
evals/thresholds-NAME.yaml): its cases valid and verbatim, covering every story and kind, and byline meeting its gate.
Shared by the novel28, novel29, novel30 and check27 tests."""

from __future__ import annotations

from pathlib import Path

from app.api import Assistant
from app.config import Config
from app.evaluation.cases import check_cases, load_cases
from app.evaluation.runner import corpus_config, corpus_of, run_eval
from app.store.embed import HashEmbedder, MiniLMEmbedder

ROOT = Path(__file__).resolve().parents[2]


def paths(name: str) -> tuple[Path, Path, Path]:
    """The corpus folder, the cases file and the gate of the invented corpus `name`."""
    evals = ROOT / "evals"
    return evals / "corpora" / name, evals / name / f"{name}.yaml", evals / f"thresholds-{name}.yaml"


def check_invented(name: str, outlets: set[str], stories: set[str], tmp_path: Path, articles: int = 12) -> None:
    """`articles` articles of these outlets; cases valid, verbatim, of every kind and story (ids NAME-STORY-…), a
    third or so with rewordings."""
    corpus, cases_file, _ = paths(name)
    assistant = Assistant(config=corpus_config(Config(), corpus, cache=tmp_path), embedder=HashEmbedder())
    assistant.ingest([corpus])
    docs = corpus_of(assistant)
    cases = load_cases([cases_file])
    assert len(docs.docs) == articles and {d.outlet for d in docs.docs.values()} == outlets
    assert check_cases(cases, assistant.registry, {d.name: d.text for d in docs.docs.values()}) == []
    assert {"single", "contested", "chain", "adversarial", "near_topic"} <= {c.kind for c in cases}
    assert {c.id.split("-")[1] for c in cases} == stories
    assert sum(bool(c.rephrasings) for c in cases) * 3 >= len(cases) - 3


def meets_gate(name: str, tmp_path: Path) -> None:
    """byline, ingesting the corpus with MiniLM, meets the corpus's gate."""
    corpus, cases_file, gate = paths(name)
    embedder = MiniLMEmbedder()
    config = corpus_config(Config(), corpus, cache=tmp_path / "index")
    Assistant(config=config, embedder=embedder).ingest([corpus])
    report = run_eval(config, [cases_file], embedder=embedder, baselines=False, thresholds=gate,
                      report_dir=tmp_path / "report")
    assert report["threshold_failures"] == [], (tmp_path / "report" / "latest.md").read_text(encoding="utf-8")
