"""`reachable`: a ranking with a floor reads only the passages one of whose stored sentences may reach it (a whole
article's other passages, for a look), and ranks them as the whole ranking cut at the floor would."""

from __future__ import annotations

import numpy as np
import pytest

from app.answer.retrieve import Hit
from app.answer.select import EXTEND_MARGIN, asked, rank_quotes, reachable
from app.store.chroma import StoredChunk
from app.store.lexical import LexicalIndex
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

TEXT = ("The MKO cyber unit has 1300 members, officials said. It runs several thousand fake accounts. "
        "Critics call the figure inflated. The Mojahedin Khalq Organization denies it. "
        "Jane Roe told CNN the group had no such unit. She spoke at a ceremony in Tirana. "
        "Google and Twitter announced the shutdown of accounts linked to Iran. The companies removed 300 pages. "
        "Analysts said the turning point was the 2016 election. Weather in the capital was mild.")
QUESTIONS = ["How many members does the MKO cyber unit have?", "What did Jane Roe tell CNN about the unit?",
             "Which companies announced the shutdown of accounts?", "When did the turning point come?"]


def article(rng, stored: bool = True) -> list[Hit]:
    """One document cut into passages of two sentences each, its sentences stored once (as ingest does)."""
    spans = split_sentences(TEXT)
    vectors = rng.standard_normal((len(spans), 16)).astype(np.float32) * rng.uniform(0.5, 2.0, (len(spans), 1))
    sentences = Sentences.of(spans, vectors, TEXT if stored else None)  # rows not unit: `reachable` divides
    hits = []
    for i in range(0, len(spans), 2):
        start, end = spans[i].start, spans[min(i + 1, len(spans) - 1)].end
        chunk = StoredChunk(f"c{i}", "d0", start, end, TEXT[start:end], {"outlet": "O", "stance": "x"})
        hits.append(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, sentences))
    return hits


def unit_vectors(hits):
    s = hits[0].sentences
    return {TEXT[a:b]: np.asarray(s.vectors[i]) / np.linalg.norm(s.vectors[i]) for i, (a, b) in enumerate(zip(s.starts, s.ends))}


def random_article(question: str, seed: int):
    """The article's passages, each sentence's unit vector, their BM25 index, a random unit question vector, the
    question parsed."""
    rng = np.random.default_rng(seed)
    hits = article(rng)
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    qvec = rng.standard_normal(16).astype(np.float32)
    return hits, unit_vectors(hits), lexical, qvec / np.linalg.norm(qvec), asked(question)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("question", QUESTIONS)
def test_a_floored_ranking_of_an_article_is_its_whole_ranking_cut_at_the_floor(question, seed):
    hits, known, lexical, qvec, ask = random_article(question, seed)
    whole = rank_quotes(ask, hits, qvec, lambda ts: np.stack([known[t] for t in ts]), lexical.coverage)
    # scores off by float32 noise (a sentence's similarity summed in a batch of other rows), not by more: floors a
    # hair off each score
    for floor in sorted({q.score + d for q in whole for d in (-NOISE, NOISE)} | {-1.0, 0.3, 2.0}):
        got = rank_quotes(ask, hits, qvec, lambda ts: np.stack([known[t] for t in ts]), lexical.coverage, floor=floor)
        assert [spot(q) for q in got] == [spot(q) for q in whole if q.score >= floor]
        assert [q.score for q in got] == pytest.approx([q.score for q in whole if q.score >= floor], abs=NOISE / 10)


NOISE = 1e-4


def spot(quote):
    return quote.hit.chunk.id, quote.start, quote.end, quote.text


def test_passages_no_sentence_of_which_can_reach_the_floor_are_not_read():
    rng = np.random.default_rng(3)
    hits = article(rng)
    known = unit_vectors(hits)
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    qvec = next(v for t, v in known.items() if t.startswith("Google"))  # the question's vector: that sentence's
    ask = asked("Which companies announced the shutdown of accounts linked to Iran?")
    whole = rank_quotes(ask, hits, qvec, lambda ts: np.stack([known[t] for t in ts]), lexical.coverage)
    floor = whole[0].score
    kept = reachable(ask, hits, qvec, lexical.coverage, floor - EXTEND_MARGIN)
    assert whole[0].hit in kept and len(kept) < len(hits)


def test_passages_without_stored_terms_are_kept_to_be_ranked():
    rng = np.random.default_rng(1)
    hits = article(rng, stored=False)
    ask = asked("Which companies announced the shutdown of accounts?")
    assert reachable(ask, hits, np.ones(16, dtype=np.float32) / 4, lambda _t, _x: 0.0, 5.0) == hits


ARTICLE = ("Mayor indicted\n\n" + " ".join(
    f"Council member {n} said the budget vote on item {i} was delayed by the {w} committee." for i, (n, w) in
    enumerate(zip(["Ames", "Boyd", "Cruz", "Diaz", "Ellis", "Frey", "Gomez", "Hale"] * 3, ["finance", "parks", "roads"] * 8)))
    + " The indictment against the mayor runs 48 pages, prosecutors said on Tuesday.\n")


def test_an_article_look_cuts_only_the_passages_that_may_reach_the_floor(make_assistant, tmp_path):
    from corpora import write_corpus

    from app.answer.pipeline import _article
    from app.answer.select import floor_reach
    from app.answer.vectors import stored_vectors
    from tests.answer.test_every_side import THREE
    a = make_assistant(write_corpus(tmp_path / "corpus", {"planet.txt": ARTICLE, "gazette.txt": ARTICLE.replace(
        "48", "47"), "courier.txt": "Charges\n\nThe mayor was charged.\n"}, THREE), chunk_words=30)
    a.ingest([tmp_path / "corpus"])
    store, lexical = a._open(), a._lexical
    doc = next(d for d, r in store.manifest.documents.items() if len(r["chunk_ids"]) > 5)
    q = "How many pages long is the indictment against the mayor?"
    qvec, ask = a.embedder.embed([q])[0], asked(q)
    for floor in (-5.0, 0.2, 0.4, 5.0):
        ranked = []
        for reach in (None, floor_reach(ask, qvec, lexical.coverage, floor)):
            quotes = stored_vectors({}, [], sentences_of=store.sentences, embed=a.embedder.embed)
            hits = _article(doc, lambda _t: True, store=store, lexical=lexical, seen=set(), quotes=quotes, cued=False,
                            reach=reach)
            ranked.append([spot(x) for x in rank_quotes(ask, hits, qvec, quotes, lexical.coverage, floor=floor)])
            if reach is not None and floor == 5.0:
                assert hits == []  # no passage can score that high: none is cut from the document
            if reach is not None and floor == -5.0:
                assert len(hits) == len(store.manifest.documents[doc]["chunk_ids"])
        assert ranked[0] == ranked[1]


def _one_span_reaches(ask, stored, span, qvec, coverage, below) -> bool:
    """The definition, one span and one row at a time: an empty span, or a row whose `most` bound reaches, less the
    date bonus when its text names no date and the figure bonus when it can count nothing (read from TEXT, not from
    the stored marks; with marks stored only)."""
    from app.answer.scoring import W_DATE, W_FIGURE, most
    from app.answer.select import REACH_SLACK
    from app.answer.signals import spelled_terms
    from app.answer.verb_forms import other_forms, with_forms
    from app.attribution.figure_codec import figure_bytes
    from app.text.marks import may_count, names_date
    rows, forms = stored.rows(*span), other_forms(ask.terms)
    if not rows:
        return True
    for i in rows:
        v = np.asarray(stored.vectors[i : i + 1], dtype=np.float32)[0]
        held = with_forms(stored.terms(i), forms) if forms else stored.terms(i)
        cover = coverage(set(ask.terms), held | spelled_terms(ask))  # its acronyms spelled out: their terms held
        text = TEXT[int(stored.starts[i]) : int(stored.ends[i])]
        unearned = 0.0 if stored.marks is None else (W_DATE * bool(ask.date and not names_date(text))
                                                     + W_FIGURE * bool(ask.figure and not may_count(
                                                         text, bool(figure_bytes(text)))))
        if most(ask, float(v @ qvec) / max(float(np.linalg.norm(v)), 1e-12), cover) - unearned >= below - REACH_SLACK:
            return True
    return False


@pytest.mark.parametrize("seed", range(6))
def test_spans_reach_gives_each_span_what_its_rows_one_by_one_give(seed):
    """All of an article's spans are tested in one pass (their rows found at once, each row's bound once): each
    span's answer is the one its own rows give, whatever other spans come with it (overlapping, empty, past the
    text's end)."""
    from app.answer.select import spans_reach
    rng = np.random.default_rng(seed)
    hits = article(rng)
    stored = hits[0].sentences
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    qvec = rng.standard_normal(16).astype(np.float32)
    qvec /= np.linalg.norm(qvec)
    seen = set()
    for question in QUESTIONS:
        ask = asked(question)
        for _ in range(20):
            starts = rng.integers(0, len(TEXT) + 20, rng.integers(1, 12))
            spans = [(int(a), int(a + rng.integers(0, 300))) for a in starts]
            below = float(rng.uniform(-0.5, 1.5))
            got = spans_reach(ask, stored, spans, qvec, lexical.coverage, below)
            assert got == [_one_span_reaches(ask, stored, s, qvec, lexical.coverage, below) for s in spans]
            seen.update(got)
    assert seen == {True, False}  # the draws reach both answers


def test_a_lone_passage_of_its_document_is_ranked_not_tested_and_the_floored_ranking_is_the_same():
    """A document with one passage among the hits (the other stance groups' look: each passage its own document's) is
    not tested by `spans_reach` (one test costs about what scoring its few sentences to their bound does); a document
    with SHARED_TEST passages or more is. Either way the floored ranking is the whole ranking cut at the floor."""
    from app.answer.select import SHARED_TEST
    rng = np.random.default_rng(3)
    hits = article(rng)
    known = unit_vectors(hits)
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    qvec = next(v for t, v in known.items() if t.startswith("Google"))
    ask = asked("Which companies announced the shutdown of accounts linked to Iran?")
    embed = lambda ts: np.stack([known[t] for t in ts])  # noqa: E731
    floor = rank_quotes(ask, hits, qvec, embed, lexical.coverage)[0].score
    together = reachable(ask, hits, qvec, lexical.coverage, floor - EXTEND_MARGIN)
    assert SHARED_TEST <= len(hits) and len(together) < len(hits)  # one document's passages: tested at once
    alone = [Hit(h.chunk, h.dense, h.lexical, h.coverage, h.fused, h.score, Sentences.of(  # each its own document
        split_sentences(TEXT), h.sentences.vectors, TEXT)) for h in hits]
    assert reachable(ask, alone, qvec, lexical.coverage, floor - EXTEND_MARGIN) == alone
    whole = rank_quotes(ask, alone, qvec, embed, lexical.coverage)
    for cut in (floor, floor - 0.2, whole[-1].score):
        got = rank_quotes(ask, alone, qvec, embed, lexical.coverage, floor=cut)
        assert [spot(q) for q in got] == [spot(q) for q in whole if q.score >= cut]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("question", QUESTIONS)
def test_passages_cut_by_the_floor_already_are_ranked_to_the_same_quotes_without_a_second_test(question, seed,
                                                                                             monkeypatch):
    """An article's passages come cut by `floor_reach` (`pipeline._article`): ranked with `reached`, the same quotes
    as a ranking that tests them again, and `spans_reach` is not called a second time."""
    import app.answer.select as select

    hits, known, lexical, qvec, ask = random_article(question, seed)
    embed = lambda ts: np.stack([known[t] for t in ts])  # noqa: E731
    whole = rank_quotes(ask, hits, qvec, embed, lexical.coverage)
    for floor in sorted({q.score for q in whole} | {-1.0, 0.3}):
        reach = select.floor_reach(ask, qvec, lexical.coverage, floor)
        cut = [h for h, ok in zip(hits, reach(hits[0].sentences, [(h.chunk.start, h.chunk.end) for h in hits]))
               if ok] if reach is not None else hits
        tested = rank_quotes(ask, cut, qvec, embed, lexical.coverage, floor=floor)
        calls = []
        monkeypatch.setattr(select, "spans_reach", lambda *a: calls.append(a) or [True] * len(a[2]))
        got = rank_quotes(ask, cut, qvec, embed, lexical.coverage, floor=floor, reached=reach is not None)
        monkeypatch.undo()
        assert [spot(q) for q in got] == [spot(q) for q in tested]
        assert [q.score for q in got] == [q.score for q in tested]
        assert calls == [] or reach is None


@pytest.mark.parametrize(("question", "bonus"), [("When did the turning point come?", "date"),
                                                 ("How many members does the cyber unit have?", "figure")])
def test_a_sentence_that_cannot_earn_the_asked_bonus_does_not_reach_through_it(question, bonus):
    """A "when" question's date bonus and a "how many" question's figure bonus go, in the bound, only to stored rows
    whose mark says they can earn them: a passage that reaches the floor only through a bonus none of its sentences
    can earn is not read (with no marks stored, it still is)."""
    from dataclasses import replace

    from app.answer.scoring import W_DATE, W_FIGURE, most
    from app.answer.select import REACH_SLACK, spans_reach
    hits = article(np.random.default_rng(0))
    stored, known = hits[0].sentences, unit_vectors(hits)
    ask = asked(question)
    plain = next(h for h in hits if "Critics" in h.chunk.text)  # "Critics call the figure inflated. | The Mojahedin…"
    qvec = known["Critics call the figure inflated."]
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    rows = stored.rows(plain.chunk.start, plain.chunk.end)
    # a floor its best row reaches only with the bonus: its `most` at its own similarity and coverage
    best = max(most(ask, float(known[TEXT[a:b]] @ qvec), lexical.coverage(set(ask.terms), stored.terms(i)))
               for i, (a, b) in zip(rows, stored.spans_of(rows)))
    below = best - (W_DATE if bonus == "date" else W_FIGURE) / 2
    span = [(plain.chunk.start, plain.chunk.end)]
    assert spans_reach(ask, stored, span, qvec, lexical.coverage, below) == [False]
    assert spans_reach(ask, replace(stored, marks=None), span, qvec, lexical.coverage, below) == [True]
    assert below - REACH_SLACK < best


def test_the_unearned_bonuses_are_the_date_one_for_rows_naming_no_date_and_the_figure_one_for_rows_counting_nothing():
    from app.answer.scoring import W_DATE, W_FIGURE, unearned
    from app.text.marks import COUNTS, DATED
    marks = np.array([0, DATED, COUNTS, DATED | COUNTS], dtype=np.uint8)
    when, how_many, other = asked("When did the turning point come?"), asked("How many pages are there?"), asked(
        "Who announced the shutdown?")
    assert unearned(when, marks).tolist() == pytest.approx([W_DATE, 0.0, W_DATE, 0.0])
    assert unearned(how_many, marks).tolist() == pytest.approx([W_FIGURE, W_FIGURE, 0.0, 0.0])
    assert unearned(other, marks) == 0.0 and unearned(when, None) == 0.0


def test_an_acronym_question_bounds_a_sentence_by_the_acronym_terms_it_may_spell_out_not_by_full_coverage():
    """A question writing an acronym ("MKO") gives a sentence spelling it out ("The Mojahedin Khalq Organization …")
    the acronym's terms (`spelled_out`): its coverage bound is its own terms and those, not 1.0 (the bound of every row
    of an article, which read every passage of it for an article look that could find none). A passage reaching the
    floor only with full coverage is not read; one spelling the acronym out still reaches as high as it scores."""
    from app.answer.scoring import W_COVER, most
    from app.answer.select import REACH_SLACK, spans_reach
    from app.answer.signals import spelled_terms
    hits = article(np.random.default_rng(0))
    stored, known = hits[0].sentences, unit_vectors(hits)
    ask = asked("When did the MKO cyber unit start its operations?")
    assert ask.acronyms == frozenset({"mko"}) and spelled_terms(ask) == frozenset({"mko"})
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    weather = next(h for h in hits if "Weather" in h.chunk.text)  # holds none of the question's terms
    qvec = known["Weather in the capital was mild."]
    rows = stored.rows(weather.chunk.start, weather.chunk.end)
    best = max(most(ask, float(known[TEXT[a:b]] @ qvec), lexical.coverage(set(ask.terms), stored.terms(i)
                                                                          | spelled_terms(ask)))
               for i, (a, b) in zip(rows, stored.spans_of(rows)))
    below = best + W_COVER / 2 + REACH_SLACK  # reached only by a bound of full coverage
    assert spans_reach(ask, stored, [(weather.chunk.start, weather.chunk.end)], qvec, lexical.coverage, below) == [False]
    spelled = next(h for h in hits if "Mojahedin" in h.chunk.text)
    qvec = known["The Mojahedin Khalq Organization denies it."]
    whole = rank_quotes(ask, [spelled], qvec, lambda ts: np.stack([known[t] for t in ts]), lexical.coverage)
    top = next(q for q in whole if "Mojahedin" in q.text)
    assert top.cover > 0  # the acronym's term, held by spelling it out
    assert spans_reach(ask, stored, [(spelled.chunk.start, spelled.chunk.end)], qvec, lexical.coverage,
                       top.score) == [True]


def test_an_acronym_question_scores_a_sentence_below_the_cut_only_to_its_bound(monkeypatch):
    """`score_sentences` with a cut: a sentence of stored terms whose bound (its own terms and the acronyms' terms it
    may spell out) stays below it is not scored further (no acronym spelled out, no signal tested) and keeps that
    bound; a full-coverage bound would have scored it in full."""
    import app.answer.scoring as scoring
    from app.answer.scoring import W_COVER, most, passage_sentences, score_sentences
    from app.answer.signals import spelled_terms
    hits = article(np.random.default_rng(0))
    known = unit_vectors(hits)
    ask = asked("When did the MKO cyber unit start its operations?")
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    weather = next(h for h in hits if "Weather" in h.chunk.text)
    sentences = [s for s in passage_sentences(weather) if s.text.startswith("Weather")]
    qvec = known["Weather in the capital was mild."]
    bound = most(ask, 1.0, lexical.coverage(set(ask.terms), sentences[0].terms | spelled_terms(ask)))
    monkeypatch.setattr(scoring, "spelled_out", lambda *_a: (_ for _ in ()).throw(AssertionError("scored in full")))
    got = score_sentences(ask, sentences, np.stack([qvec]), qvec, lexical.coverage, below=bound + W_COVER / 2)
    assert [x.score for x in got] == pytest.approx([bound])


def test_a_floor_no_row_could_reach_even_as_close_as_the_question_reads_no_vector():
    """A row's cosine to the question is at most 1: when even that, with the document's coverage and every bonus
    asked, stays below the floor, no span reaches (an empty one still does) and the rows' vectors are not read."""
    from dataclasses import replace

    from app.answer.scoring import most
    from app.answer.select import DENSE_MOST, spans_reach

    class Unread:
        def __getitem__(self, _key):
            raise AssertionError("vectors read")
    hits = article(np.random.default_rng(0))
    stored = replace(hits[0].sentences, vectors=Unread())
    ask = asked("Which companies announced the shutdown of accounts?")
    lexical = LexicalIndex.build([h.chunk.id for h in hits], [h.chunk.text for h in hits], [{} for _ in hits])
    top = most(ask, DENSE_MOST, 1.0)
    spans = [(h.chunk.start, h.chunk.end) for h in hits] + [(len(TEXT) + 5, len(TEXT) + 9)]
    got = spans_reach(ask, stored, spans, np.ones(16, dtype=np.float32) / 4, lexical.coverage, top + 0.01)
    assert got == [False] * len(hits) + [True]
