"""Questions read the last committed state while a write runs in another thread (issue 18: asks
don't wait for uploads). The write is paused at its progress callback, after its first document is
already in Chroma and in manifest.json: an ask from another thread must neither wait nor see it."""

from __future__ import annotations

import errno
import json
import threading

import pytest
from integr_support import assistant, write_lake_docs

from app.errors import IndexWriteError, QueryError

ZEPPELIN = "The zeppelin landed on the frozen lake in May, the airship crew said."


def more_docs(folder):
    folder.mkdir()
    (folder / "a_zeppelin.txt").write_text(ZEPPELIN, encoding="utf-8")
    (folder / "b_balloon.txt").write_text("A red balloon drifted over the lake in June, the crew said.", encoding="utf-8")
    for name in ("a_zeppelin.txt", "b_balloon.txt"):
        (folder / f"{name}.meta.json").write_text(json.dumps({"outlet": "Lake Gazette"}), encoding="utf-8")
    return folder


def in_another_thread(fn):
    out: list = []
    t = threading.Thread(target=lambda: out.append(_call(fn)))
    t.start()
    t.join(120)
    assert out, "a read waited for the write"
    return out[0]


def _call(fn):
    try:
        return fn()
    except Exception as exc:  # returned, to be asserted on in the test's thread
        return exc


def test_reads_during_a_write_see_the_state_it_started_from(tmp_path):
    a = assistant(tmp_path / "index", embed_batch=1)  # each document is stored and committed at once
    a.ingest([write_lake_docs(tmp_path / "docs")])
    before = a.sources()
    seen: dict[str, object] = {}

    def pause(path: str) -> None:
        if path.endswith("b_balloon.txt"):  # the zeppelin note is already in Chroma and manifest.json
            committed = json.loads((tmp_path / "index" / "manifest.json").read_text(encoding="utf-8"))["documents"]
            seen["committed"] = len(committed)
            seen["answer"] = in_another_thread(lambda: a.ask("Where did the zeppelin land?"))
            seen["sources"] = in_another_thread(a.sources)
            new_id = next(d for d in committed if d not in {s.doc_id for s in before})
            seen["document"] = in_another_thread(lambda: a.document(new_id))

    a.ingest([more_docs(tmp_path / "more")], progress=pause)
    assert seen["committed"] == len(before) + 1  # the test paused where it meant to
    assert all("zeppelin" not in c.quote for c in seen["answer"].citations)
    assert seen["sources"] == before
    assert isinstance(seen["document"], QueryError)
    assert any("zeppelin" in c.quote for c in a.ask("Where did the zeppelin land?").citations)  # after: visible
    assert len(a.sources()) == len(before) + 2


def test_a_failed_write_leaves_readers_on_what_it_committed(tmp_path):
    """The second document of a batch fails to store (disk full): the first is in the store's
    memory but was never committed, so readers must not see it."""
    a = assistant(tmp_path / "index")
    a.ingest([write_lake_docs(tmp_path / "docs")])
    store, save = a._store, a._store._save_text

    def full(doc_id: str, text: str) -> None:
        if "balloon" in text:
            raise OSError(errno.ENOSPC, "No space left on device")
        save(doc_id, text)

    store._save_text = full
    with pytest.raises(IndexWriteError, match="disk full"):
        a.ingest([more_docs(tmp_path / "more")])
    committed = json.loads((tmp_path / "index" / "manifest.json").read_text(encoding="utf-8"))["documents"]
    assert sorted(s.doc_id for s in a.sources()) == sorted(committed)
    answer = a.ask("Where did the zeppelin land?")
    assert all("zeppelin" not in c.quote for c in answer.citations) and not a.verify(answer)
