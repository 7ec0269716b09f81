"""A process that answers questions (`byline ask`, `byline chat`, `python -m app.edges.cli ask`)
starts lean and exits lean: the model loads while the query stack imports, pydantic does not search
installed packages for plugins, and the exit freezes what the process built instead of collecting
it. Other commands, and `import app`, leave the interpreter alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.edges.cli import asks_questions

ROOT = Path(__file__).resolve().parents[2]
# run before anything else in the child (sitecustomize); the atexit hook registered here runs last
SPY = """
import atexit, gc, importlib.metadata, json, os, sys
scans = []
_entry_points = importlib.metadata.entry_points
def entry_points(**kw):
    scans.append(kw.get("group"))
    return _entry_points(**kw)
importlib.metadata.entry_points = entry_points
atexit.register(lambda: print(json.dumps({"frozen": gc.get_freeze_count(), "scans": scans,
    "plugins": os.environ.get("PYDANTIC_DISABLE_PLUGINS")}), file=sys.stderr))
"""


def test_the_ask_and_chat_commands_answer_questions_however_they_are_started():
    assert asks_questions(["/venv/bin/byline", "ask", "--json", "Who said it?"])
    assert asks_questions(["/venv/bin/byline", "--chroma-url", "http://h:1", "chat"])
    assert asks_questions(["-m", "ask", "--index", "idx", "Who said it?"])  # python -m app.edges.cli ask
    assert not asks_questions(["-m", "ingest", "corpus/"])
    assert not asks_questions(["/venv/bin/byline", "sources"])
    assert not asks_questions(["pytest", "ask"])  # another program's arguments


def _run_cli(args: list[str], tmp_path: Path, env: dict[str, str]) -> dict:
    spy = tmp_path / "spy"
    spy.mkdir(exist_ok=True)
    (spy / "sitecustomize.py").write_text(SPY)
    env = {**os.environ, **env, "PYTHONPATH": os.pathsep.join([str(ROOT), str(spy)])}
    env.pop("PYDANTIC_DISABLE_PLUGINS", None)
    proc = subprocess.run([sys.executable, "-m", "app.edges.cli", *args], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr[-800:]
    return json.loads(proc.stderr.strip().splitlines()[-1])


def test_a_cold_ask_skips_the_plugin_scan_and_the_exit_collection(make_assistant, corpus_dir, tmp_path):
    make_assistant(corpus_dir, index=tmp_path / "index").ingest([corpus_dir])
    env = {"BYLINE_EMBEDDER": "hash-256", "BYLINE_ABSTAIN_BELOW": "0.05", "BYLINE_RELEVANCE_FLOOR": "0.1"}
    asked = _run_cli(["ask", "--index", str(tmp_path / "index"), "--json", "What did the council decide?"],
                     tmp_path, env)
    assert asked["plugins"] == "__all__" and "pydantic" not in asked["scans"]
    assert asked["frozen"] > 10_000  # the imports' objects, frozen at exit
    listed = _run_cli(["sources", "--index", str(tmp_path / "index"), "--json"], tmp_path, env)
    assert listed["plugins"] is None and listed["frozen"] == 0  # other commands: the interpreter as it is
