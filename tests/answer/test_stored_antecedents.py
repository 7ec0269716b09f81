"""Where a sentence's first words point back to is found at ingest and stored with its sentences
(`app.text.antecedents`); quote choice reads it instead of matching every sentence of every passage
against the anaphor and surname patterns per question. What it reads must be what it would find."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

import numpy as np

import app.store.sentence_file as module
from app.answer.anaphora import antecedents
from app.answer.retrieve import Hit
from app.answer.scoring import passage_sentences
from app.documents.chunk import chunk
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences, doc_sentences
from app.text.antecedents import refs

CORPUS = Path(__file__).parents[2] / "corpus"
TEXT = ("Dallas Tea Party founder Phillip Dennis said the group was not racist. Dennis accused the NAACP of "
        "smearing it.\n\nThat claim drew a reply. She topped out at $400,000 for a speech. Her standard rate "
        "was $225,000. Dennis did not answer.")


def _stored(text: str) -> tuple[list, Sentences]:
    chunks = chunk("d", text, 40, 1)
    spans = doc_sentences(chunks)
    return chunks, Sentences.from_bytes(Sentences.of(spans, np.zeros((len(spans), 4), np.float32), text).to_bytes())


def _passages(text: str, stored: Sentences | None, chunks) -> list:
    hits = [Hit(StoredChunk(f"c{i}", "d", c.start, c.end, c.text, {"outlet": "A"}), 0.5, 0.0, 0.5, 0.1, 0.1, stored)
            for i, c in enumerate(chunks)]
    return [s for h in hits for s in passage_sentences(h)]


def _both(text: str) -> tuple[list, list]:
    chunks, stored = _stored(text)
    sentences = _passages(text, stored, chunks)
    assert all(s.refs is not None for s in sentences)
    return antecedents(sentences), antecedents([s._replace(refs=None) for s in sentences])


def test_stored_antecedents_are_the_ones_found_on_the_text():
    read, found = _both(TEXT)
    assert read == found
    assert sum(a is not None for a in read) >= 3  # the surname, the demonstrative and the pronoun


def test_stored_antecedents_equal_those_found_on_every_seed_article():
    held = 0
    for path in sorted(CORPUS.glob("*.txt")):
        read, found = _both(path.read_text(encoding="utf-8"))
        assert read == found, path.name
        held += sum(a is not None for a in read)
    assert held >= 5


def test_a_surname_named_in_full_before_the_passage_has_no_antecedent_in_it():
    chunks, stored = _stored(TEXT)
    last = [s for s in _passages(TEXT, stored, chunks[-1:]) if s.text.startswith("Dennis did not")]
    assert last and last[0].refs.isdigit() and antecedents(last) == [None]


def test_refs_of_another_version_or_an_older_file_are_not_used_and_the_answer_finds_them(monkeypatch):
    chunks, stored = _stored(TEXT)
    saved = replace(stored, vectors=np.asarray(stored.vectors)).to_bytes()
    monkeypatch.setattr(module, "ANTECEDENTS_VERSION", module.ANTECEDENTS_VERSION + 1)
    other = Sentences.from_bytes(saved)
    assert other.ref_bounds is None and other.terms(0) == stored.terms(0) and other.figures == stored.figures
    sentences = _passages(TEXT, other, chunks)
    assert all(s.refs is None for s in sentences)
    monkeypatch.undo()
    assert antecedents(sentences) == antecedents(_passages(TEXT, stored, chunks))


def test_a_version_3_file_without_refs_still_reads(tmp_path):
    _, stored = _stored(TEXT)
    data = replace(stored, vectors=np.asarray(stored.vectors)).to_bytes()
    n = len(stored)
    head = np.frombuffer(data, dtype=np.int64, count=module.HEAD).copy()
    head[0] = module.MAGIC_V3
    body = data[8 * module.HEAD : len(data) - n - 24 * (n + 1) - len(stored.refs) - len(stored.runs)
                - len(stored.roles)]  # no refs, runs, marks or role words
    old = head[: module.HEAD_V3].tobytes() + body
    (tmp_path / "old.bin").write_bytes(old)
    for back in (Sentences.from_bytes(old), Sentences.read(tmp_path / "old.bin")):
        assert back.ref_bounds is None and back.refs_of(range(n)) == [None] * n
        assert back.terms_of(range(n)) == stored.terms_of(range(n)) and back.figures == stored.figures


# What `refs` gives for every seed article's sentences, at ANTECEDENTS_VERSION. Indexes store these per sentence;
# one that changes them without a new version serves stale values. If this test fails: bump ANTECEDENTS_VERSION
# (app/text/antecedents.py) and ATTRIBUTION_VERSION, then put the new digest here.
REFS_DIGEST = {1: "cf711b2077121461385c66eebddc2901cee50045d97ddf2c20931296dd8b0b96"}


def test_a_change_to_the_stored_refs_comes_with_a_new_version():
    h = hashlib.sha256()
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        spans = doc_sentences(chunk("d", text))
        h.update(b"|".join(refs([text[s.start : s.end] for s in spans])) + b"\n")
    assert REFS_DIGEST.get(module.ANTECEDENTS_VERSION) == h.hexdigest()
