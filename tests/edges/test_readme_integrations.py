"""The Python example in README.md (the first python block) runs as written."""

from __future__ import annotations

import re

from integr_support import FAKE_EMBEDDER, ROOT

from app.api import ingest
from app.config import Config
from seed import copy_seed

README = ROOT / "README.md"


def first_python_block(markdown: str) -> str:
    return re.search(r"```python\n(.*?)```", markdown, re.S).group(1)


def test_embedding_example_is_short_and_runs_against_a_fresh_index(tmp_path, monkeypatch, capsys):
    snippet = first_python_block(README.read_text(encoding="utf-8"))
    assert len([line for line in snippet.splitlines() if line.strip()]) <= 10
    monkeypatch.chdir(tmp_path)  # the snippet opens ./index, as a user's script would
    monkeypatch.setenv("BYLINE_EMBEDDER", FAKE_EMBEDDER)
    corpus = copy_seed(tmp_path / "corpus")
    monkeypatch.setenv("BYLINE_CORPUS_DIR", str(corpus))
    ingest([corpus], config=Config.load())

    exec(compile(snippet, str(README), "exec"), {"__name__": "readme"})

    printed = capsys.readouterr().out
    assert "problems: []" in printed
    assert re.search(r"^\[1\] .+ chars \d+-\d+ of document [0-9a-f]{16}$", printed, re.M)
