"""The seed corpus as tests use it: a private copy of the tracked seed files, never the working tree.

A stray file in the working tree's corpus/ (an upload, a scratch article) must not change what a
test sees, so tests ingest a copy made from the committed seed files only.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_DIR = ROOT / "corpus"


def seed_files() -> list[Path]:
    """The seed corpus's files as git tracks them (articles and registries), or its top-level files
    outside a checkout."""
    listed = subprocess.run(["git", "ls-files", "corpus"], cwd=ROOT, capture_output=True, text=True, check=False)
    names = [ROOT / n for n in listed.stdout.split()] if listed.returncode == 0 and listed.stdout.strip() else []
    return names or sorted(p for p in SEED_DIR.iterdir() if p.is_file())


def copy_seed(dest: Path) -> Path:
    """Copy the seed corpus into `dest` (created) and return it."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in seed_files():
        if path.parent == SEED_DIR and path.name != "README.md":
            shutil.copy2(path, dest / path.name)
    return dest
