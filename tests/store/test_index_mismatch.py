"""Index mismatch: an index built with other settings is refused with the rebuild command;
vectors from two embedders or two chunkings are never mixed."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.api import Assistant
from app.config import Config
from app.errors import IndexMismatchError
from app.registry import Registry
from app.store.embed import HashEmbedder

ARTICLE = "The harbour authority said on Tuesday that the new pier would open in June."


class OtherEmbedder(HashEmbedder):
    """Same dimension as hash-64, different model: its vectors must not join hash-64 ones."""

    def __init__(self) -> None:
        super().__init__(64)
        self.name = "other-64"

    def embed(self, texts):
        return np.roll(super().embed(texts), 1, axis=1)


def build(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "pier.txt").write_text(ARTICLE)
    assistant(tmp_path).ingest([corpus])
    return corpus


def assistant(tmp_path: Path, embedder=None, **settings) -> Assistant:
    config = Config(index_dir=tmp_path / "index", **settings)
    return Assistant(config=config, embedder=embedder or HashEmbedder(64), registry=Registry())


def assert_refused(tmp_path: Path, a: Assistant, corpus: Path, reason: str) -> None:
    manifest = (tmp_path / "index" / "manifest.json").read_bytes()
    for action in (lambda: a.ask("When will the pier open?"), lambda: a.ingest([corpus])):
        with pytest.raises(IndexMismatchError) as info:
            action()
        message = str(info.value)
        assert reason in message
        assert f"rebuild it with: rm -rf {tmp_path / 'index'} && byline ingest corpus/ --index {tmp_path / 'index'}" in message
    assert (tmp_path / "index" / "manifest.json").read_bytes() == manifest
    assert assistant(tmp_path).ask("When will the pier open?").citations, "the original index still answers"


def test_index_built_with_another_embedder_dimension_is_refused(tmp_path):
    corpus = build(tmp_path)
    assert_refused(tmp_path, assistant(tmp_path, HashEmbedder(128)), corpus, "embedder hash-64 (64d), not hash-128 (128d)")


def test_index_built_with_another_embedder_of_the_same_dimension_is_refused(tmp_path):
    corpus = build(tmp_path)
    assert_refused(tmp_path, assistant(tmp_path, OtherEmbedder()), corpus, "embedder hash-64 (64d), not other-64 (64d)")


def test_index_built_with_another_chunk_size_is_refused(tmp_path):
    corpus = build(tmp_path)
    assert_refused(tmp_path, assistant(tmp_path, chunk_words=50), corpus, "chunking {'chunk_overlap': 1, 'chunk_words': 110}")


def test_index_built_with_another_overlap_is_refused(tmp_path):
    corpus = build(tmp_path)
    assert_refused(tmp_path, assistant(tmp_path, chunk_overlap=2), corpus, "'chunk_overlap': 2")


def test_index_with_a_newer_schema_version_is_refused(tmp_path):
    corpus = build(tmp_path)
    path = tmp_path / "index" / "manifest.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), "schema_version": 99}))
    with pytest.raises(IndexMismatchError, match=r"schema version 99 \(this byline reads 1\); rebuild it with"):
        assistant(tmp_path).ask("When will the pier open?")
    with pytest.raises(IndexMismatchError, match="schema version 99"):
        assistant(tmp_path).ingest([corpus])
    assert json.loads(path.read_text())["schema_version"] == 99


@pytest.mark.parametrize(
    "content",
    ['{"embedder": "hash-64", "dim": 64', "[]", '{"embedder": "hash-64"}', '{"embedder": "hash-64", "dim": 64, '
     '"chunking": {"chunk_words": 110, "chunk_overlap": 1}, "documents": []}', "\x00\x01binary"],
    ids=["truncated", "list", "missing-keys", "documents-not-a-mapping", "binary"],
)
def test_unreadable_manifest_is_refused_with_the_rebuild_command(tmp_path, content):
    build(tmp_path)
    (tmp_path / "index" / "manifest.json").write_text(content)
    with pytest.raises(IndexMismatchError, match="manifest.json is unreadable .*; rebuild it with: rm -rf"):
        assistant(tmp_path).ask("When will the pier open?")


def test_chunks_left_without_a_manifest_never_clash_with_a_new_embedder(tmp_path):
    """A first ingest killed before its manifest was written leaves unowned vectors behind."""
    corpus = build(tmp_path)
    (tmp_path / "index" / "manifest.json").unlink()
    report = assistant(tmp_path, HashEmbedder(128)).ingest([corpus])
    assert report.new == [str(corpus / "pier.txt")]
    answer = assistant(tmp_path, HashEmbedder(128)).ask("When will the pier open?")
    assert [c.quote for c in answer.citations] == [ARTICLE]
