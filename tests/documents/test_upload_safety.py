"""Uploads through Assistant.add_document: hostile names, oversize and wrong types are refused
with a message, and nothing is ever written outside upload_dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.errors import BylineError, CorpusError, QueryError
from app.registry import Registry
from app.store.embed import HashEmbedder

ARTICLE = b"The harbour authority said on Tuesday that the new pier would open in June."


@pytest.fixture
def setup(tmp_path):
    """An assistant whose upload_dir sits two levels down, so '../..' has somewhere to go."""
    upload_dir = tmp_path / "srv" / "data" / "uploads"
    config = Config(index_dir=tmp_path / "srv" / "index", upload_dir=upload_dir, max_file_bytes=10_000)
    a = Assistant(config=config, embedder=HashEmbedder(64), registry=Registry())
    return a, tmp_path, upload_dir


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


def written_outside(root: Path, before: set[Path], a: Assistant) -> set[Path]:
    allowed = (a.config.upload_dir, a.config.index_dir)
    return {p for p in files_under(root) - before if not any(p.is_relative_to(d) for d in allowed)}


@pytest.mark.parametrize(
    "name, stored",
    [
        ("../../escape.txt", "escape.txt"),
        ("../../../../../../tmp/escape.txt", "escape.txt"),
        ("/etc/cron.d/escape.txt", "escape.txt"),
        ("..\\..\\windows.txt", "windows.txt"),
        ("C:\\Users\\x\\drive.txt", "drive.txt"),
        ("nul\x00byte.txt", "nul_byte.txt"),
        (".hidden.txt", "hidden.txt"),
        ("new\nline.txt", "new_line.txt"),
    ],
    ids=["dotdot", "deep-dotdot", "absolute", "backslash", "drive", "nul", "dotfile", "newline"],
)
def test_hostile_upload_name_is_reduced_to_a_base_name_inside_upload_dir(setup, name, stored):
    a, root, upload_dir = setup
    before = files_under(root)
    report = a.add_document(name, ARTICLE)
    assert report.new == [str(upload_dir / stored)]
    assert (upload_dir / stored).read_bytes() == ARTICLE
    assert written_outside(root, before, a) == set()


@pytest.mark.parametrize("name", ["../../etc/passwd", "..", "...", "", "/", "\\", " . "])
def test_upload_name_without_a_usable_file_is_refused(setup, name):
    a, root, _ = setup
    before = files_under(root)
    with pytest.raises((QueryError, CorpusError)):
        a.add_document(name, ARTICLE)
    assert files_under(root) == before


def test_passwd_upload_never_touches_etc_passwd(setup):
    a, _, _ = setup
    before = Path("/etc/passwd").read_bytes()
    with pytest.raises(CorpusError, match="passwd: unsupported file type"):
        a.add_document("../../../../../../etc/passwd", b"root::0:0::/root:/bin/sh\n")
    assert Path("/etc/passwd").read_bytes() == before


def test_oversize_upload_is_refused_with_the_configured_limit(setup):
    a, root, _ = setup
    before = files_under(root)
    with pytest.raises(CorpusError, match="big.txt: 10,001 bytes, over the 10,000-byte limit"):
        a.add_document("big.txt", b"a" * 10_001)
    assert files_under(root) == before


@pytest.mark.parametrize("name", ["tool.exe", "page.php", "archive.zip", "notes", "x.txt.meta.json", "outlets.yaml"])
def test_upload_of_an_unsupported_type_is_refused(setup, name):
    a, root, _ = setup
    before = files_under(root)
    with pytest.raises(CorpusError, match="unsupported file type"):
        a.add_document(name, ARTICLE)
    assert files_under(root) == before


@pytest.mark.parametrize(
    "data, why",
    [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"), (b"caf\xe9", "not valid UTF-8"), (b"  \n ", "empty"),
     (b"Share\nTweet\nAdvertisement\n", "page furniture")],
    ids=["png", "latin1", "blank", "furniture"],
)
def test_upload_whose_content_is_unusable_is_refused_before_anything_is_written(setup, data, why):
    a, root, _ = setup
    before = files_under(root)
    with pytest.raises(CorpusError, match=why):
        a.add_document("story.txt", data, outlet="Harbour Times")
    assert files_under(root) == before


def test_upload_over_a_planted_symlink_never_writes_through_it(setup):
    a, root, upload_dir = setup
    outside = root / "precious.txt"
    outside.write_bytes(b"do not overwrite")
    upload_dir.mkdir(parents=True)
    os.symlink(outside, upload_dir / "story.txt")
    report = a.add_document("story.txt", ARTICLE)
    assert outside.read_bytes() == b"do not overwrite"
    assert report.new == [str(upload_dir / "story-2.txt")]


def test_second_upload_with_the_same_name_keeps_the_first(setup):
    a, _, upload_dir = setup
    a.add_document("report.txt", ARTICLE, outlet="Harbour Times")
    other = b"Dock Weekly said the pier would not open before the autumn because of a strike."
    report = a.add_document("report.txt", other, outlet="Dock Weekly")
    assert report.new == [str(upload_dir / "report-2.txt")]
    assert (upload_dir / "report.txt").read_bytes() == ARTICLE
    assert sorted(s.outlet for s in a.sources()) == ["Dock Weekly", "Harbour Times"]


def test_uploading_the_same_bytes_again_changes_nothing(setup):
    a, _, upload_dir = setup
    a.add_document("report.txt", ARTICLE)
    again = a.add_document("report.txt", ARTICLE)
    assert again.unchanged == [str(upload_dir / "report.txt")] and again.new == []
    assert sorted(p.name for p in upload_dir.iterdir()) == ["report.txt"]


def test_very_long_upload_name_keeps_its_suffix_and_fits_the_file_system(setup):
    a, _, upload_dir = setup
    report = a.add_document("\u00e9" * 300 + ".txt", ARTICLE)
    (stored,) = report.new
    assert stored.endswith(".txt") and len(Path(stored).name.encode()) <= 200
    assert Path(stored).parent == upload_dir


def test_unknown_upload_metadata_field_is_refused(setup):
    a, root, _ = setup
    before = files_under(root)
    with pytest.raises(QueryError, match="unknown metadata field"):
        a.add_document("story.txt", ARTICLE, path="../../x")
    assert files_under(root) == before


def test_every_upload_error_is_a_byline_error(setup):
    a, _, _ = setup
    for name, data in [("a.exe", ARTICLE), ("..", ARTICLE), ("a.txt", b"\x00" * 20), ("a.txt", b"x" * 20_000)]:
        with pytest.raises(BylineError):
            a.add_document(name, data)


def test_upload_with_an_undeclared_stance_group_is_refused(tmp_path):
    from app.registry import StanceGroup

    registry = Registry(stance_groups=[StanceGroup(id="gov", label="Government media")])
    config = Config(index_dir=tmp_path / "index", upload_dir=tmp_path / "uploads")
    a = Assistant(config=config, embedder=HashEmbedder(64), registry=registry)
    with pytest.raises(QueryError, match="unknown stance group 'rebels'; known: gov"):
        a.add_document("story.txt", ARTICLE, stance="rebels")
    assert not (tmp_path / "uploads").exists()
    a.add_document("story.txt", ARTICLE, stance="government media")  # a label names its group
    assert [s.stance for s in a.sources()] == ["gov"]
