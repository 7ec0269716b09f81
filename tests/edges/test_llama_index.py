"""llama-index adapters (app/edges/integrations/llama_index.py) used from plain llama-index code."""

from __future__ import annotations

import pytest
from integr_support import assistant, write_lake_docs
from llama_index.core import Settings
from llama_index.core.callbacks import CallbackManager
from llama_index.core.llms import MockLLM
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.response_synthesizers import get_response_synthesizer
from llama_index.core.schema import MetadataMode
from llama_index.core.tools import QueryEngineTool

from app.edges.integrations.llama_index import BylineQueryEngine, BylineRetriever

QUESTION = "Did the lake freeze in May?"
SETTINGS_SLOTS = ("_llm", "_embed_model", "_callback_manager", "_tokenizer", "_node_parser", "_prompt_helper",
                  "_chat_prompt_helper", "_transformations")


def settings_snapshot() -> dict:
    return {slot: getattr(Settings, slot, None) for slot in SETTINGS_SLOTS}


@pytest.fixture()
def lake(tmp_path):
    a = assistant(tmp_path / "index")
    a.ingest([write_lake_docs(tmp_path / "docs")])
    return a


@pytest.fixture(autouse=True)
def settings_untouched():
    before = settings_snapshot()
    yield
    assert settings_snapshot() == before, "llama_index.core.Settings was changed"


def test_retriever_returns_one_node_per_citation_with_attribution_metadata(lake):
    answer = lake.ask(QUESTION)
    nodes = BylineRetriever(lake).retrieve(QUESTION)
    assert [n.node.metadata["outlet"] for n in nodes] == [c.outlet for c in answer.citations]
    for node, citation in zip(nodes, answer.citations, strict=True):
        meta = node.node.metadata
        assert {"outlet", "chain", "label", "doc_id", "start", "end", "quote"} <= set(meta)
        assert meta["label"] == citation.label
        assert node.node.get_content() == citation.quote == meta["quote"]
        assert lake.document(meta["doc_id"]).text[meta["start"] : meta["end"]] == meta["quote"]
    assert [n.score for n in nodes] == sorted((n.score for n in nodes), reverse=True)


def test_outlet_labels_reach_the_llm_prompt_but_offsets_do_not(lake):
    [first, *_] = BylineRetriever(lake).retrieve(QUESTION)
    prompt_text = first.node.get_content(metadata_mode=MetadataMode.LLM)
    assert f"outlet: {first.node.metadata['outlet']}" in prompt_text
    assert "doc_id" not in prompt_text and "start:" not in prompt_text


def test_retriever_passes_filters_through(lake):
    nodes = BylineRetriever(lake, outlets=["Lake Gazette"], k=1).retrieve(QUESTION)
    assert [n.node.metadata["outlet"] for n in nodes] == ["Lake Gazette"]


def test_retriever_returns_nothing_when_byline_abstains(lake):
    assert BylineRetriever(lake).retrieve("Who won the chess final in Oslo?") == []


def test_plain_retriever_query_engine_with_a_mock_llm_cites_the_same_passages(lake):
    callbacks = CallbackManager([])
    llm = MockLLM(callback_manager=callbacks)
    engine = RetrieverQueryEngine.from_args(
        BylineRetriever(lake, callback_manager=callbacks), llm=llm, callback_manager=callbacks,
        response_synthesizer=get_response_synthesizer(llm=llm, callback_manager=callbacks),
    )
    response = engine.query(QUESTION)
    assert [n.node.metadata["quote"] for n in response.source_nodes] == [c.quote for c in lake.ask(QUESTION).citations]
    assert "outlet: Lake Gazette" in str(response)  # MockLLM echoes its prompt: the labels were in it


def test_query_engine_response_is_bylines_answer_with_citations_as_source_nodes(lake):
    answer = lake.ask(QUESTION)
    response = BylineQueryEngine(assistant=lake).query(QUESTION)
    assert str(response) == answer.answer
    assert [(n.node.metadata["doc_id"], n.node.metadata["start"]) for n in response.source_nodes] == [
        (c.doc_id, c.start) for c in answer.citations
    ]
    assert response.metadata["contested"] == answer.contested


def test_query_engine_works_as_a_llama_index_tool(lake):
    tool = QueryEngineTool.from_defaults(BylineQueryEngine(assistant=lake), name="byline",
                                         description="Attributed quotes from news outlets.")
    output = tool.call(QUESTION)
    assert output.content == lake.ask(QUESTION).answer
    assert output.raw_output.source_nodes


def test_query_engine_response_names_the_part_of_a_question_no_source_answers(lake):
    question = "How many skaters were on the ice, and when will the lake thaw?"  # the thaw is in no article
    meta = BylineQueryEngine(assistant=lake).query(question).metadata
    assert meta["answer"]["not_covered_parts"] == lake.ask(question).model_dump()["not_covered_parts"]
    assert [p["part"] for p in meta["answer"]["not_covered_parts"]] == ["When will the lake thaw?"]
