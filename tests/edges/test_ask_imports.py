"""A one-shot `byline ask` imports only what answering needs: no torch, scipy, spaCy, gradio,
llama-index, sentence-transformers or bm25s (each costs a cold process tenths of a second or more),
and on a small index not even chromadb; nor, for `--json`, what only other paths use: PyYAML (the
index's registry is JSON), rich (JSON goes straight to stdout), the document loaders (uploads) and
the LLM synthesis stage (no LLM configured), nor tomllib (no byline.toml to read)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("torch", "scipy", "spacy", "gradio", "llama_index", "sentence_transformers", "transformers", "bm25s",
         "fastapi", "uvicorn", "mcp", "matplotlib", "datasketch", "trafilatura", "pypdf", "yaml", "rich")
NOT_ASKED = ("app.documents.load", "app.documents.uploads", "app.synthesis.synthesize", "app.synthesis.check",
             "app.indexing.ingest", "app.indexing.run")  # byline's own modules that answering never runs
UNREAD = ("tomllib",)  # standard modules for files this ask does not have (no byline.toml)
ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import json, sys
from app.edges.cli import main
sys.argv = ["byline", "ask", "--index", sys.argv[1], "--json", "What did the council decide about the bridge?"]
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def test_ask_in_a_new_process_loads_none_of_the_heavy_packages(make_assistant, corpus_dir, tmp_path):
    a = make_assistant(corpus_dir, index=tmp_path / "index")
    a.ingest([corpus_dir])
    env = {**os.environ, "BYLINE_EMBEDDER": "hash-256", "BYLINE_ABSTAIN_BELOW": "0.05", "BYLINE_RELEVANCE_FLOOR": "0.1",
           "PYTHONPATH": str(ROOT)}  # the hash fake's thresholds, as make_assistant sets them
    proc = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "index")], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr[-800:]
    assert json.loads(proc.stdout)["citations"], "the probe answered"
    modules = set(json.loads(proc.stderr.strip().splitlines()[-1]))
    loaded = {m.split(".")[0] for m in modules}
    assert loaded & set(HEAVY) == set()
    assert modules & set(NOT_ASKED) == set()
    assert modules & set(UNREAD) == set()
    assert "chromadb" not in loaded  # a small index is searched exactly over the chunk table: no Chroma at all
