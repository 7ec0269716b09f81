"""Chain accuracy: how many labelled sentences of `evals/chains.yaml` get exactly their chain (and the links it
disputes).

    python -m app.evaluation.chain_eval [--spacy] [--corpus=DIR] [CASES.yaml ...]
                                    # prints accuracy overall and on attributed sentences
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from app.attribution.chains import ChainFinder
from app.attribution.links import DISPUTES, Names, find_speakers, load_speakers
from app.documents.clean import clean, clean_document
from app.documents.detect import describe
from app.documents.load import load_file
from app.errors import ConfigError
from app.registry import find_registry, load_registry
from app.support.yamlio import load_model

CASES = Path("evals/chains.yaml")
HELD_OUT = Path("evals/chains_heldout.yaml")


class ChainDocument(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    outlet: str
    text: str


class ChainCase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    file: str | None = None  # a file in the corpus folder …
    doc: str | None = None  # … or the id of a document written in the cases file
    sentence: str = Field(min_length=5)
    chain: list[str]
    disputed: list[str] = Field(default_factory=list)  # links of `chain` the outlet reports only to reject ('disputes')
    note: str | None = None


class ChainCases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    documents: list[ChainDocument] = Field(default_factory=list)
    cases: list[ChainCase]


@dataclass(frozen=True)
class ChainScore:
    total: int
    correct: int
    attributed: int  # cases whose expected chain is not empty
    attributed_correct: int
    misses: list[tuple[str, list[str], list[str]]]  # (sentence, expected, got)
    predicted: int = 0  # cases given a non-empty chain
    invented: int = 0  # ... of those, cases whose expected chain is empty


    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def attributed_accuracy(self) -> float:
        """Speaker recall: attributed sentences given exactly their chain."""
        return self.attributed_correct / self.attributed if self.attributed else 0.0

    @property
    def precision(self) -> float:
        """Speaker precision: of the sentences given a chain, those given exactly the right one."""
        return self.attributed_correct / self.predicted if self.predicted else 0.0


def chain_accuracy(cases_path: Path = CASES, corpus_dir: Path = Path("corpus"), nlp: Callable | None = None,
                   window: int | None = None) -> ChainScore:
    loaded = load_model(ChainCases, cases_path)
    cases, inline = loaded.cases, {d.id: d for d in loaded.documents}
    registry = load_registry(find_registry(corpus_dir))
    finder = ChainFinder(Names(load_speakers(find_speakers(corpus_dir)), registry), nlp,
                         **({"window": window} if window is not None else {}))
    chains_by_file: dict[str, tuple[str, list]] = {}
    correct = attributed = attributed_correct = predicted = invented = 0
    misses = []
    for case in cases:
        key = case.file or case.doc or ""
        if key not in chains_by_file:
            if case.doc in inline:
                text, outlet = clean(inline[case.doc].text), inline[case.doc].outlet
            elif case.file:
                text, outlet = _as_ingested(corpus_dir / case.file, registry)
            else:
                raise ConfigError(f"{cases_path}: a case names neither a known doc nor a file: {case.sentence!r}")
            chains_by_file[key] = (text, finder.find(text, outlet))
        text, chains = chains_by_file[key]
        at = text.find(case.sentence)
        if at < 0:
            raise ConfigError(f"{cases_path}: sentence not found in {key}: {case.sentence!r}")
        links = next((c.links for c in chains if c.start <= at < c.end), ())
        got = [link.name for link in links]
        ok = got == case.chain and [link.name for link in links if link.role == DISPUTES] == case.disputed
        correct += ok
        if case.chain:
            attributed += 1
            attributed_correct += ok
        predicted += bool(got)
        invented += bool(got) and not case.chain
        if not ok:
            misses.append((case.sentence, case.chain, got))
    return ChainScore(len(cases), correct, attributed, attributed_correct, misses, predicted, invented)


def _as_ingested(path: Path, registry) -> tuple[str, str]:
    """The document's text and outlet as ingest sees them (Markdown front matter stripped, outlet from
    the registry or the file's own metadata), so offsets and chains match the index."""
    raw = load_file(path)[0]
    text = clean_document(raw.text, raw.format, raw.furniture).text
    return text, describe(raw, text, registry).outlet


def main(argv: list[str]) -> None:
    nlp = None
    if "--spacy" in argv:
        from app.attribution.parse import load_nlp

        nlp = load_nlp()
    corpus = next((Path(a.split("=", 1)[1]) for a in argv if a.startswith("--corpus=")), Path("corpus"))
    paths = [Path(a) for a in argv if not a.startswith("--")] or [CASES, HELD_OUT]
    for path in paths:
        report(path, chain_accuracy(path, corpus, nlp=nlp))


def report(path: Path, score: ChainScore) -> None:
    print(f"{path}: chain accuracy {score.accuracy:.3f} ({score.correct}/{score.total}); "
          f"on attributed sentences (speaker recall) {score.attributed_accuracy:.3f} "
          f"({score.attributed_correct}/{score.attributed}); "
          f"speaker precision {score.precision:.3f} ({score.attributed_correct}/{score.predicted}); "
          f"invented {score.invented}")
    for sentence, want, got in score.misses:
        print(f"  miss: {sentence!r}: expected {want}, got {got}")


if __name__ == "__main__":
    main(sys.argv[1:])
