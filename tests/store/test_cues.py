"""Rebuttal cues found when the index is built: the same answer `contradict.rebuts` gives each chunk's and
each document's text at ask time, used only for the index and rule they were found with, and the article
look reads the same passages with them as without."""

from __future__ import annotations

from functools import partial

import pytest
from seed import copy_seed

from app.answer.pipeline import _article
from app.attribution.contradict import rebuts
from app.store import cues as cues_module
from app.store.cues import Cues


@pytest.fixture
def seeded(make_assistant, tmp_path):
    a = make_assistant(copy_seed(tmp_path / "seed"))
    a.ingest([tmp_path / "seed"])
    store = a._open()
    return store, a._lexical_index(store)


def test_stored_cues_equal_the_rule_on_every_chunk_and_document(seeded):
    store, lexical = seeded
    cues = lexical.cues
    assert cues is not None and cues.checked == len(lexical.ids)
    texts = lexical.chunks(lexical.ids, store.text, lambda d: store.manifest.documents[d]["meta"])
    for row, cid in enumerate(lexical.ids):
        assert (row in cues.rows) == rebuts(texts[cid].text)
    assert cues.docs == {d: rebuts(store.text(d)) for d in store.manifest.documents}
    assert 0 < len(cues.rows) < len(lexical.ids)  # the seed has passages with a cue and passages without


def test_cues_are_read_back_only_for_the_index_and_rule_they_were_found_for(seeded, tmp_path, monkeypatch):
    _, lexical = seeded
    lexical.cues.save(tmp_path, "built-for-this")
    assert Cues.load(tmp_path, "built-for-this", lexical.cues.checked) == lexical.cues
    assert Cues.load(tmp_path, "another-build", lexical.cues.checked) is None
    assert Cues.load(tmp_path, "built-for-this", lexical.cues.checked + 1) is None
    monkeypatch.setattr(cues_module, "RULE", "another-rule")
    assert Cues.load(tmp_path, "built-for-this", lexical.cues.checked) is None


def test_a_chunk_or_document_the_cues_do_not_know_may_rebut():
    cues = Cues(2, frozenset({1}), {"a": False})
    assert [cues.chunk_may_rebut(r) for r in (-1, 0, 1, 2)] == [True, False, True, True]
    assert not cues.doc_may_rebut("a") and cues.doc_may_rebut("b")


def test_the_article_look_reads_the_same_passages_with_the_cues_as_without(seeded):
    store, lexical = seeded
    cues, found = lexical.cues, {}
    for with_cues in (True, False):
        lexical.cues = cues if with_cues else None
        look = partial(_article, store=store, lexical=lexical, seen=set(), quotes=type("Q", (), {"chunks": []})())
        found[with_cues] = {d: [h.chunk.id for h in look(d, rebuts)] for d in store.manifest.documents}
    lexical.cues = cues
    assert found[True] == found[False]
    assert any(found[True].values())


def test_a_stored_test_answers_from_stored_signals_before_the_text_is_read(seeded):
    """`_article` asks a `StoredTest` (figure_look's unit) what the stored sentences answer first: a document
    they rule out is never read. A plain text test is no StoredTest, whatever attributes it has."""
    from app.answer.article_read import StoredTest
    from app.answer.figure_look import CountsUnit

    store, lexical = seeded
    read: list[str] = []

    class Nowhere(StoredTest):  # no stored sentence can pass: no text should be read
        def __call__(self, text: str) -> bool:
            read.append(text)
            return True

        def stored(self, sentences, start=0, end=None):
            return False

    def plain(text: str) -> bool:
        read.append(text)
        return rebuts(text)
    plain.stored = lambda *a: False  # an attribute of another meaning: not the protocol

    look = partial(_article, store=store, lexical=lexical, seen=set(), quotes=type("Q", (), {"chunks": []})(),
                   cued=False)
    doc = next(iter(store.manifest.documents))
    assert look(doc, Nowhere()) == [] and read == []
    look(doc, plain)
    assert read  # read as a plain test
    assert isinstance(CountsUnit("stor"), StoredTest) and not isinstance(rebuts, StoredTest)


def test_an_article_a_delete_removed_while_the_question_is_answered_is_not_read(seeded):
    """A DELETE racing an ask removes the document's text file; the article look skips it (no 503 to the asker:
    tests/edges/test_hostile_http_round3.py races the two)."""
    store, lexical = seeded
    lexical.cues = None  # every document's text is read
    look = partial(_article, store=store, lexical=lexical, seen=set(), quotes=type("Q", (), {"chunks": []})())
    doc = next(d for d in store.manifest.documents if look(d, rebuts))
    store._texts.pop(doc, None)
    (store.index_dir / "docs" / f"{doc}.txt").unlink()
    assert look(doc, rebuts) == []
