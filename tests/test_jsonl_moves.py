"""Records are identified by their content, not their line number (issue 18, case 8): one line
inserted at the top of a 300-line .jsonl embeds one record, not 301."""

from __future__ import annotations

import json

from app.api import Assistant
from app.config import Config
from app.store.embed import HashEmbedder


def line(n: int) -> str:
    return json.dumps({"text": f"Report {n}: the council said pier {n} will reopen after repairs number {n}.",
                       "outlet": "Harbour Times"})


def test_a_line_inserted_at_the_top_embeds_one_record(tmp_path):
    bulk = tmp_path / "in" / "bulk.jsonl"
    bulk.parent.mkdir()
    bulk.write_text("\n".join(line(n) for n in range(300)), encoding="utf-8")
    a = Assistant(config=Config(index_dir=tmp_path / "index"), embedder=HashEmbedder(32))
    first = a.ingest([bulk.parent])
    assert len(first.new) == 300
    bulk.write_text("\n".join(line(n) for n in [999, *range(300)]), encoding="utf-8")
    second = a.ingest([bulk.parent])
    assert second.chunks_added == first.chunks_added // 300  # the new record's chunks only
    assert len(a.sources()) == 301 and second.removed == []
    sources = {s.source.rsplit("#", 1)[-1] for s in a.sources()}
    assert sources == {str(n) for n in range(1, 302)}
    third = a.ingest([bulk.parent])
    assert third.chunks_added == 0 and len(third.unchanged) == 301
