"""A DELETE of a document the index does not hold is refused before any write starts, so it does not drop the
store a question is reading: two DELETEs racing for one document (the twin is refused) while questions run must
leave every question that read the document before it went with "just removed", never "missing, re-ingest" (503)."""

from __future__ import annotations

import pytest

from app.errors import QueryError


def test_a_refused_delete_keeps_the_store_a_question_reads(make_assistant, tmp_path):
    from seed import copy_seed

    make_assistant(copy_seed(tmp_path / "seed")).ingest([tmp_path / "seed"])
    a = make_assistant(tmp_path / "seed")  # a new process: no text read yet
    view = a._reader()  # the state a question in flight reads
    gone = next(iter(view.manifest.documents))
    with pytest.raises(QueryError, match="no document"):
        a.remove_document("0000000000000000")  # the racing twin of a DELETE: refused
    a.remove_document(gone)
    with pytest.raises(QueryError, match="just removed"):
        view.text(gone)
