import pytest

from app.answer.compose import ABSTAIN_TEXT
from app.errors import CorpusError, IndexEmptyError, IndexMissingError, QueryError


@pytest.fixture
def assistant(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    return a


def test_every_quote_is_the_document_text_at_its_offsets(assistant):
    answer = assistant.ask("How much will the bridge cost?")
    assert not answer.abstained and answer.citations
    for c in answer.citations:
        assert assistant.document(c.doc_id).text[c.start : c.end] == c.quote
        assert f"[{c.id}]" in answer.answer
    assert assistant.verify(answer) == []


def test_quotes_are_labelled_with_the_outlet_of_their_document(assistant):
    answer = assistant.ask("What is the real cost of the bridge according to the audit?")
    outlets = {s.doc_id: s.outlet for s in assistant.sources()}
    assert all(c.outlet == outlets[c.doc_id] for c in answer.citations)
    assert any(c.outlet == "Gotham Gazette" and "90 million" in c.quote for c in answer.citations)


def test_opposing_outlets_are_shown_under_their_own_labels(assistant):
    answer = assistant.ask("How much will the construction of the bridge cost in million dollars?")
    assert {c.outlet for c in answer.citations} == {"Daily Planet", "Gotham Gazette"}
    assert "For the plan — Daily Planet:" in answer.answer and "Against the plan — Gotham Gazette:" in answer.answer
    assert answer.contested


def test_outlet_filter_restricts_citations_and_accepts_aliases(assistant):
    answer = assistant.ask("What will the bridge cost?", outlets=["Planet"])
    assert {c.outlet for c in answer.citations} == {"Daily Planet"}
    answer = assistant.ask("What will the bridge cost?", stances=["anti"])
    assert {c.outlet for c in answer.citations} == {"Gotham Gazette"}


def test_unknown_outlet_filter_is_a_clear_error(assistant):
    with pytest.raises(QueryError, match="unknown outlet 'Nope'; indexed outlets: Daily Planet, Gotham Gazette"):
        assistant.ask("bridge", outlets=["Nope"])


@pytest.mark.parametrize("question", ["", "   ", "?!?", "x" * 5000])
def test_unusable_questions_are_query_errors(assistant, question):
    with pytest.raises(QueryError):
        assistant.ask(question)


def test_weak_evidence_abstains_without_citations(make_assistant, corpus_dir):
    a = make_assistant(corpus_dir, abstain_below=0.9)
    a.ingest([corpus_dir])
    answer = a.ask("Who won the football match yesterday?")
    assert answer.abstained and answer.citations == [] and answer.answer == ABSTAIN_TEXT


def test_asking_without_an_index_says_how_to_build_one(make_assistant, corpus_dir):
    with pytest.raises(IndexMissingError, match="byline ingest"):
        make_assistant(corpus_dir).ask("bridge")


def test_asking_an_index_without_documents_says_so_and_how_to_add_some(make_assistant, corpus_dir, tmp_path):
    """It said "The indexed sources don't answer this.", as if the sources had been read."""
    (tmp_path / "none").mkdir()
    a = make_assistant(corpus_dir)
    a.ingest([tmp_path / "none"])  # an index with a manifest and no documents
    with pytest.raises(IndexEmptyError, match=r"holds no documents — add some with: byline ingest DIR --index "):
        a.ask("How much will the bridge cost?")
    a.ingest([corpus_dir])
    for doc in a.sources():
        a.remove_document(doc.doc_id)
    with pytest.raises(IndexEmptyError, match="holds no documents"):
        a.ask("How much will the bridge cost?", view="perspectives")


def test_answer_json_matches_the_contract(assistant):
    data = assistant.ask("What will the bridge cost?").model_dump()
    assert set(data) == {"question", "answer", "abstained", "contested", "citations"}
    assert set(data["citations"][0]) == {"id", "outlet", "stance", "doc_id", "title", "url", "date", "quote", "start", "end", "chain"}


def test_verify_catches_a_paraphrased_quote_and_a_wrong_outlet(assistant):
    answer = assistant.ask("What will the bridge cost?")
    c = answer.citations[0]
    bad_quote = answer.model_copy(update={"citations": [c.model_copy(update={"quote": c.quote.upper()})]})
    bad_outlet = answer.model_copy(update={"citations": [c.model_copy(update={"outlet": "Someone Else"})]})
    assert any("not the text" in p for p in assistant.verify(bad_quote))
    assert any("published by" in p for p in assistant.verify(bad_outlet))


def test_uploaded_document_is_searchable_with_its_form_metadata(assistant):
    report = assistant.add_document("../../evil/ferry.txt", b"The ferry service across the river will end in June.",
                                    outlet="Harbour News", stance="pro", url="https://harbour.example/ferry")
    assert len(report.new) == 1
    assert (assistant.config.upload_dir / "ferry.txt").is_file()
    answer = assistant.ask("When will the ferry service end?")
    assert answer.citations[0].outlet == "Harbour News"
    assert answer.citations[0].url == "https://harbour.example/ferry"


def test_upload_of_an_unsupported_type_is_refused(assistant):
    with pytest.raises(CorpusError, match="unsupported"):
        assistant.add_document("x.exe", b"MZ")


def test_an_upload_with_a_bad_jsonl_line_is_refused_naming_the_line_and_why_before_anything_is_saved(assistant):
    good = b'{"text": "The harbour authority said the new pier would open in June.", "outlet": "Harbour News"}'
    with pytest.raises(CorpusError) as refused:
        assistant.add_document("two.jsonl", good + b'\n{"title": "no text here"}\n')
    assert str(refused.value).endswith('two.jsonl#2: no "text" (or "html") string')
    assert not (assistant.config.upload_dir / "two.jsonl").exists()


def test_uploads_are_kept_outside_the_corpus_so_reingesting_it_never_picks_them_up():
    from app.config import Config

    config = Config()
    assert not config.upload_dir.resolve().is_relative_to(config.corpus_dir.resolve())
