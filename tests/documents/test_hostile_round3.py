"""Hostile cases, third round (issue 18, probed again from the outside): odd encodings, NUL bytes,
symlinks out of the corpus, a huge single line, thousands of tiny files, a read-only index, a
registry edited during an ingest. Each is a clear per-file error or a safe result."""

from __future__ import annotations

import codecs
import errno
import json
import os
from pathlib import Path

import pytest
from integr_support import assistant, write_lake_docs

from app.errors import IndexWriteError

LINE = "The harbour master said the pier was safe after the storm."


def one(tmp_path: Path, name: str, data: bytes, outlet: str = "Lake Gazette"):
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    (folder / name).write_bytes(data)
    (folder / f"{name}.meta.json").write_text(json.dumps({"outlet": outlet}), encoding="utf-8")
    a = assistant(tmp_path / "index")
    return a, a.ingest([folder])


def test_utf8_bom_in_a_text_file_is_not_part_of_the_text(tmp_path):
    a, report = one(tmp_path, "bom.txt", codecs.BOM_UTF8 + LINE.encode())
    assert report.new and not report.failed
    [info] = a.sources()
    assert not a.document(info.doc_id).text.startswith("\ufeff")


def test_utf8_bom_in_a_sidecar_is_read(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(LINE, encoding="utf-8")
    (folder / "a.txt.meta.json").write_bytes(codecs.BOM_UTF8 + json.dumps({"outlet": "Lake Gazette"}).encode())
    a = assistant(tmp_path / "index")
    report = a.ingest([folder])
    assert not report.failed, report.failed
    assert a.sources()[0].outlet == "Lake Gazette"


def test_utf8_bom_on_a_jsonl_file_keeps_its_first_line(tmp_path):
    lines = [json.dumps({"text": LINE, "outlet": "Lake Gazette"}), json.dumps({"text": LINE + " Again.", "outlet": "Lake Gazette"})]
    _, report = one(tmp_path, "bulk.jsonl", codecs.BOM_UTF8 + "\n".join(lines).encode())
    assert len(report.new) == 2 and not report.failed


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_refused_as_binary(tmp_path, codec):
    _, report = one(tmp_path, "u16.txt", LINE.encode(codec))
    [(source, why)] = report.failed.items()
    assert "binary" in why and "Traceback" not in why


def test_utf16_with_bom_and_a_lone_surrogate_fails_alone(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "bad.txt").write_bytes(codecs.BOM_UTF16_LE + LINE.encode("utf-16-le") + b"\x00\xd8")
    (folder / "good.txt").write_text(LINE + " Good.", encoding="utf-8")
    report = assistant(tmp_path / "index").ingest([folder])
    assert "UTF-16" in report.failed[str(folder / "bad.txt")]
    assert report.new == [str(folder / "good.txt")]


def test_nul_byte_after_the_first_8_kb_is_not_stored(tmp_path):
    text = (LINE + "\n") * 200 + "Hidden\x00 tail sentence about the pier."
    a, report = one(tmp_path, "nul.txt", text.encode())
    if report.failed:  # refused as binary: a safe result too
        assert "binary" in next(iter(report.failed.values()))
        return
    assert "\x00" not in a.document(a.sources()[0].doc_id).text


def test_a_symlink_out_of_the_corpus_is_not_followed(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("The private key is hunter2 and the vault code is 4242.", encoding="utf-8")
    folder = write_lake_docs(tmp_path / "docs")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "sub").mkdir()
    (folder / "sub" / "dir").symlink_to(secret.parent, target_is_directory=True)
    a = assistant(tmp_path / "index")
    report = a.ingest([folder])
    assert all("secret" not in s.source and "leak" not in s.source for s in a.sources())
    assert "outside the folder being ingested" in report.failed[str(folder / "leak.txt")]
    assert not a.ask("What is the vault code?").citations or all(
        "hunter2" not in c.quote for c in a.ask("What is the vault code?").citations)


def test_a_symlink_inside_the_corpus_is_still_read(tmp_path):
    folder = write_lake_docs(tmp_path / "docs")
    (folder / "sub").mkdir()
    (folder / "sub" / "alias.txt").symlink_to(folder / "gazette.txt")
    report = assistant(tmp_path / "index").ingest([folder])
    assert not report.failed and not report.skipped
    assert len(report.new) == 2  # the link and its target are one file, read once


@pytest.mark.slow  # about a minute on the shared machine
def test_a_huge_single_line_is_ingested_with_exact_offsets(tmp_path):
    text = " ".join(f"Pier {n} was inspected by engineers on the quay." for n in range(60_000))  # ~3 MB, no newline
    a, report = one(tmp_path, "long.txt", text.encode())
    assert report.new and not report.failed
    answer = a.ask("Was pier 31337 inspected?")
    stored = a.document(a.sources()[0].doc_id).text
    assert all(stored[c.start:c.end] == c.quote for c in answer.citations)


@pytest.mark.slow  # one Chroma upsert per document: minutes on the shared machine (docs/robustness.md)
def test_thousands_of_tiny_files(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for n in range(2000):
        (folder / f"n{n:04}.txt").write_text(f"Note {n}: the ferry number {n} left the quay on time.", encoding="utf-8")
    a = assistant(tmp_path / "index")
    report = a.ingest([folder])
    assert len(report.new) == 2000 and not report.failed
    assert len(a.sources()) == 2000
    assert a.ingest([folder]).chunks_added == 0


def test_a_read_only_index_is_one_line_and_keeps_what_was_committed(tmp_path, monkeypatch):
    a = assistant(tmp_path / "index")
    a.ingest([write_lake_docs(tmp_path / "docs")])
    before = (tmp_path / "index" / "manifest.json").read_bytes()
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "n.txt").write_text("Skaters said the ice was thick in May.", encoding="utf-8")
    real = os.replace

    def read_only(src, dst, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(dst))

    monkeypatch.setattr(os, "replace", read_only)
    with pytest.raises(IndexWriteError, match=r"^cannot write the index at .*: Read-only file system"):
        a.ingest([tmp_path / "more"])
    monkeypatch.setattr(os, "replace", real)
    assert (tmp_path / "index" / "manifest.json").read_bytes() == before
    assert a.ask("Did the lake freeze in May?").citations  # reads go on from what was committed


def test_registry_edited_during_an_ingest_is_read_once(tmp_path):
    corpus = write_lake_docs(tmp_path / "corpus")
    registry = corpus / "outlets.yaml"
    registry.write_text("outlets:\n  - name: Lake Gazette\n  - name: Valley Herald\n", encoding="utf-8")
    a = assistant(tmp_path / "index", corpus_dir=corpus)
    edits = []

    def edit(path: str) -> None:  # the first file is being read: someone rewrites the registry
        if not edits:
            registry.write_text("outlets: [[[", encoding="utf-8")
            edits.append(path)

    report = a.ingest([corpus], progress=edit)
    assert edits and len(report.new) == 2 and not report.failed
    snapshot = json.loads((tmp_path / "index" / "registry.json").read_text(encoding="utf-8"))
    assert [o["name"] for o in snapshot["outlets"]] == ["Lake Gazette", "Valley Herald"]
