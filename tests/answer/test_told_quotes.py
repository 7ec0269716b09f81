"""A quote that is one stored sentence is told what ingest stored for its text (`scoring.tell`): the per-text rules
read its terms (`term_set`) and figures (`figures`) instead of tokenising and parsing it again on each question.
What they read must be what they would work out, and `forget_texts` (the bench, before each question) drops it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import app.attribution.figures as fg
import app.attribution.units as un
from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.scoring import passage_sentences, tell
from app.answer.select import rank_quotes
from app.attribution.figure_codec import figures_from
from app.documents.chunk import chunk
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences, doc_sentences
from app.text.terms import forget_texts, per_text, term_set, terms
from app.text.terms import tell as tell_text

CORPUS = Path(__file__).parents[2] / "corpus"
TEXT = ("The MKO cyber unit has 1,300 members running several thousand fake accounts, a former member said.\n\n"
        "Officials in Tirana declined to confirm the figure that the former member of the group gave.\n\n"
        "The camp in Albania hosts around 3,000 members of the group, according to the local press.")


def _hits(text: str) -> list[Hit]:
    chunks = chunk("d", text, 40, 1)
    spans = doc_sentences(chunks)
    stored = Sentences.from_bytes(Sentences.of(spans, np.eye(len(spans), 8, dtype=np.float32), text).to_bytes())
    return [Hit(StoredChunk(f"c{i}", "d", c.start, c.end, c.text, {"outlet": "A"}), 0.5, 0.0, 0.5, 0.1, 0.1, stored)
            for i, c in enumerate(chunks)]


def test_a_told_value_is_returned_instead_of_worked_out_until_the_texts_are_forgotten():
    calls = []

    @per_text(maxsize=8, told=lambda stored: stored.get("n"))
    def count(text: str) -> int:
        calls.append(text)
        return len(text)

    tell_text("abc", {"n": 7})
    tell_text("nope", {})  # told nothing this cache reads: worked out
    assert count("abc") == 7 and calls == []  # told: not worked out
    assert count("abc") == 7 and count.__wrapped__("abc") == 3  # cached; `__wrapped__` is the function itself
    assert count("nope") == 4 and calls == ["abc", "nope"]
    tell_text("xyz", {"n": 9})
    forget_texts()  # the told values go with the caches
    assert count("abc") == 3 and count("xyz") == 3 and calls == ["abc", "nope", "abc", "xyz"]
    forget_texts()


def test_told_values_are_bounded(monkeypatch):
    import app.text.terms as module

    @per_text(maxsize=8, told=lambda stored: stored)
    def size(text: str) -> int:
        return len(text)

    monkeypatch.setattr(module, "TOLD_MAX", 2)
    for t in ("a", "bb", "ccc"):
        tell_text(t, 0 if t != "a" else 5)
    assert size("a") == 1  # dropped, worked out
    assert size("ccc") == 0
    forget_texts()


def test_stored_terms_and_figures_are_what_the_rules_work_out_for_every_seed_sentence():
    told = 0
    for path in sorted(CORPUS.glob("*.txt")):
        for h in _hits(path.read_text(encoding="utf-8")):
            for s in passage_sentences(h):
                assert s.terms == frozenset(terms(s.text)), s.text
                assert figures_from(s.figures) == fg.figures.__wrapped__(s.text), s.text
                forget_texts()
                tell(s)
                assert term_set(s.text) == term_set.__wrapped__(s.text)
                assert fg.figures(s.text) == fg.figures.__wrapped__(s.text)
                assert un.figure_units(s.text) == un.figure_units.__wrapped__(s.text), s.text
                told += bool(fg.figures(s.text))
    forget_texts()
    assert told >= 5


def test_ranking_tells_its_one_sentence_quotes_their_stored_figures_and_terms(monkeypatch):
    forget_texts()
    hits = _hits(TEXT)
    ask = asked("How many members does the MKO cyber unit have?")
    qvec = np.eye(1, 8, dtype=np.float32)[0]
    quotes = rank_quotes(ask, hits, qvec, lambda texts: np.eye(len(texts), 8), lambda *_: 0.0)
    single = [q for q in quotes if len(q.hit.sentences.rows(q.start, q.end)) == 1]
    assert single
    expected = {q.text: (fg.figures.__wrapped__(q.text), frozenset(terms(q.text))) for q in single}

    def parsed(_text):
        raise AssertionError("a told sentence was parsed again")
    monkeypatch.setattr(fg, "figure_matches", parsed)
    monkeypatch.setattr("app.text.terms._TOKEN", None)  # tokenising would fail too
    for text, (found, words) in expected.items():
        assert fg.figures(text) == found
        assert term_set(text) == words
    monkeypatch.undo()
    forget_texts()
    with pytest.raises(AssertionError):  # forgotten: worked out again
        monkeypatch.setattr(fg, "figure_matches", parsed)
        fg.figures(single[0].text)
    monkeypatch.undo()
    forget_texts()


def test_ranking_tells_its_one_sentence_quotes_their_stored_figure_units(monkeypatch):
    """A one-sentence quote's figure units (`units.figure_units`, asked of every figure look's candidates) are read
    from its stored figures, not parsed from its text again; forgotten, they are worked out as before."""
    forget_texts()
    hits = _hits(TEXT)
    ask = asked("How many members does the MKO cyber unit have?")
    quotes = rank_quotes(ask, hits, np.eye(1, 8, dtype=np.float32)[0], lambda texts: np.eye(len(texts), 8),
                         lambda *_: 0.0)
    single = [q for q in quotes if len(q.hit.sentences.rows(q.start, q.end)) == 1]
    expected = {q.text: un.figure_units.__wrapped__(q.text) for q in single}
    assert any(expected.values())

    def parsed(_text):
        raise AssertionError("a told sentence was parsed again")
    monkeypatch.setattr(un, "figure_matches", parsed)
    for text, units in expected.items():
        assert un.figure_units(text) == units
    forget_texts()
    with pytest.raises(AssertionError):  # forgotten: worked out again
        un.figure_units(single[0].text)
    monkeypatch.undo()
    forget_texts()


def test_told_values_keep_no_passage_alive():
    """What is told is the sentence's stored values only: a cache entry holding its passage would keep the document's
    open sentences file alive to the interpreter's exit (a cold `byline ask` skips that collection)."""
    import app.text.terms as module
    from app.answer.scoring import Told

    forget_texts()
    rank_quotes(asked("How many members does the camp host?"), _hits(TEXT), np.eye(1, 8, dtype=np.float32)[0],
                lambda texts: np.eye(len(texts), 8), lambda *_: 0.0)
    assert module._TOLD and all(type(v) is Told and not isinstance(v.terms, Hit) for v in module._TOLD.values())
    forget_texts()
    assert not module._TOLD
