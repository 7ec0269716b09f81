"""Refit the relevance floor (`app/answer/relevance.py`, `Config.floor_weights`) on labelled development questions.

Every case question and rephrasing of the development sets is a label: near_topic / abstain cases should not be
answered, every other kind should. `collect` asks each question only up to the floor (retrieval and the floor's
features: no quote choice), `fit` fits a logistic regression (numpy, L2, by Newton steps) on the CALIBRATION
stories only (never on the CHECK stories, `CHECK_STORIES`, kept to measure transfer). Usage, from a worktree root:

    .venv/bin/python -m app.evaluation.floor_fit collect out.jsonl   # asks every development question (minutes)
    .venv/bin/python -m app.evaluation.floor_fit fit out.jsonl RUN   # prints the weights for Config.floor_weights

RUN is an evaldev run of the same code with the fixed pairs alone (/work/evrep/NAME/TAG: SET/answers.json), whose
final decisions say which near-topic questions later checks already turn away (`target`). The fitted score is a
second way past the fixed pairs, and only when some passage holds the question's rarest term (`relevance.passes`):
the fit alone, run whole, answered questions whose subject is written nowhere with quotes beside the point.

The blind basil-dev sets (heldout2, heldout3, dev-fresh) are never read.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import numpy as np

from app.answer.relevance import FEATURES

BLIND = {"heldout2", "heldout3", "dev-fresh"}
CHECK_STORIES = ("n28-ma-", "n28-st-", "n29-ro-", "n29-mu-", "n30-co-", "n30-el-", "n31-jo-", "n31-sa-",  # invented
                 "check30-", "check31-", "check32-",
                 "check33-")  # kept for the transfer check: these sets came after the fit
BASIL = Path("/work/shared/corpora/basil-dev")


def development_sets(root: Path) -> Iterator[tuple[str, Path | None, Path]]:
    """(name, corpus folder or None for the seed, case file or folder) of every development set."""
    yield "seed", None, root / "evals" / "cases"
    yield "para28-seed", None, root / "evals" / "para28" / "seed.yaml"
    for f in sorted((root / "evals" / "basil-dev").glob("*.yaml")):
        if f.stem not in BLIND:
            yield f.stem, BASIL, f
    for d in sorted((root / "evals" / "corpora").glob("*")):
        if (root / "evals" / d.name / f"{d.name}.yaml").is_file():
            yield d.name, d, root / "evals" / d.name / f"{d.name}.yaml"


def half(case_id: str) -> str:
    return "check" if case_id.startswith(CHECK_STORIES) else "calib"


def collect(out: Path, root: Path = Path(".")) -> None:
    """Ask every development question up to the floor; one JSON line each (set, id, half, label, features)."""
    from app import api
    from app.api import Assistant
    from app.config import Config
    from app.evaluation.cases import NO_ANSWER_KINDS, load_cases
    from app.evaluation.runner import corpus_config, ingest_corpus
    from app.store.embed import MiniLMEmbedder

    emb, found = MiniLMEmbedder(), []
    api.answer_from_index = partial(_floor_only, found=found)  # each question asked only up to the floor
    with out.open("w") as f:
        for name, corpus, cases in development_sets(root):
            config = Config()
            if corpus is not None:
                cache = root / ".cache" / ("eval" if corpus == BASIL else f"floor-inv-{name}")
                config = corpus_config(Config(), corpus, cache=cache)
                ingest_corpus(config, emb)
            assistant = Assistant(config=replace(config, floor_weights=()), embedder=emb)  # `floor`: the fixed pairs
            for case in load_cases([cases]):
                for n, question in enumerate((case.question, *case.rephrasings)):
                    found.clear()
                    assistant.ask(question, history=case.history)
                    if not found:
                        continue
                    reading, passed = found[0]
                    f.write(json.dumps({"set": name, "id": case.id, "n": n, "half": half(case.id),
                                        "kind": case.kind, "label": int(case.kind not in NO_ANSWER_KINDS),
                                        "question": question, "floor": passed,
                                        **reading.recorded()}) + "\n")
            print(name, flush=True)


def _floor_only(question: str, search: str, *, store, lexical, config, filters, k, view, registry, embed,
                spelled: str, found: list):
    """`answer_from_index` up to the floor: its reading and decision into `found`, then an abstention."""
    from app.answer import compose
    from app.answer.pipeline import _cued
    from app.answer.relevance import floor_reading, relevance_floor
    from app.answer.retrieve import retrieve

    qvec = embed([search])[0]
    hits = _cued(retrieve(spelled, qvec, store=store, lexical=lexical, config=config, filters=filters, k=k), lexical)
    _, passed = relevance_floor(search, spelled, hits, qvec, lexical=lexical, config=config, embed=embed)
    found.append((floor_reading(hits, qvec, spelled, lexical), passed))
    return compose.abstain(question)


def logistic(x: np.ndarray, y: np.ndarray, l2: float = 0.1, weight: np.ndarray | None = None) -> np.ndarray:
    """Weights (bias first) of an L2-regularised logistic regression, by Newton steps."""
    x1 = np.hstack([np.ones((len(x), 1)), x])
    w, sw = np.zeros(x1.shape[1]), np.ones(len(y)) if weight is None else weight
    reg = l2 * np.eye(x1.shape[1])
    reg[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x1 @ w))
        grad = x1.T @ (sw * (p - y)) + reg @ w
        hess = (x1 * (sw * p * (1 - p))[:, None]).T @ x1 + reg
        w -= np.linalg.solve(hess, grad)
    return w


def outcomes(rows: list[dict], run: Path) -> None:
    """Each row's final decision in an evaldev run (`run`/SET/answers.json): `final_abstained`, None when not asked."""
    answers: dict[str, dict] = {}
    for r in rows:
        if r["set"] not in answers:
            found = run / r["set"] / "answers.json"
            answers[r["set"]] = json.loads(found.read_text()) if found.is_file() else {}
        got = answers[r["set"]].get(r["question"])
        r["final_abstained"] = None if got is None else got["abstained"]


def target(row: dict) -> int | None:
    """What the floor should do: pass every question the sources answer; turn away a question they do not answer that
    it passed and later checks answered anyway (or that it turned away); None (left out of the fit): one it passed and
    later checks turned away, as they should."""
    if row["label"] == 1:
        return 1
    return None if row["floor"] and row["final_abstained"] else 0


def fit(rows: list[dict], l2: float = 0.1, invented: float = 5.0, negative: float = 3.0) -> np.ndarray:
    """The floor's weights fitted on the calibration rows: the invented corpora's rows weigh `invented` times a
    basil-dev or seed row (they are few, and new text is what the floor must read), a should-not-pass row `negative`
    times a should-pass one."""
    calib = [r for r in rows if r["half"] == "calib" and target(r) is not None]
    x = np.array([[r[f] for f in FEATURES] for r in calib])
    y = np.array([target(r) for r in calib], dtype=float)
    weight = np.array([invented if r["set"] in INVENTED else 1.0 for r in calib]) * np.where(y == 1, 1.0, negative)
    return logistic(x, y, l2=l2, weight=weight)


INVENTED = ("novel28", "novel29", "novel30", "novel31", "check27", "check30", "check31", "check32", "check33")


def main(argv: list[str]) -> None:
    if argv[:1] == ["collect"]:
        collect(Path(argv[1]))
        return
    rows = [json.loads(line) for line in Path(argv[1]).read_text().splitlines()]
    outcomes(rows, Path(argv[2]))
    w = fit(rows)
    print("floor_weights =", tuple(round(float(v), 3) for v in w))


if __name__ == "__main__":
    main(sys.argv[1:])
