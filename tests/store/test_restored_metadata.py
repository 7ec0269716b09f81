"""A document stored again with the same chunks replaces their metadata: a key the new metadata no longer has (a
sentence chain a changed attribution rule removed, a date a corrected front matter dropped) is gone, not kept from
the earlier version (Chroma's upsert merges metadata keys, and `chroma_meta` leaves None values out)."""

from __future__ import annotations

import numpy as np

from app.documents.chunk import Chunk, chunk_id
from app.store.local import Store


def _put(store: Store, meta: dict) -> None:
    text = "A former official told reporters the plan was secret."
    chunk = Chunk(chunk_id("doc", 0, text), "doc", 0, len(text), text)
    store.put("doc", text, {"sources": ["doc.txt"], "meta": {}, "chars": len(text)}, [chunk],
              np.ones((1, 8), dtype=np.float32), [{"doc_id": "doc", "start": 0, "end": len(text), **meta}])
    store.commit()


def test_a_chain_removed_on_re_ingest_is_not_kept_from_the_earlier_version(tmp_path):
    store = Store.open(tmp_path / "index", embedder="hash-8", dim=8, chunking={"chunk_words": 10}, create=True)
    _put(store, {"chains": '[[0, 52, [["NSA", "quotes"]]]]', "date": "2013-06-07"})
    _put(store, {"chains": None, "date": None})
    [chunk] = list(store.iter_chunks())
    assert "chains" not in chunk.meta and "date" not in chunk.meta
    assert store.count() == 1
