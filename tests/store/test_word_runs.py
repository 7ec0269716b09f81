"""A sentence's word runs (`app.text.word_runs`: what the act test reads of a text) are made at ingest and stored
with the sentences; a quote of whole sentences reads them back instead of searching and stemming its words."""

from __future__ import annotations

import numpy as np

from app.answer.acts import around_act, names_act
from app.store.sentences import Sentences
from app.text.sentences import split_sentences
from app.text.word_runs import runs_bytes, runs_from, word_runs

TEXT = ("Mr. Hunter's wife, Margaret, pleaded guilty on Friday — and 60 counts remain. \u201cWe won,\u201d she said. "
        "The House re-elected him in 2018!\n\n— 42 —\n\nIt was not misused, officials said.")


def _stored(text: str) -> tuple[list, Sentences]:
    spans = split_sentences(text)
    return spans, Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text)


def test_the_runs_read_back_are_those_of_the_sentences_text():
    """Stored equals computed: each sentence, and each run of them (the runs of their texts, one after another)."""
    spans, s = _stored(TEXT)
    assert len(spans) >= 4
    for i, a in enumerate(spans):
        for b in spans[i:]:
            assert s.word_runs(a.start, b.end, TEXT[a.start : b.end]) == word_runs(TEXT[a.start : b.end])
    assert runs_from([runs_bytes(""), runs_bytes("We won.")]) == word_runs("We won.")
    back = Sentences.from_bytes(s.to_bytes())
    assert back.word_runs(spans[0].start, spans[-1].end, TEXT[spans[0].start : spans[-1].end]) == word_runs(
        TEXT[spans[0].start : spans[-1].end])


def test_a_span_that_is_not_whole_sentences_is_read_from_its_text():
    """None (the act test reads the text) for a span inside a sentence, sentences with more than whitespace
    between them, or a store of no runs."""
    spans, s = _stored(TEXT)
    a = spans[0]
    assert s.word_runs(a.start + 4, a.end, TEXT[a.start + 4 : a.end]) is None
    glued = "One fell. Two rose."
    g_spans, g = _stored(glued)
    text = glued.replace(". T", ".-T")  # the same spans, something that is no whitespace between them
    assert g.word_runs(g_spans[0].start, g_spans[1].end, text) is None
    plain = Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32))
    assert plain.word_runs(a.start, a.end, TEXT[a.start : a.end]) is None


def test_the_act_test_gives_the_same_with_the_stored_runs():
    spans, s = _stored(TEXT)
    for acts in (("plead",), ("win",), ("elect",), ("misuse",), ("remain",)):
        for p in spans:
            text, runs = TEXT[p.start : p.end], s.word_runs(p.start, p.end, TEXT[p.start : p.end])
            assert names_act(acts, text, runs=runs) == names_act(acts, text), (acts, text)
            assert around_act(acts, text, width=3, runs=runs) == around_act(acts, text, width=3)
    assert names_act(("win",), "\u201cWe won,\u201d she said.", runs=word_runs("\u201cWe won,\u201d she said."))


def test_a_version_4_file_is_still_read_with_its_refs_and_no_runs(tmp_path):
    from app.store.sentence_file import HEAD, HEAD_V4, MAGIC_V4

    spans, new = _stored(TEXT)
    data, n = new.to_bytes(), len(spans)
    head = np.frombuffer(data, dtype=np.int64, count=HEAD).copy()
    head[0] = MAGIC_V4
    old = head[:HEAD_V4].tobytes() + data[8 * HEAD : len(data) - n - 16 * (n + 1) - int(head[11]) - int(head[14])]  # no runs,
    # marks or role words
    path = tmp_path / "old.bin"
    path.write_bytes(old)
    for back in (Sentences.from_bytes(old), Sentences.read(path)):
        assert back.refs_of(range(n)) == new.refs_of(range(n)) and back.figures_of(range(n)) == new.figures_of(range(n))
        assert back.run_bounds is None and back.word_runs(spans[0].start, spans[0].end, TEXT[: spans[0].end]) is None


# What `runs_bytes` gives for every seed article's sentences, at WORDS_VERSION. Indexes store these per sentence; one
# that changes them without a new version serves stale values. If this test fails: bump WORDS_VERSION
# (app/text/word_runs.py) and ATTRIBUTION_VERSION, then put the new digest here.
RUNS_DIGEST = {1: "defa6fa6da8bc3fa1c0f6a0f398a3491a073de6f8ae2f3c9e2510fefbfa4082a"}


def test_a_change_to_the_stored_runs_comes_with_a_new_version():
    import hashlib
    from pathlib import Path

    from app.documents.chunk import chunk
    from app.store.sentences import doc_sentences
    from app.text.word_runs import WORDS_VERSION
    h = hashlib.sha256()
    for path in sorted((Path(__file__).parents[2] / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        h.update(b"|".join(runs_bytes(text[s.start : s.end]) for s in doc_sentences(chunk("d", text))) + b"\n")
    assert RUNS_DIGEST.get(WORDS_VERSION) == h.hexdigest()
