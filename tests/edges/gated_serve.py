"""`byline` (the real CLI) with a hash embedder that stops at a gate: any embed call holding the
word GATEWORD (an upload's text) writes `<gate>/entered` and waits until `<gate>/open` exists.
Run as `python tests/edges/gated_serve.py serve --index …` with BYLINE_TEST_GATE=<folder>: the test
sees an ingest in progress for as long as it wants, without timing anything."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import app.api  # noqa: E402
from app.store.embed import HashEmbedder  # noqa: E402

GATEWORD = "gate7f3a"  # in the upload only: questions embed without waiting


class GatedEmbedder(HashEmbedder):
    def embed(self, texts):
        if any(GATEWORD in t.lower() for t in texts):
            gate = Path(os.environ["BYLINE_TEST_GATE"])
            (gate / "entered").touch()
            deadline = time.monotonic() + 120  # a forgotten gate does not hang the suite forever
            while not (gate / "open").exists() and time.monotonic() < deadline:
                time.sleep(0.02)
        return super().embed(texts)


app.api.make_embedder = lambda name: GatedEmbedder(int(name.split("-", 1)[1]))

if __name__ == "__main__":
    from app.edges.cli import main

    main()
