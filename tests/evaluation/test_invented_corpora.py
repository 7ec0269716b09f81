"""The invented corpora in the repository (evals/corpora/NAME, cases evals/NAME/NAME.yaml, gate
evals/thresholds-NAME.yaml), fiction written after byline so that it is measured on text nobody tuned it on:

- novel28–31: 12 articles each, 4 stories x 3 fictional outlets (a bridge, a maternity unit, …; a court ruling, a data
  breach, a sports ban, a museum theft; national politics; international and conflict news with a state news agency);
- check27, check30–32: the leads' checks, 9 articles each, 3 stories x 3 fictional outlets (a dam removal, a plant
  closure, school library books; a halted drug trial, a police overtime audit, an e-scooter recall; a chemical spill,
  a transit strike, a stadium subsidy; a ferry capsizing, a hospital cyberattack, a lithium mine).

For each: its cases are valid and verbatim, of every kind and story (ids NAME-STORY-…), a third or so with rewordings,
and byline ingesting it with MiniLM meets its gate. No network and no shared folder needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.evaluation.cases import check_cases, load_cases
from app.evaluation.runner import corpus_config, corpus_of, run_eval
from app.store.embed import HashEmbedder, MiniLMEmbedder

ROOT = Path(__file__).resolve().parents[2]

# name: (its outlets, its stories as the second part of every case id, its number of articles)
INVENTED: dict[str, tuple[set[str], set[str], int]] = {
    "novel28": ({"Tidewater Sentinel", "Carrow Courier", "Harbor Voice"}, {"br", "sp", "ma", "st"}, 12),
    "novel29": ({"Northfield Ledger", "Daily Meridian", "Lantern Post"}, {"cu", "br", "ro", "mu"}, 12),
    "novel30": ({"Lormark Standard", "Estren Record", "Commons Dispatch"}, {"pe", "re", "co", "el"}, 12),
    "novel31": ({"Dravenna State News Agency", "Compass Wire", "Nova Ilmor"}, {"bo", "in", "jo", "sa"}, 12),
    "check27": ({"Lakeshore Tribune", "Capital Wire", "Heartland Post"}, {"dam", "plant", "books"}, 9),
    "check30": ({"Meridian Ledger", "Northline Press", "Civic Standard"}, {"trial", "audit", "recall"}, 9),
    "check31": ({"Open Square", "Bayline Wire", "Granite Herald"}, {"spill", "strike", "stadium"}, 9),
    "check32": ({"Lantern Daily", "Harbor Dispatch", "Plainsman Review"}, {"ferry", "hack", "mine"}, 9),
}


def paths(name: str) -> tuple[Path, Path, Path]:
    """The corpus folder, the cases file and the gate of the invented corpus `name`."""
    evals = ROOT / "evals"
    return evals / "corpora" / name, evals / name / f"{name}.yaml", evals / f"thresholds-{name}.yaml"


def test_every_invented_corpus_in_the_repository_is_checked_here():
    assert {d.name for d in (ROOT / "evals" / "corpora").iterdir() if d.is_dir()} == set(INVENTED)


@pytest.mark.parametrize("name", sorted(INVENTED))
def test_cases_are_verbatim_and_cover_every_story_and_kind(name, tmp_path):
    outlets, stories, articles = INVENTED[name]
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


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(INVENTED))
def test_byline_meets_the_gate(name, tmp_path):
    corpus, cases_file, gate = paths(name)
    embedder = MiniLMEmbedder()
    config = corpus_config(Config(), corpus, cache=tmp_path / "index")
    Assistant(config=config, embedder=embedder).ingest([corpus])
    report = run_eval(config, [cases_file], embedder=embedder, baselines=False, thresholds=gate,
                      report_dir=tmp_path / "report")
    assert report["threshold_failures"] == [], (tmp_path / "report" / "latest.md").read_text(encoding="utf-8")
