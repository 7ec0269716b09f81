"""The web UI tests' corpus: two literal articles that disagree about a harbour bridge, their
registry, and a helper that runs one chat turn through the handlers."""

from __future__ import annotations

from pathlib import Path

from app.api import Assistant
from app.config import Config
from app.registry import Registry
from app.store.embed import HashEmbedder

SAFE = (
    "Safe Bridge Weekly\n\n"
    "The harbour bridge is safe, engineers told Harbour Gazette after the inspection of the steel cables. "
    "The inspection found no cracks in the steel.\n\n"
    "The bridge will reopen to traffic in March, the port authority said."
)
UNSAFE = (
    "Rushed Inspection\n\n"
    "The harbour bridge inspection was rushed, River Tribune reports. "
    "Independent engineers found cracks in the steel cables and say the bridge is not safe.\n\n"
    "Residents asked the port authority to keep the bridge closed."
)
REGISTRY = {
    "stance_groups": [{"id": "for_port", "label": "Backs the port authority"},
                      {"id": "against_port", "label": "Critical of the port authority"}],
    "outlets": [{"name": "Harbour Gazette", "stance": "for_port"}, {"name": "River Tribune", "stance": "against_port"}],
    "documents": [{"file": "gazette.txt", "outlet": "Harbour Gazette", "url": "https://gazette.example/bridge",
                   "date": "2024-03-01", "author": "A. Writer"},
                  {"file": "tribune.txt", "outlet": "River Tribune", "url": "javascript:alert(1)"}],
}
QUESTION = "Is the harbour bridge safe after the inspection?"


def harbour_assistant(tmp_path: Path) -> Assistant:
    """An Assistant over the two articles, ingested, with the HashEmbedder fake."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gazette.txt").write_text(SAFE, encoding="utf-8")
    (corpus / "tribune.txt").write_text(UNSAFE, encoding="utf-8")
    config = Config(index_dir=tmp_path / "index", corpus_dir=corpus, upload_dir=tmp_path / "uploads",
                    embedder="hash-256", abstain_below=0.1)
    a = Assistant(config=config, embedder=HashEmbedder(256), registry=Registry.model_validate(REGISTRY))
    a.ingest([corpus])
    return a


def run_turn(h, question: str, history=None, **opts) -> tuple[list, list]:
    """All yields of one chat turn and the history it ends with."""
    args = {"outlets": None, "stances": None, "perspectives": False, "k": None} | opts
    steps = list(h.ask(question, history or [], args["outlets"], args["stances"], args["perspectives"], args["k"]))
    return steps, steps[-1][1]
