"""A passage fusion ranked past the k picks joins them when one of its sentences is closer to the
question than any picked passage's sentence and holds most of the question's terms."""

import numpy as np

from app.answer.closer import closer_sentence, closest_sentence, sentence_terms
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span
from app.text.terms import terms

QVEC = np.array([1.0, 0.0, 0.0], dtype=np.float32)
ASKED = frozenset(terms("Which stores did the chain close?", query=True))


def at(cos: float) -> list[float]:
    """A unit vector whose cosine with the question's is `cos`."""
    return [cos, float(np.sqrt(1 - cos * cos)), 0.0]


def doc(doc_id: str, sentences: list[tuple[str, float]], with_text: bool = True) -> tuple[StoredChunk, Sentences]:
    """One passage covering the whole document; each sentence with its cosine to the question."""
    text, spans = "", []
    for s, _ in sentences:
        spans.append(Span(len(text), len(text) + len(s)))
        text += s + " "
    stored = Sentences.of(spans, np.array([at(c) for _, c in sentences], dtype=np.float32), text if with_text else None)
    return StoredChunk(doc_id, doc_id, 0, len(text), text, {}), stored


def covers(found: frozenset[str] | str) -> bool:
    return ASKED <= (found if isinstance(found, frozenset) else frozenset(terms(found)))


def joins(picked: dict, candidates: dict) -> list[str]:
    chunks = {**picked, **candidates}
    return closer_sentence([(cid, 1.0) for cid in picked], list(candidates), {c: v[0] for c, v in chunks.items()},
                           lambda d: chunks[d][1], QVEC, covers)


PICKED = {"p": doc("p", [("The chain reported its results on Monday.", 0.6), ("Shares fell.", 0.2)])}


def test_a_passage_whose_sentence_is_closer_and_holds_the_question_terms_joins():
    late = doc("c", [("Analysts had expected more.", 0.1), ("The chain will close 40 stores, it said.", 0.8)])
    assert joins(PICKED, {"c": late}) == ["c"]


def test_a_sentence_no_closer_than_a_picked_passage_sentence_does_not_join():
    late = doc("c", [("The chain will close 40 stores, it said.", 0.6)])
    assert joins(PICKED, {"c": late}) == []


def test_the_closest_sentence_must_hold_the_terms_itself_not_another_sentence_of_the_passage():
    late = doc("c", [("The chain said it would close stores.", 0.3), ("Many shoppers were upset by the news.", 0.9)])
    assert joins(PICKED, {"c": late}) == []


def test_of_several_passages_that_qualify_the_one_with_the_closest_sentence_joins():
    first = doc("c1", [("The chain will close 40 stores.", 0.7)])
    second = doc("c2", [("How many stores the chain will close: 40.", 0.85)])
    assert joins(PICKED, {"c1": first, "c2": second}) == ["c2"]


def test_no_candidates_no_join():
    assert joins(PICKED, {}) == []


def test_closest_sentence_is_its_cosine_and_terms_or_its_text_when_terms_are_not_stored():
    chunk, stored = doc("c", [("Shares fell.", 0.2), ("The chain will close 40 stores.", 0.8)])
    cos, row = closest_sentence(chunk, stored, QVEC)
    assert round(cos, 4) == 0.8 and row == 1
    assert sentence_terms(chunk, stored, row) == frozenset(terms("The chain will close 40 stores."))
    chunk, stored = doc("c", [("Shares fell.", 0.2), ("The chain will close 40 stores.", 0.8)], with_text=False)
    assert sentence_terms(chunk, stored, closest_sentence(chunk, stored, QVEC)[1]) == "The chain will close 40 stores."
    assert closest_sentence(chunk, None, QVEC) == (-1.0, -1) and sentence_terms(chunk, None, -1) == ""


def test_only_the_sentences_closer_than_every_pick_have_their_terms_read(monkeypatch):
    read = []
    original = Sentences.terms
    monkeypatch.setattr(Sentences, "terms", lambda self, i: read.append(i) or original(self, i))
    late = doc("c", [("Analysts had expected more.", 0.1), ("The chain will close 40 stores, it said.", 0.8)])
    low = doc("d", [("The chain will close 40 stores.", 0.3)])
    assert joins(PICKED, {"c": late, "d": low}) == ["c"]
    assert read == [1]  # the closer one's, not the picked passage's nor the lower candidate's


def test_retrieve_reads_the_passage_past_k_whose_one_sentence_answers(make_assistant, tmp_path):
    from corpora import write_corpus

    from app.answer.retrieve import retrieve

    filler = " ".join(f"The weather in the valley was mild on day {n} of the festival." for n in range(8))
    docs = {"a.txt": "The chain stores sold goods. Stores close early on Sundays. The chain stores hired staff.",
            "b.txt": f"{filler} The chain will close stores. {filler}"}
    registry = "stance_groups: []\noutlets:\n  - {name: Alpha}\n  - {name: Beta}\ndocuments:\n" + "".join(
        f"  - {{file: {name}, outlet: {outlet}}}\n" for name, outlet in (("a.txt", "Alpha"), ("b.txt", "Beta")))
    a = make_assistant(write_corpus(tmp_path / "c", docs, registry))
    a.ingest([tmp_path / "c"])
    question = "Which stores did the chain close?"
    store = a._open()
    hits = retrieve(question, a.embedder.embed([question])[0], store=store, lexical=a._lexical_index(store),
                    config=a.config, k=1)
    assert [h.outlet for h in hits] == ["Alpha", "Beta"]
    assert "The chain will close stores." in hits[1].chunk.text


def test_retrieve_reads_the_sentences_of_at_most_k_passages_past_the_picks(make_assistant, tmp_path):
    """Only the next k covered candidates may join: a large index has dozens holding the question's terms, and each
    read costs its document's sentences (100k chunks: 78 documents a question, 10.6 -> 16.4 ms)."""
    from corpora import write_corpus

    from app.answer.retrieve import retrieve

    docs = {f"d{n}.txt": f"The chain will close {n + 2} stores in town {n}. Shares fell on day {n}." for n in range(8)}
    registry = "stance_groups: []\noutlets:\n  - {name: Alpha}\ndocuments:\n" + "".join(
        f"  - {{file: {name}, outlet: Alpha}}\n" for name in docs)
    a = make_assistant(write_corpus(tmp_path / "c", docs, registry))
    a.ingest([tmp_path / "c"])
    question = "Which stores did the chain close?"
    store, read = a._open(), []
    load = store.load_sentences
    store.load_sentences = lambda doc_ids, spans=(): (read.append(list(doc_ids)), load(doc_ids, spans))[1]
    retrieve(question, a.embedder.embed([question])[0], store=store, lexical=a._lexical_index(store),
             config=a.config, k=2)
    assert read and len(read[0]) <= 4  # the 2 picks and the next 2 candidates, not all 8
