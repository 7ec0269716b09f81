"""A folder of 1,000 mixed documents: streamed, embedded in bounded batches, fully reported."""

import json
from pathlib import Path

import pytest
import yaml
from docfixtures import article, make_pdf, markdown_note, saved_page

from app.api import Assistant
from app.config import Config
from app.indexing.batcher import CALL_TEXTS
from app.registry import Registry
from app.store.embed import HashEmbedder

REGISTRY = Registry.model_validate({
    "outlets": [{"name": "Harbour Herald", "domains": ["harbourherald.com"], "signatures": ["HH/"]},
                {"name": "City Courier", "domains": ["courier.example"]}],
})


class RecordingEmbedder(HashEmbedder):
    """The hash fake, remembering how many texts each call embedded."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[int] = []

    def embed(self, texts):
        self.calls.append(len(texts))
        return super().embed(texts)


def write_folder(folder: Path, scale: int) -> dict[str, int]:
    """`scale` documents: 40% text, 25% saved pages, 15% Markdown, 10% PDF, 10% in one .jsonl,
    plus one bad .jsonl line, unsupported files and broken PDFs (scale/200 each, at least 1)."""
    folder.mkdir()
    share = {"txt": scale * 40 // 100, "html": scale * 25 // 100, "md": scale * 15 // 100, "pdf": scale // 10}
    share["jsonl"] = scale - sum(share.values())
    bad = max(1, scale // 200)
    n = 0
    for i in range(share["txt"]):
        (folder / f"t{i:04d}.txt").write_text(article(n) + ("\n\nHH/1" if i % 2 else ""))
        n += 1
    for i in range(share["html"]):
        (folder / f"h{i:04d}.html").write_text(saved_page([article(n)], title=f"Story {n}",
                                                          url=f"https://courier.example/{n}"))
        n += 1
    for i in range(share["md"]):
        (folder / f"m{i:04d}.md").write_text(markdown_note(article(n), outlet="Harbour Herald"))
        n += 1
    for i in range(share["pdf"]):
        (folder / f"p{i:04d}.pdf").write_bytes(make_pdf([[s + "." for s in article(n).split(". ")[:3]]]))
        n += 1
    lines = [json.dumps({"text": article(n + i), "site_name": "City Courier"}) for i in range(share["jsonl"])]
    (folder / "bulk.jsonl").write_text("\n".join(lines[:5] + ["not json"] + lines[5:]))
    for i in range(bad):
        (folder / f"x{i}.docx").write_bytes(b"PK\x03\x04")
        (folder / f"bad{i}.pdf").write_bytes(b"%PDF-1.4 broken")
    return {**share, "bad": bad, "files": sum(share[k] for k in ("txt", "html", "md", "pdf")) + 1 + 2 * bad}


@pytest.mark.parametrize("scale", [100, pytest.param(1000, marks=pytest.mark.slow)])
def test_a_folder_of_mixed_documents_ingests_in_bounded_batches_with_a_full_report(tmp_path, scale):
    counts = write_folder(tmp_path / "in", scale)
    embedder = RecordingEmbedder()
    registry = tmp_path / "outlets.yaml"
    registry.write_text(yaml.safe_dump(REGISTRY.model_dump()), encoding="utf-8")
    a = Assistant(config=Config.load(index_dir=tmp_path / "index", registry=registry), embedder=embedder)
    seen: list[str] = []
    report = a.ingest([tmp_path / "in"], progress=seen.append)

    assert len(seen) == counts["files"]  # one progress tick per file, streamed
    assert len(report.new) == scale and report.copies == {}  # similar templated articles are not copies
    assert len(report.skipped) == counts["bad"] and len(report.failed) == counts["bad"] + 1
    assert all("not a readable PDF" in why for path, why in report.failed.items() if path.endswith(".pdf"))
    assert report.outlet_rules == {"signature": counts["txt"] // 2, "unknown": counts["txt"] - counts["txt"] // 2 + counts["pdf"],
                                   "domain": counts["html"], "metadata": counts["md"], "site_name": counts["jsonl"]}
    largest_doc = max(s.chunks for s in a.sources())  # bounded batches, never the whole folder at once:
    assert max(embedder.calls) <= CALL_TEXTS  # one call per document, its new chunks and sentences together
    assert len(embedder.calls) >= report.chunks_added // (a.config.embed_batch + largest_doc)
    store = a._open()
    stored = [(store.text(s.doc_id), store.sentences(s.doc_id)) for s in a.sources() if s.chunks]
    sentences = [text[b:e] for text, st in stored for b, e in zip(st.starts, st.ends)]  # stored for quote choice
    distinct = len({c.text for c in store.iter_chunks()} | set(sentences))
    words = len(a._lexical_index(store).words.table.words)  # the word table's (app/store/word_table.py): once, at the end
    assert distinct + words <= sum(embedder.calls) <= report.chunks_added + len(sentences) + words  # a repeated text
    # once per batch
    assert report.chunks_added == sum(s.chunks for s in a.sources())
    assert len(a.sources()) == scale

    again = a.ingest([tmp_path / "in"])
    assert (len(again.new), len(again.unchanged), again.chunks_added) == (0, scale, 0)
