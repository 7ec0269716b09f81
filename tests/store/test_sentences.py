"""Sentence spans and vectors are made once at ingest, per document, and read at ask time: the
question's embedding is the only model call an answer makes."""

from __future__ import annotations

import numpy as np
import pytest

from app.store.embed import HashEmbedder
from app.store.sentences import Sentences
from app.text.sentences import Span, split_sentences
from app.text.terms import terms


class CountingEmbedder(HashEmbedder):
    def __init__(self) -> None:
        super().__init__(256)
        self.texts: list[str] = []

    def embed(self, texts):
        self.texts.extend(texts)
        return super().embed(texts)


def test_sentences_round_trip_and_select_those_inside_a_range():
    vectors = np.arange(12, dtype=np.float32).reshape(3, 4)
    s = Sentences.of([Span(0, 10), Span(11, 30), Span(31, 40)], vectors)
    back = Sentences.from_bytes(s.to_bytes())
    spans, inside = back.within(11, 40)
    assert spans == [Span(11, 30), Span(31, 40)]
    np.testing.assert_array_equal(inside, vectors[1:])
    assert back.within(0, 9)[0] == []  # a range cutting a sentence holds none of it
    with pytest.raises(ValueError):
        Sentences.from_bytes(b"not sentences at all, just 32 bytes")


def test_stored_terms_round_trip_and_are_dropped_when_the_tokeniser_changed(monkeypatch):
    import app.store.sentence_file as module

    text = "The council voted. Taxes rose 5 percent! Nothing else happened."
    spans = split_sentences(text)
    s = Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text)
    back = Sentences.from_bytes(s.to_bytes())
    assert [back.terms(i) for i in range(len(back))] == [frozenset(terms(text[p.start : p.end])) for p in spans]
    assert list(back.rows(0, spans[1].end)) == [0, 1]
    assert Sentences.from_bytes(Sentences.of(spans, s.vectors).to_bytes()).terms(0) is None  # none given
    saved = s.to_bytes()
    monkeypatch.setattr(module, "TERMS_VERSION", module.TERMS_VERSION + 1)
    assert Sentences.from_bytes(saved).terms(0) is None  # made by another tokeniser: not used


def test_a_documents_terms_together_are_the_union_of_its_sentences_terms_not_words_glued_across_them():
    text = "The council voted. Taxes rose 5 percent! Nothing else happened in Zürich."
    spans = split_sentences(text)
    back = Sentences.from_bytes(Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text).to_bytes())
    assert back.all_terms == frozenset().union(*(back.terms(i) for i in range(len(back))))
    assert Sentences.of(spans, back.vectors).all_terms is None  # terms not stored


def test_a_term_is_held_exactly_when_the_documents_terms_hold_it_whole_not_a_part_or_words_glued_across_sentences():
    text = "The council voted. Taxes rose 5 percent! Nothing else happened in Zürich. Council taxes."
    spans = split_sentences(text)
    back = Sentences.from_bytes(Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text).to_bytes())
    held = sorted(back.all_terms)
    back = Sentences.from_bytes(Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text).to_bytes())
    glued = [a + b for a, b in zip(held, held[1:])] + [a[1:] for a in held] + [a[:-1] for a in held]
    for term in [*held, *glued, "", " ", "zürich", "vote"]:
        assert back.holds(term) == (term in held), term
    assert Sentences.of(spans, back.vectors).holds("council") is None  # terms not stored


def test_a_version_1_file_is_still_read_without_terms():
    from app.store.sentence_file import MAGIC_V1

    starts, ends = np.array([0, 11], dtype=np.int64), np.array([10, 30], dtype=np.int64)
    vectors = np.arange(8, dtype=np.float32).reshape(2, 4)
    old = np.array([MAGIC_V1, 2, 4], dtype=np.int64).tobytes() + starts.tobytes() + ends.tobytes() + vectors.tobytes()
    back = Sentences.from_bytes(old)
    assert back.within(0, 30)[0] == [Span(0, 10), Span(11, 30)] and back.terms(0) is None
    np.testing.assert_array_equal(back.vectors, vectors)


def test_ingest_stores_every_sentence_with_its_own_embedding(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    store = a._open()
    for source in a.sources():
        text, stored = store.text(source.doc_id), store.sentences(source.doc_id)
        assert [Span(int(s), int(e)) for s, e in zip(stored.starts, stored.ends)] == split_sentences(text)
        expected = HashEmbedder(256).embed([text[s:e] for s, e in zip(stored.starts, stored.ends)])
        np.testing.assert_allclose(stored.vectors, expected, atol=1e-6)
        assert [stored.terms(i) for i in range(len(stored))] == [
            frozenset(terms(text[s:e])) for s, e in zip(stored.starts, stored.ends)]


def test_an_answer_neither_splits_nor_tokenises_its_passages(make_assistant, corpus_dir, monkeypatch):
    """Sentence spans and terms come from what ingest stored: at ask time only the question is tokenised."""
    import app.answer.scoring as scoring
    import app.store.lexical as lexical

    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    expected = a.ask("What did the council decide about the bridge?")
    tokenised: list[str] = []

    def counting_terms(text, **kw):
        tokenised.append(text)
        return terms(text, **kw)

    def refuse(text):
        raise AssertionError(f"split at ask time: {text[:40]!r}")

    monkeypatch.setattr(scoring, "split_sentences", refuse)
    monkeypatch.setattr(lexical, "terms", counting_terms)
    fresh = make_assistant(corpus_dir)
    answer = fresh.ask("What did the council decide about the bridge?")
    assert answer.citations and [c.quote for c in answer.citations] == [c.quote for c in expected.citations]
    quotes = {c.quote for c in answer.citations}
    assert not any(t in quotes for t in tokenised), "a quoted sentence was tokenised at ask time"


def test_a_changed_document_replaces_only_its_own_sentences(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    folder = a.config.index_dir / "sentences"
    before = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    (corpus_dir / "planet.txt").write_text("Bridge plan approved\n\nThe council delayed the bridge vote.", encoding="utf-8")
    a.ingest([corpus_dir])
    after = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    assert len(after) == 2 and len(set(before) & set(after)) == 1  # the old file went with its document
    kept = (set(before) & set(after)).pop()
    assert before[kept] == after[kept]


def test_an_answer_embeds_only_the_question(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    counting = CountingEmbedder()
    a.embedder.inner = counting  # behind the per-text cache, which starts empty
    a.ingest([corpus_dir])
    counting.texts.clear()
    for view in ("answer", "perspectives"):
        question = f"What did the council decide about the bridge ({view})?"
        answer = a.ask(question, view=view)
        assert answer.citations, "the question is answerable"
        assert counting.texts == [question]
        counting.texts.clear()


def test_an_index_without_stored_sentences_still_answers_by_embedding_the_quotes(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    for path in (a.config.index_dir / "sentences").iterdir():
        path.unlink()  # as an index built before sentences were stored
    fresh = make_assistant(corpus_dir)
    counting = CountingEmbedder()
    fresh.embedder.inner = counting
    answer = fresh.ask("What did the council decide about the bridge?")
    assert answer.citations and len(counting.texts) > 1
    assert {c.quote for c in answer.citations} <= set(counting.texts)


def test_a_quote_over_several_stored_sentences_gets_their_summed_vector_without_the_model():
    from app.answer.vectors import stored_vectors
    from app.store.chroma import StoredChunk

    text = "Intro line without a stop The mayor spoke. Critics replied. Nobody listened."
    spans = [Span(0, 25), Span(26, 42), Span(43, 59), Span(60, 76)]
    assert [text[s.start : s.end] for s in spans][1:] == ["The mayor spoke.", "Critics replied.", "Nobody listened."]
    vectors = np.eye(4, dtype=np.float32)
    chunk = StoredChunk("c1", "d1", 0, len(text), text, {})

    def refuse(texts):
        raise AssertionError(f"the model was asked for {texts}")

    embed = stored_vectors({"question?": np.ones(4, dtype=np.float32)}, [chunk],
                           lambda doc_id: Sentences.of(spans, vectors), refuse)
    got = embed(["The mayor spoke.", text[:42], "Critics replied. Nobody listened.", "question?"])
    np.testing.assert_allclose(got[0], vectors[1])
    np.testing.assert_allclose(got[1], (vectors[0] + vectors[1]) / np.sqrt(2))
    np.testing.assert_allclose(got[2], (vectors[2] + vectors[3]) / np.sqrt(2))
    with pytest.raises(AssertionError, match="was asked"):
        embed(["a sentence found in no passage"])


def test_stored_terms_score_a_sentence_as_its_text_would_with_spelled_out_acronyms():
    """Coverage from the terms ingest stored equals coverage from tokenising the text, including the
    words of a question's acronym that the sentence spells out."""
    from app.answer.scoring import Sentence, score_sentences
    from app.answer.select import asked
    from app.store.chroma import StoredChunk
    from app.store.lexical import LexicalIndex

    text = "The American Civil Liberties Union sued the state over the new law."
    lexical = LexicalIndex.build(["c1", "c2"], [text, "Another passage about weather."], [{}, {}])
    ask = asked("Why did the ACLU sue the state?")
    chunk = StoredChunk("c1", "d1", 0, len(text), text, {})
    from app.answer.retrieve import Hit

    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1)
    plain = Sentence(hit, 0, 0, len(text), text, (), 0)
    stored = Sentence(hit, 0, 0, len(text), text, (), 0, frozenset(terms(text)))
    vectors, qvec = np.ones((1, 4), dtype=np.float32) / 2, np.ones(4, dtype=np.float32) / 2
    from app.text.acronyms import initialisms

    both = Sentence(hit, 0, 0, len(text), text, (), 0, frozenset(terms(text)), initialisms(text))
    a = score_sentences(ask, [plain], vectors, qvec, lexical.coverage)[0]
    b = score_sentences(ask, [stored], vectors, qvec, lexical.coverage)[0]
    c = score_sentences(ask, [both], vectors, qvec, lexical.coverage)[0]  # the initialisms ingest stored too
    assert a.cover > 0.5 and (a.cover, a.score) == (b.cover, b.score) == (c.cover, c.score)
    unspelled = Sentence(hit, 0, 0, len(text), text, (), 0, frozenset(terms(text)), frozenset())
    assert score_sentences(ask, [unspelled], vectors, qvec, lexical.coverage)[0].cover < a.cover  # stored ones are read


@pytest.mark.parametrize("n", [40, 300])  # 300: the spans do not fit in the first read (FIRST bytes)
def test_a_file_read_for_its_rows_answers_like_the_whole_file_and_keeps_its_version(tmp_path, n):
    rng = np.random.default_rng(5)
    text = " ".join(f"Sentence {i} names the dock worker number {i}." for i in range(n))
    spans = split_sentences(text)
    stored = Sentences.of(spans, rng.standard_normal((len(spans), 8)).astype(np.float32), text)
    path = tmp_path / "doc.bin"
    path.write_bytes(stored.to_bytes())
    read, whole = Sentences.read(path), Sentences.from_bytes(path.read_bytes())
    path.with_name("new.bin").write_bytes(Sentences.of(spans[:3], np.ones((3, 8), np.float32), text).to_bytes())
    path.with_name("new.bin").replace(path)  # a re-ingest renames a new file over it: what was read stays
    np.testing.assert_array_equal(read.starts, whole.starts)
    np.testing.assert_array_equal(read.ends, whole.ends)
    assert read.vectors.shape == whole.vectors.shape and len(read) == len(whole) == len(spans)
    for _ in range(50):
        a, b = sorted(int(x) for x in rng.integers(0, len(text), 2))
        rows = read.rows(a, b)
        assert rows == whole.rows(a, b)
        np.testing.assert_array_equal(read.vectors[rows.start : rows.stop], whole.vectors[rows.start : rows.stop])
        np.testing.assert_array_equal(read.overlapping(a, b), whole.overlapping(a, b))
    assert [read.terms(i) for i in range(len(read))] == [whole.terms(i) for i in range(len(whole))]
    assert read.to_bytes() == whole.to_bytes() == stored.to_bytes()


def test_reading_a_file_that_is_not_a_sentences_file_says_so(tmp_path):
    path = tmp_path / "doc.bin"
    good = Sentences.of([Span(0, 4)], np.ones((1, 4), np.float32), "Dock").to_bytes()
    for data in (good[:-1], good + b"x", b"\x00" * 40, b"abc"):
        path.write_bytes(data)
        with pytest.raises(ValueError):
            Sentences.read(path)


def test_past_the_open_file_limit_vectors_are_read_whole(tmp_path, monkeypatch):
    import gc

    from app.store.rows import StoredRows

    gc.collect()  # sentences earlier tests read
    before = StoredRows.open_files
    monkeypatch.setattr(StoredRows, "MAX_OPEN", before + 2)
    text = "One dock opened. Two ferries left. Three workers struck."
    stored = Sentences.of(split_sentences(text), np.eye(3, 4, dtype=np.float32), text)
    (tmp_path / "doc.bin").write_bytes(stored.to_bytes())
    held = [Sentences.read(tmp_path / "doc.bin") for _ in range(4)]
    assert [isinstance(s.vectors, StoredRows) for s in held] == [True, True, False, False]
    for s in held:
        np.testing.assert_array_equal(s.vectors[0:3], stored.vectors)
    del held, s
    gc.collect()
    assert StoredRows.open_files == before  # the files closed with their sentences


def test_rows_bisected_in_the_offset_lists_are_numpys_search_of_the_stored_arrays(make_assistant, corpus_dir):
    """`rows` and `overlapping` search the offsets as lists; the same positions as np.searchsorted on the
    arrays, for every stored document and span edges at, inside and between its sentences."""
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    store = a._open()
    for doc_id in store.manifest.documents:
        stored = store.sentences(doc_id)
        starts, ends = stored.offsets
        assert starts == sorted(starts) and ends == sorted(ends) and starts == stored.starts.tolist()
        edges = sorted({0, len(store.text(doc_id)), *starts, *ends, *(s + 1 for s in starts), *(e - 1 for e in ends)})
        for lo in edges[::3]:
            for hi in edges[::5]:
                first = int(np.searchsorted(stored.starts, lo, side="left"))
                assert stored.rows(lo, hi) == range(first, max(first, int(np.searchsorted(stored.ends, hi, side="right"))))
                low = int(np.searchsorted(stored.ends, lo, side="right"))
                expected = np.asarray(stored.vectors)[low:max(low, int(np.searchsorted(stored.starts, hi, side="left")))]
                np.testing.assert_array_equal(stored.overlapping(lo, hi), expected)


def test_stored_initialisms_round_trip_and_are_what_each_sentences_text_spells_out():
    from app.text.acronyms import initialisms

    text = "The American Civil Liberties Union sued. It lost. The National Security Agency and the Justice Department said no."
    spans = split_sentences(text)
    back = Sentences.from_bytes(Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text).to_bytes())
    rows = range(len(back))
    assert back.initials_of(rows) == [initialisms(text[p.start : p.end]) for p in spans]
    assert back.initials_of(range(0, 1)) == [frozenset({"aclu"})] and back.initials_of(range(1, 2)) == [frozenset()]
    assert Sentences.from_bytes(Sentences.of(spans, back.vectors).to_bytes()).initials_of(rows) == [None] * len(spans)


def test_a_version_2_file_is_still_read_with_its_terms_and_no_initialisms(tmp_path):
    from app.store.sentence_file import HEAD, MAGIC_V2

    text = "The council voted. Taxes rose 5 percent!"
    spans = split_sentences(text)
    new = Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text)
    data = new.to_bytes()
    n = len(spans)
    head = np.frombuffer(data, dtype=np.int64, count=HEAD).copy()
    head[0] = MAGIC_V2
    cut = 8 * HEAD + 16 * n + 16 * n + 8 * (n + 1) + int(head[4])  # version 2 ends with the terms
    old = head[:5].tobytes() + data[8 * HEAD : cut]
    path = tmp_path / "old.bin"
    path.write_bytes(old)
    for back in (Sentences.from_bytes(old), Sentences.read(path)):
        assert [back.terms(i) for i in range(n)] == [new.terms(i) for i in range(n)]
        assert back.initials_of(range(n)) == [None] * n
        np.testing.assert_array_equal(np.asarray(back.vectors), new.vectors)


def test_stored_figures_read_back_as_the_figures_of_each_sentence():
    from app.attribution.figures import figures
    from app.attribution.figure_codec import figures_from

    text = ("The agency cut nearly $43.5 million in aid. More than 1,200 people, about 35.72 percent, left. "
            "They have reserved $500,000 of airtime. Nothing was counted here.")
    spans = split_sentences(text)
    back = Sentences.from_bytes(Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text).to_bytes())
    got = [figures_from(f) for f in back.figures_of(range(len(back)))]
    assert got == [figures.__wrapped__(text[p.start : p.end]) for p in spans]
    assert len(got[0]) == 1 and got[0][0].approx and len(got[1]) == 2 and got[3] == ()
    assert Sentences.from_bytes(Sentences.of(spans, back.vectors).to_bytes()).figures_of(range(1)) == [None]


def test_signals_of_another_signals_version_are_not_used(monkeypatch):
    import app.store.sentence_file as module

    text = "The American Civil Liberties Union sued. It paid $5 million."
    spans = split_sentences(text)
    saved = Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text).to_bytes()
    monkeypatch.setattr(module, "SIGNALS_VERSION", module.SIGNALS_VERSION + 1)
    back = Sentences.from_bytes(saved)
    assert back.initials_of(range(2)) == [None, None] and back.figures_of(range(2)) == [None, None]
    assert back.terms(0) is not None  # the terms stay


def test_a_stored_sentences_vector_is_its_row_divided_by_numpys_norm_bit_for_bit():
    """Quote choice compares sentence scores for equality and order: the unit rows must be exactly what
    `v / np.linalg.norm(v)` gives, however the norm is computed."""
    from app.answer.vectors import stored_vectors
    from app.store.chroma import StoredChunk

    rng = np.random.default_rng(7)
    texts = [f"Sentence number {i} says something." for i in range(9)]
    text = " ".join(texts)
    spans, at = [], 0
    for t in texts:
        spans.append(Span(at, at + len(t)))
        at += len(t) + 1
    vectors = (rng.standard_normal((9, 384)) * rng.uniform(0.5, 2, (9, 1))).astype(np.float32)
    chunk = StoredChunk("c1", "d1", 0, len(text), text, {})
    embed = stored_vectors({}, [chunk], lambda doc_id: Sentences.of(spans, vectors), lambda t: 1 / 0)
    want = vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    assert embed(texts).tobytes() == want.tobytes()


def test_figures_hold_reads_the_figures_stored_for_the_sentences_a_span_overlaps():
    """figure_look's necessary test: a document (or a passage of it) whose stored sentence figures never name a
    unit is not read at ask time."""
    from app.answer.figure_look import CountsUnit
    text = "The chain runs 4,300 stores. Its workers earn less. The suit covers 1.6 million women."
    spans = split_sentences(text)
    s = Sentences.of(spans, HashEmbedder().embed([text[p.start:p.end] for p in spans]), text)
    stores = CountsUnit("stor")
    assert s.figures_hold(b'"stor"') and stores.stored(s) is True
    assert stores.stored(s, spans[1].start, spans[2].end) is False  # the 2nd and 3rd sentences count no stores
    assert stores.stored(s, spans[0].start, spans[0].end) is True and stores(text[: spans[0].end])
    assert CountsUnit("page").stored(s) is False and stores.stored(None) is None
    plain = Sentences.of(spans, HashEmbedder().embed([text[p.start:p.end] for p in spans]))  # no signals stored
    assert stores.stored(plain) is None


def test_each_sentence_mark_is_stored_and_read_back_and_a_version_5_file_reads_with_none(tmp_path):
    from app.store.sentence_file import HEAD, HEAD_V5, MAGIC_V5
    from app.text.marks import COUNTS, DATED

    text = "The council voted on Tuesday. Taxes rose 5 percent! Critics were unhappy."
    spans = split_sentences(text)
    new = Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text)
    assert new.marks.tolist() == [DATED, COUNTS, 0]
    data, n = new.to_bytes(), len(spans)
    path = tmp_path / "new.bin"
    path.write_bytes(data)
    for back in (Sentences.from_bytes(data), Sentences.read(path)):
        assert back.marks.tolist() == [DATED, COUNTS, 0]
    head = np.frombuffer(data, dtype=np.int64, count=HEAD).copy()
    head[0] = MAGIC_V5
    old = head[:HEAD_V5].tobytes() + data[8 * HEAD : len(data) - n - 8 * (n + 1) - int(head[14])]  # 5: no marks
    (tmp_path / "old.bin").write_bytes(old)
    for back in (Sentences.from_bytes(old), Sentences.read(tmp_path / "old.bin")):
        assert back.marks is None and back.figures_of(range(n)) == new.figures_of(range(n))
        assert back.runs == new.runs
    assert Sentences.of(spans, new.vectors).marks is None  # no text: no marks


@pytest.mark.parametrize("version", ["TERMS_VERSION", "SIGNALS_VERSION", "ANTECEDENTS_VERSION", "WORDS_VERSION",
                                     "MARKS_VERSION", "ROLES_VERSION"])
def test_sentences_another_version_stored_are_completed_from_the_text_as_ingest_makes_them(monkeypatch, version):
    import app.store.sentence_file as module

    text = "Mr. Lane said the bridge will cost $40 million. He said it doubled. The ACLU disagreed, 3 to 1."
    spans = split_sentences(text)
    made = Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text)
    saved = made.to_bytes()
    whole = Sentences.from_bytes(saved)
    assert whole.whole and whole.completed("") is whole  # nothing to work out: the text is not read
    monkeypatch.setattr(module, version, getattr(module, version) + 1)  # read by code of the next version
    stale = Sentences.from_bytes(saved)
    assert not stale.whole
    done = stale.completed(text)
    assert done.whole and done.to_bytes() == made.to_bytes()  # every column as ingest made it, vectors kept
    np.testing.assert_array_equal(done.vectors, made.vectors)
