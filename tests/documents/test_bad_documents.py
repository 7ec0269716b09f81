"""Bad documents: each one is reported with a clear per-file message, counted in the ingest
report, and never stops the rest of the ingest."""

from __future__ import annotations

import codecs
import os
import shutil
import tempfile
import textwrap
import tracemalloc
from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.documents.load import load_file
from app.errors import CorpusError
from app.registry import Registry, load_registry
from app.store.embed import HashEmbedder
from app.text.sentences import split_sentences

GOOD = (
    "The harbour authority said on Tuesday that the new pier would open in June. "
    "Local fishermen told reporters they had not been consulted about the plan."
)


def assistant(tmp_path: Path, registry: Registry | None = None, **settings) -> Assistant:
    config = Config(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus", **settings)
    return Assistant(config=config, embedder=HashEmbedder(64), registry=registry or Registry())


def corpus_with(tmp_path: Path, name: str, data: bytes) -> Path:
    """A corpus folder holding one good article and the bad file `name`."""
    folder = tmp_path / "corpus"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return folder


def ingest_bad(tmp_path: Path, name: str, data: bytes, **settings):
    folder = corpus_with(tmp_path, name, data)
    report = assistant(tmp_path, **settings).ingest([folder])
    assert str(folder / "good.txt") in report.new, "one bad file must not stop the others"
    return report, str(folder / name)


def stored_texts(a: Assistant) -> list[str]:
    return [a.document(s.doc_id).text for s in a.sources()]


def test_empty_file_is_reported_as_empty_and_counted(tmp_path):
    report, bad = ingest_bad(tmp_path, "empty.txt", b"")
    assert "empty" in report.failed[bad]
    assert "1 failed" in report.summary()


def test_whitespace_only_file_is_reported_as_empty(tmp_path):
    report, bad = ingest_bad(tmp_path, "blank.txt", b" \n\t\r\n   \n")
    assert "only whitespace" in report.failed[bad]


def test_50_mb_file_is_refused_by_the_size_limit_without_being_read(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    huge = folder / "huge.txt"
    with huge.open("wb") as fh:  # sparse: 50 MB on paper, nothing on disk
        fh.truncate(50 * 1024 * 1024)
    tracemalloc.start()
    try:
        report = assistant(tmp_path).ingest([folder])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "52,428,800 bytes, over the 20,000,000-byte limit" in report.failed[str(huge)]
    assert str(folder / "good.txt") in report.new
    assert peak < 20 * 1024 * 1024, f"ingest allocated {peak:,} bytes: the big file was read"


def test_size_limit_is_configurable(tmp_path):
    report, bad = ingest_bad(tmp_path, "long.txt", ((GOOD + "\n") * 20).encode(), max_file_bytes=1000)
    assert "over the 1,000-byte limit" in report.failed[bad]


def test_png_renamed_to_txt_is_reported_as_binary(tmp_path):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    report, bad = ingest_bad(tmp_path, "picture.txt", png)
    assert "binary" in report.failed[bad]


def test_invalid_utf8_is_reported_with_the_byte_position(tmp_path):
    report, bad = ingest_bad(tmp_path, "latin1.txt", "Caf\u00e9 owners said prices rose.".encode("latin-1"))
    assert "not valid UTF-8" in report.failed[bad]
    assert "byte 3" in report.failed[bad]


def test_utf16_with_bom_is_decoded(tmp_path):
    text = "Der Hafen \u00f6ffnet im Juni, sagte die Beh\u00f6rde am Dienstag."
    report, bad = ingest_bad(tmp_path, "utf16.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert bad in report.new
    assert text in stored_texts(assistant(tmp_path))


def test_windows_line_endings_give_the_same_document_as_unix_ones(tmp_path):
    unix = "First paragraph of the report.\n\nSecond paragraph says the pier opens in June.\n"
    folder = corpus_with(tmp_path, "unix.txt", unix.encode())
    (folder / "windows.txt").write_bytes(unix.replace("\n", "\r\n").encode())
    report = assistant(tmp_path).ingest([folder])
    assert any("same article" in w for w in report.warnings)
    texts = stored_texts(assistant(tmp_path))
    assert len(texts) == 2 and not any("\r" in t for t in texts)
    again = assistant(tmp_path).ingest([folder])
    assert again.new == [] and again.changed == [] and len(again.unchanged) == 3, "both names stay on the one document"


def test_document_that_is_all_page_furniture_is_reported(tmp_path):
    furniture = "Home » News » World\nShare\nTweet\nAdvertisement\n728 x 90\nLeave a comment\nTags: politics\n"
    report, bad = ingest_bad(tmp_path, "furniture.txt", furniture.encode())
    assert "no article text left after removing page furniture" in report.failed[bad]


def test_single_line_200_kb_paragraph_is_chunked_with_exact_offsets(tmp_path):
    sentence = "The committee said the talks would continue next week despite objections. "
    paragraph = (sentence * (200_000 // len(sentence) + 1)).strip()
    report, bad = ingest_bad(tmp_path, "long.txt", paragraph.encode())
    assert bad in report.new
    a = assistant(tmp_path)
    doc = next(s for s in a.sources() if s.source == bad)
    assert doc.chunks > 100
    text = a.document(doc.doc_id).text
    answer = a.ask("When would the talks continue?")
    assert not answer.abstained and a.verify(answer) == []
    assert all(text[c.start : c.end] == c.quote for c in answer.citations if c.doc_id == doc.doc_id)


def test_single_line_paragraph_without_any_break_is_split(tmp_path):
    spans = split_sentences("x" * 200_000)
    assert len(spans) > 100 and spans[0].start == 0 and spans[-1].end == 200_000


def test_zero_width_characters_are_removed_and_rtl_text_is_kept(tmp_path):
    arabic = "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 \u0627\u0644\u0645\u0641\u0627\u0648\u0636\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631."
    text = f"The min\u200bister con\u200dfirmed the \u202eharbour\u202c deal.\n\n{arabic}\n\n\u200f\u2067Quoted\u2069 text stays.\n"
    report, bad = ingest_bad(tmp_path, "bidi.txt", text.encode())
    assert bad in report.new
    a = assistant(tmp_path)
    stored = next(t for t in stored_texts(a) if "harbour deal" in t)
    assert "The minister confirmed the harbour deal." in stored
    assert arabic in stored
    assert not any(ch in stored for ch in "\u200b\u200d\u202e\u202c\u200f\u2067\u2069")
    answer = a.ask("What did the minister confirm about the harbour deal?")
    assert not answer.abstained and a.verify(answer) == []


def test_same_file_name_in_two_folders_gives_two_documents(tmp_path):
    folder = tmp_path / "corpus"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    (folder / "a" / "story.txt").write_text("Outlet A reported that the bridge collapsed on Monday night.")
    (folder / "b" / "story.txt").write_text("Outlet B reported that the bridge was closed for repairs.")
    report = assistant(tmp_path).ingest([folder])
    assert sorted(report.new) == [str(folder / "a" / "story.txt"), str(folder / "b" / "story.txt")]
    assert len(assistant(tmp_path).sources()) == 2


def test_registry_entry_names_one_of_two_same_named_files_by_folder(tmp_path):
    registry_file = tmp_path / "outlets.yaml"
    registry_file.write_text(textwrap.dedent("""\
        outlets:
          - name: Outlet A
          - name: Outlet B
        documents:
          - file: a/story.txt
            outlet: Outlet A
          - file: story.txt
            outlet: Outlet B
        """))
    registry = load_registry(registry_file)
    assert registry.document("corpus/a/story.txt").outlet == "Outlet A"
    assert registry.document("corpus/b/story.txt").outlet == "Outlet B"
    assert registry.document("corpus/b/mystory.txt") is None, "a file name must match whole, not as a suffix"


def test_symlink_loop_file_is_reported_and_the_rest_ingested(tmp_path):
    folder = corpus_with(tmp_path, "placeholder.txt", GOOD.replace("June", "July").encode())
    os.symlink("loop.txt", folder / "loop.txt")
    report = assistant(tmp_path).ingest([folder])
    assert "symbolic links" in report.failed[str(folder / "loop.txt")]
    assert str(folder / "placeholder.txt") in report.new


def test_symlinked_folder_loop_is_not_followed_forever(tmp_path):
    folder = corpus_with(tmp_path, "sub/deep.txt", GOOD.replace("June", "May").encode())
    os.symlink("..", folder / "sub" / "up")
    report = assistant(tmp_path).ingest([folder])
    assert sorted(report.new) == [str(folder / "good.txt"), str(folder / "sub" / "deep.txt")]
    assert not report.failed


def test_broken_symlink_is_reported_as_unreadable(tmp_path):
    folder = corpus_with(tmp_path, "placeholder.txt", GOOD.replace("June", "July").encode())
    os.symlink("missing.txt", folder / "dangling.txt")
    report = assistant(tmp_path).ingest([folder])
    assert "cannot read" in report.failed[str(folder / "dangling.txt")]


def test_unreadable_file_is_reported_with_permission_denied(tmp_path, monkeypatch):
    """Root reads any file, so the EACCES path is driven by a fake read that raises it."""
    folder = corpus_with(tmp_path, "secret.txt", GOOD.replace("June", "July").encode())
    real_read = Path.read_bytes

    def read_bytes(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    report = assistant(tmp_path).ingest([folder])
    assert "cannot read: Permission denied" in report.failed[str(folder / "secret.txt")]
    assert str(folder / "good.txt") in report.new


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX permissions only")
def test_unreadable_file_gives_permission_denied_for_a_real_unprivileged_reader():
    """chmod 000 is real here; as root, a forked reader drops to uid 65534 so the check applies."""
    folder = Path(tempfile.mkdtemp(prefix="byline-perm-"))  # under /tmp: reachable by any user
    try:
        folder.chmod(0o755)
        secret = folder / "secret.txt"
        secret.write_text(GOOD)
        secret.chmod(0)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: become an ordinary user, try to load, report the message
            try:
                if os.geteuid() == 0:
                    os.setgid(65534)
                    os.setuid(65534)
                try:
                    load_file(secret)
                    message = "read succeeded"
                except CorpusError as exc:
                    message = str(exc)
                os.write(write_end, message.encode())
            finally:
                os._exit(0)
        os.close(write_end)
        os.waitpid(pid, 0)
        with os.fdopen(read_end) as fh:
            message = fh.read()
        assert message == f"{secret}: cannot read: Permission denied"
    finally:
        shutil.rmtree(folder)


def test_unsupported_file_type_is_skipped_not_failed(tmp_path):
    report, bad = ingest_bad(tmp_path, "notes.docx", b"PK\x03\x04")
    assert "unsupported file type '.docx'" in report.skipped[bad]
    assert "1 skipped" in report.summary()


def test_reingest_after_bad_files_changes_nothing(tmp_path):
    folder = corpus_with(tmp_path, "empty.txt", b"")
    assistant(tmp_path).ingest([folder])
    again = assistant(tmp_path).ingest([folder])
    assert again.new == [] and again.chunks_added == 0 and str(folder / "empty.txt") in again.failed


def test_load_file_names_the_file_in_every_error(tmp_path):
    bad = tmp_path / "x.txt"
    bad.write_bytes(b"\xff\xfe\xfd")
    with pytest.raises(Exception) as info:
        load_file(bad)
    assert str(bad) in str(info.value)


def test_document_of_many_lines_starting_with_home_is_cleaned(tmp_path):
    """20,000 'Home …' lines: breadcrumb detection used to compare every line with every other."""
    lines = [f"Home rule debate, day {i}: the council met again and voted on the budget." for i in range(20_000)]
    report, bad = ingest_bad(tmp_path, "home.txt", "\n".join(lines).encode())
    assert bad in report.new


def test_breadcrumb_ending_with_the_title_line_is_removed():
    from app.documents.clean import clean

    title = "Minister says talks will resume next week"
    text = f"Home News Politics {title}\n{title}\nHome owners protested outside the ministry on Monday."
    assert clean(text) == f"{title}\n\nHome owners protested outside the ministry on Monday."


def test_metadata_sidecar_that_is_not_an_object_is_reported(tmp_path):
    folder = corpus_with(tmp_path, "story.txt", GOOD.replace("June", "July").encode())
    (folder / "story.txt.meta.json").write_text("[1, 2]")
    report = assistant(tmp_path).ingest([folder])
    assert "metadata file must hold a JSON object, not list" in report.failed[str(folder / "story.txt")]
    assert str(folder / "good.txt") in report.new


def test_loader_crash_on_one_file_is_reported_and_the_rest_ingested(tmp_path, monkeypatch):
    """A bug in a format loader (a third-party parser failing on an odd file) stays per-file."""
    from app.documents import load

    def broken(path, data):
        raise IndexError("list index out of range")

    monkeypatch.setitem(load.LOADERS, ".odd", broken)
    report, bad = ingest_bad(tmp_path, "weird.odd", b"anything")
    assert report.failed[bad] == f"{bad}: could not be read (IndexError: list index out of range)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
def test_named_pipe_in_the_corpus_is_not_read(tmp_path):
    """Reading a FIFO would block the ingest forever; only regular files are documents."""
    folder = corpus_with(tmp_path, "placeholder.txt", GOOD.replace("June", "July").encode())
    os.mkfifo(folder / "pipe.txt")
    report = assistant(tmp_path).ingest([folder])
    assert sorted(report.new) == [str(folder / "good.txt"), str(folder / "placeholder.txt")]
