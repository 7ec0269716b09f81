"""The README's "Your own corpus, from an empty folder" block, run line by line in an empty folder.

`mkdir` and `byline …` lines run as written (the CLI in-process, with the fake embedder); the
`cp` line copies two small articles (tests/edges/fixtures/) where the reader's articles would go.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

from typer.testing import CliRunner

from app.edges.cli import cli
from app.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FOLLOW_UP = "And what does the other side say?"


def walkthrough() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- walkthrough:start -->\s*```sh\n(.*?)```\s*<!-- walkthrough:end -->", text, re.DOTALL)
    assert block, "README.md has no walkthrough block"
    return [line.split("  #")[0].strip() for line in block.group(1).splitlines() if line.strip()]


def run_line(line: str, runner: CliRunner) -> str:
    words = shlex.split(line)
    if words[0] == "mkdir":
        Path(words[1]).mkdir()
        return ""
    if words[0] == "cp":
        for article in sorted(FIXTURES.glob("*.html")):
            shutil.copy(article, words[-1])
        return ""
    assert words[0] == "byline", f"the walkthrough may only run mkdir, cp and byline: {line}"
    question = next((w for w in words if w.endswith("?")), "Is there a national emergency at the southern border?")
    result = runner.invoke(cli, words[1:], input=f"{question}\n{FOLLOW_UP}\n\n")
    assert result.exit_code == 0, f"{line}\n{result.output}"
    return result.output


def test_a_new_user_sets_up_a_corpus_with_its_own_stance_groups_from_the_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("BYLINE_REGISTRY", "BYLINE_CORPUS_DIR", "BYLINE_INDEX_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BYLINE_EMBEDDER", "hash-256")
    runner = CliRunner()
    outputs = {line.split()[1] if line.startswith("byline") else line: run_line(line, runner) for line in walkthrough()}

    registry = load_registry(tmp_path / "mynews" / "outlets.yaml")
    assert [g.id for g in registry.stance_groups] == ["right", "left"]
    assert {o.name: o.stance for o in registry.outlets} == {"Fox News": "right", "HuffPost": "left"}
    assert not (tmp_path / "corpus").exists()  # nothing written to a default corpus folder
    assert "registry: mynews/outlets.yaml (the registry of mynews)" in outputs["ingest"]
    assert "outlets by domain 2" in outputs["ingest"]
    assert "Fox News" in outputs["sources"] and "HuffPost" in outputs["sources"]
    assert "Reading this as: what do" in " ".join(outputs["chat"].split())
