"""Each sentence's role words (`app.text.role_words`) are found once at ingest and stored with the document's
sentences; a question about a role reads them instead of tokenising every passage of the answering articles
(`roles.RoleWords`), and a changed document replaces only its own."""

from __future__ import annotations

import numpy as np
from corpora import REGISTRY, write_corpus

from app.answer.roles import RoleWords
from app.store.sentences import Sentences
from app.text.role_words import role_words
from app.text.sentences import split_sentences

TEXT = ("The bill passed on Friday. Jane Doe released a statement from her doctor, Dr. Ann Vole. "
        "“She is fit to serve,” the spokesman's note said. Critics were unhappy.")


def _stored(text: str = TEXT) -> tuple[list, Sentences]:
    spans = split_sentences(text)
    return spans, Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text)


def test_a_sentence_role_words_are_its_word_stems_and_the_roles_its_title_abbreviations_stand_for():
    words = role_words("Dr. Ann Vole, Hunter's spokesmen and the co-founders said so.")
    assert {"doctor", "dr", "hunter", "spokesmen", "co-found", "said"} <= words
    assert "," not in words and "hunter's" not in words


def test_role_words_are_stored_at_ingest_and_read_back_from_the_file(tmp_path):
    spans, made = _stored()
    assert made.role_rows(frozenset({"doctor"})).tolist() == [1]  # "Dr." in the second sentence only
    assert made.role_rows(frozenset({"spokesman"})).tolist() == [2]  # "the spokesman's note"
    assert made.role_rows(frozenset({"lawyer"})).tolist() == []
    path = tmp_path / "s.bin"
    path.write_bytes(made.to_bytes())
    for back in (Sentences.from_bytes(made.to_bytes()), Sentences.read(path)):
        assert back.roles == made.roles and back.role_rows(frozenset({"doctor", "spokesman"})).tolist() == [1, 2]


def test_a_version_6_file_reads_with_no_role_words_and_is_completed_from_the_text(tmp_path):
    from app.store.sentence_file import HEAD, HEAD_V6, MAGIC_V6

    spans, made = _stored()
    data, n = made.to_bytes(), len(spans)
    head = np.frombuffer(data, dtype=np.int64, count=HEAD).copy()
    head[0] = MAGIC_V6
    old = head[:HEAD_V6].tobytes() + data[8 * HEAD : len(data) - 8 * (n + 1) - int(head[14])]
    (tmp_path / "old.bin").write_bytes(old)
    for back in (Sentences.from_bytes(old), Sentences.read(tmp_path / "old.bin")):
        assert back.role_bounds is None and back.role_rows(frozenset({"doctor"})) is None
        assert back.marks.tolist() == made.marks.tolist() and back.runs == made.runs
        assert back.completed(TEXT).role_rows(frozenset({"doctor"})).tolist() == [1]


def test_the_role_test_answers_from_the_stored_rows_without_the_text():
    spans, made = _stored()
    test = RoleWords(frozenset({"doctor"}))
    assert test.stored(made) is True and RoleWords(frozenset({"lawyer"})).stored(made) is False
    starts, ends = [s.start for s in spans], [s.end for s in spans]
    assert test.stored_spans(made, starts, ends) == [False, True, False, False]
    assert test.told(made, spans[0].start, spans[1].end) is True
    assert test.told(made, spans[2].start, spans[3].end) is False
    assert test.stored(None) is None and test("Dr. Ann Vole said so.") and not test("Ann Vole said so.")


def test_the_stored_rows_give_the_text_test_for_every_passage_of_whole_sentences():
    """The stored answer and the text test agree on every span of whole sentences (one necessary condition)."""
    spans, made = _stored()
    for role in ({"doctor"}, {"spokesman"}, {"note", "critic"}, {"lawyer"}):
        test = RoleWords(frozenset(role))
        for i in range(len(spans)):
            for j in range(i, len(spans)):
                assert test.told(made, spans[i].start, spans[j].end) == test(TEXT[spans[i].start : spans[j].end])


def _sentences_of(a, name: str) -> tuple[str, Sentences]:
    store = a._open()
    doc = next(d for d, rec in store.manifest.documents.items() if rec["sources"][0].endswith(name))
    return doc, store.sentences(doc)


DOCS = {"doctor.txt": "Doe health report\n\nJane Doe released a statement from her doctor, Dr. Ann Vole, on Friday. "
                      "“She is fit to serve,” Vole added.\n\nThe campaign resumes next week.",
        "bridge.txt": "Bridge plan approved\n\nThe city council approved the new river bridge on Monday. Mayor Lane "
                      "said the bridge will cut commuting times by half."}


def test_ingest_stores_each_document_role_words_and_a_changed_document_replaces_only_its_own(make_assistant,
                                                                                           tmp_path):
    corpus = write_corpus(tmp_path / "c", DOCS, REGISTRY)
    a = make_assistant(corpus)
    a.ingest([corpus])
    doctor, stored = _sentences_of(a, "doctor.txt")
    bridge, bridge_stored = _sentences_of(a, "bridge.txt")
    assert stored.role_bounds is not None and len(stored.role_rows(frozenset({"doctor"}))) == 1
    assert len(bridge_stored.role_rows(frozenset({"mayor"}))) == 1
    files = a.config.index_dir / "sentences"
    bridge_bytes = (files / f"{bridge}.bin").read_bytes()
    (corpus / "doctor.txt").write_text(DOCS["doctor.txt"].replace("her doctor, Dr.", "her lawyer,"), encoding="utf-8")
    b = make_assistant(corpus)
    b.ingest([corpus])
    new_doc, changed = _sentences_of(b, "doctor.txt")
    assert new_doc != doctor and not (files / f"{doctor}.bin").exists()
    assert len(changed.role_rows(frozenset({"doctor"}))) == 0 and len(changed.role_rows(frozenset({"lawyer"}))) == 1
    assert (files / f"{bridge}.bin").read_bytes() == bridge_bytes  # the unchanged document's rows as they were


def test_a_sentence_holds_the_role_by_its_stored_words_as_by_its_text():
    import json

    from app.answer.retrieve import Hit
    from app.answer.scoring import passage_sentences
    from app.store.chroma import StoredChunk

    spans, made = _stored()
    meta = {"outlet": "N", "stance": "x", "chains": json.dumps([[0, len(TEXT), [["Ann Vole", "quotes"]]]])}
    hit = Hit(StoredChunk(id="c", doc_id="d", start=0, end=len(TEXT), text=TEXT, meta=meta), 0.5, 0, 0.5, 0.1, 0.1,
              made)
    bare = hit.__class__(**{**hit.__dict__, "sentences": None})
    for role in ({"doctor"}, {"spokesman"}, {"lawyer"}):
        test = RoleWords(frozenset(role))
        assert [test.holds(s) for s in passage_sentences(hit)] == [test(s.text) for s in passage_sentences(bare)]


def test_the_answering_articles_are_read_through_the_role_test():
    """`role_in_articles` hands the reader the role's test: a passage holding none of its words is not read."""
    from app.answer.asked import asked
    from app.answer.roles import role_in_articles
    from tests.answer.test_role_named_speaker import hits_of

    answering = hits_of("“She is fit to serve,” Vole added.", "d1", "Ann Vole")
    elsewhere = {"d1": hits_of("Jane Doe released a statement from her doctor, Dr. Ann Vole, on Friday.", "d1",
                               "Ann Vole") + hits_of("Jane Doe thanked Ann Vole on Friday.", "d1", "Ann Vole")}
    given = []

    def read(doc: str, keep) -> list:
        given.append([keep(h.chunk.text) for h in elsewhere.get(doc, [])])
        return [h for h in elsewhere.get(doc, []) if keep(h.chunk.text)]

    parsed = asked("What did Jane Doe's doctor say about her health?")
    assert role_in_articles(parsed, parsed, answering, read).speakers == {"ann", "vole"}
    assert given == [[True, False]]
