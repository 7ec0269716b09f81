"""Memory bombs are refused before the work is done (issue 18, case 1 and 4): YAML aliases and
nesting, JSON nesting, pages with a million elements and metadata fields of any size are
bounded; the bad document fails alone with a one-line message and the others are indexed."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.documents.load import load_file
from app.documents.load.html import MAX_TAGS
from app.errors import ConfigError, CorpusError
from app.registry import Registry, load_registry
from app.store.embed import HashEmbedder

GOOD = "The harbour authority said on Tuesday that the new pier would open in June."


def alias_bomb(levels: int = 8, width: int = 9, key: str = "title") -> str:
    """`&a [*a, *a, ...]` nested `levels` deep: a few hundred bytes that stand for width**levels values."""
    lines = [f"a0: &a0 [{', '.join(['lol'] * width)}]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * width)}]" for i in range(1, levels + 1)]
    return "\n".join(lines) + f"\n{key}: *a{levels}\n"


def assistant(tmp_path: Path) -> Assistant:
    config = Config(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus", upload_dir=tmp_path / "uploads")
    return Assistant(config=config, embedder=HashEmbedder(64), registry=Registry())


def corpus(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    for name, data in files.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return folder


def test_yaml_alias_bomb_in_front_matter_is_refused_before_it_expands(tmp_path):
    bomb = f"---\n{alias_bomb()}outlet: Harbour Times\n---\nThe canal is clean, the mayor said.\n"
    assert len(bomb.encode()) < 600
    folder = corpus(tmp_path, {"bomb.md": bomb})
    load_file(folder / "good.txt")  # imports done: the peak below is the bomb's alone
    tracemalloc.start()
    with pytest.raises(CorpusError, match="expands to more than"):
        load_file(folder / "bomb.md")
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 5_000_000  # 8 levels stand for 43 million strings: gigabytes once built
    report = assistant(tmp_path).ingest([folder])
    assert "expands to more than" in report.failed[str(folder / "bomb.md")]
    assert [Path(s).name for s in report.new] == ["good.txt"]
    assert (tmp_path / "index" / "manifest.json").stat().st_size < 20_000


def test_uploaded_alias_bomb_is_refused_and_nothing_is_written(tmp_path):
    a = assistant(tmp_path)
    a.ingest([corpus(tmp_path, {})])
    with pytest.raises(CorpusError, match="expands to more than"):
        a.add_document("bomb.md", f"---\n{alias_bomb()}---\nThe canal is clean.\n".encode())
    assert not any((tmp_path / "uploads").glob("bomb*"))
    assert all(len(s.title or "") < 200 for s in a.sources())


def test_registry_alias_bomb_is_one_short_config_error(tmp_path):
    path = tmp_path / "outlets.yaml"
    path.write_text(alias_bomb(key="outlets"), encoding="utf-8")
    with pytest.raises(ConfigError, match="refused: the YAML expands to more than") as err:
        load_registry(path)
    assert len(str(err.value)) < 300


def test_deeply_nested_front_matter_fails_alone(tmp_path):
    deep = "---\ntitle: " + "[" * 50_000 + "x" + "]" * 50_000 + "\n---\nThe canal is clean, the mayor said.\n"
    report = assistant(tmp_path).ingest([corpus(tmp_path, {"deep.md": deep})])
    assert "nested" in report.failed[str(tmp_path / "corpus" / "deep.md")]
    assert [Path(s).name for s in report.new] == ["good.txt"]


def test_jsonl_line_nested_100k_deep_fails_alone(tmp_path):
    lines = [json.dumps({"text": "The ferry strike ended, the union said.", "outlet": "Dock Weekly"}),
             '{"text": "x", "outlet": ' + "[" * 100_000 + "]" * 100_000 + "}",
             json.dumps({"text": "The lighthouse was repaired, the council said.", "outlet": "Dock Weekly"})]
    folder = corpus(tmp_path, {"bulk.jsonl": "\n".join(lines)})
    report = assistant(tmp_path).ingest([folder])
    assert report.failed == {f"{folder}/bulk.jsonl#2": f"{folder}/bulk.jsonl#2: JSON nested too deeply to read"}
    assert len(report.new) == 3


def test_lone_surrogate_in_jsonl_metadata_fails_only_that_line_and_reruns_agree(tmp_path):
    lines = [json.dumps({"text": "The ferry strike ended, the union said.", "outlet": "Dock Weekly"}),
             '{"text": "The pier reopened, officials said.", "outlet": "Bad \\ud800 Outlet"}',
             '{"text": "The canal \\udfff is clean.", "outlet": "Dock Weekly"}',
             json.dumps({"text": "The lighthouse was repaired, the council said.", "outlet": "Dock Weekly"})]
    folder = corpus(tmp_path, {"bulk.jsonl": "\n".join(lines)})
    a = assistant(tmp_path)
    first = a.ingest([folder])
    assert "lone surrogate U+D800" in first.failed[f"{folder}/bulk.jsonl#2"]
    assert "not valid Unicode" in first.failed[f"{folder}/bulk.jsonl#3"]
    assert len(first.new) == 3
    second = a.ingest([folder])
    assert second.failed == first.failed and len(second.unchanged) == 3


@pytest.mark.parametrize("value", ["x" * 5_000, ["x"] * 1_000, {"nested": "object"}], ids=["long", "many", "object"])
def test_oversized_or_structured_metadata_fields_fail_alone(tmp_path, value):
    lines = [json.dumps({"text": "The pier reopened, officials said.", "outlet": "Dock Weekly", "title": value})]
    folder = corpus(tmp_path, {"bulk.jsonl": "\n".join(lines)})
    report = assistant(tmp_path).ingest([folder])
    assert "metadata field title" in report.failed[f"{folder}/bulk.jsonl#1"]
    assert [Path(s).name for s in report.new] == ["good.txt"]


def test_page_with_too_many_elements_is_refused_before_parsing(tmp_path):
    page = tmp_path / "huge.html"
    page.write_bytes(b"<html><body>" + b"<i>x</i>" * (MAX_TAGS // 2 + 1) + b"<p>The pier reopened.</p></body></html>")
    small = tmp_path / "small.html"
    small.write_bytes(b"<html><body><p>The pier reopened, officials said on Monday.</p></body></html>")
    load_file(small)  # imports done: the peak below is the big page's alone
    tracemalloc.start()
    with pytest.raises(CorpusError, match="tags, over the"):
        load_file(page)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 3 * page.stat().st_size  # the bytes and a count, not a tree of 100,000 elements
