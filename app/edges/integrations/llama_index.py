"""llama-index adapters: byline as a `BaseRetriever` and as a query engine.

    retriever = BylineRetriever(assistant)            # NodeWithScore per citation
    engine = BylineQueryEngine(assistant=assistant)   # Response(text=byline's answer, source_nodes=citations)

Each node's text is a verbatim quote; its metadata carries outlet, stance, chain, label ('Iran News
Update, disputing Al Jazeera'), doc_id, start, end and quote (plus title/url/date and the citation
marker), so `document[start:end] == quote` can be checked downstream. Only outlet, stance, chain,
label, title and date reach an LLM prompt.
Scores are rank-based (1, 1/2, 1/3, ... in byline's fused order), not similarities.
Nothing here reads or writes `llama_index.core.Settings`: pass `llm=`/`callback_manager=` to
llama-index objects you build around these.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.base.response.schema import Response
from llama_index.core.callbacks import CallbackManager
from llama_index.core.query_engine import CustomQueryEngine
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from app.api import Assistant
from app.models import Answer, Citation

HIDDEN_FROM_LLM = ["doc_id", "start", "end", "quote", "url", "citation"]


def citation_node(citation: Citation, rank: int) -> NodeWithScore:
    """One citation as a llama-index node: the quote is the text, the attribution the metadata."""
    meta = {
        "outlet": citation.outlet, "stance": citation.stance, "chain": list(citation.chain), "label": citation.label,
        "doc_id": citation.doc_id, "start": citation.start, "end": citation.end, "quote": citation.quote,
        "title": citation.title, "url": citation.url, "date": citation.date, "citation": citation.id,
    }
    hidden = HIDDEN_FROM_LLM + ([] if citation.chain else ["chain", "label"])  # an empty chain tells an LLM nothing
    node = TextNode(
        id_=f"{citation.doc_id}:{citation.start}-{citation.end}",
        text=citation.quote,
        metadata={k: v for k, v in meta.items() if v is not None},
        excluded_llm_metadata_keys=hidden,
        excluded_embed_metadata_keys=hidden,
    )
    return NodeWithScore(node=node, score=1.0 / rank)


def answer_nodes(answer: Answer) -> list[NodeWithScore]:
    return [citation_node(c, i) for i, c in enumerate(answer.citations, start=1)]


class BylineRetriever(BaseRetriever):
    """Retrieve byline's cited passages for a query (none when byline abstains)."""

    def __init__(self, assistant: Assistant, *, outlets: list[str] | None = None, stances: list[str] | None = None,
                 k: int | None = None, callback_manager: CallbackManager | None = None) -> None:
        super().__init__(callback_manager=callback_manager or CallbackManager([]))
        self.assistant, self.outlets, self.stances, self.k = assistant, outlets, stances, k

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        answer = self.assistant.ask(query_bundle.query_str, outlets=self.outlets, stances=self.stances, k=self.k)
        return answer_nodes(answer)


class BylineQueryEngine(CustomQueryEngine):
    """byline's own answer as a llama-index `Response`; `source_nodes` are its citations, in order.

    `Response.metadata` holds `abstained`, `contested` and the full `answer` (Answer JSON).
    """

    assistant: Any
    outlets: list[str] | None = None
    stances: list[str] | None = None
    k: int | None = None

    def custom_query(self, query_str: str) -> Response:
        answer: Answer = self.assistant.ask(query_str, outlets=self.outlets, stances=self.stances, k=self.k)
        return Response(
            response=answer.answer,
            source_nodes=answer_nodes(answer),
            metadata={"abstained": answer.abstained, "contested": answer.contested, "answer": answer.model_dump()},
        )


__all__ = ["BylineQueryEngine", "BylineRetriever", "answer_nodes", "citation_node"]
