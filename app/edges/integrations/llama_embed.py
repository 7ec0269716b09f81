"""byline's Embedder as a llama-index `BaseEmbedding`, to pass explicitly as `embed_model=`.

Never assign it to `llama_index.core.Settings`: byline keeps no globals.
"""

from __future__ import annotations

from typing import Any

from llama_index.core.base.embeddings.base import BaseEmbedding, Embedding
from pydantic import PrivateAttr

from app.store.embed import Embedder


class BylineEmbedding(BaseEmbedding):
    """Queries and texts embedded by the wrapped byline Embedder (same vectors as the index)."""

    _embedder: Any = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs: Any) -> None:
        super().__init__(model_name=embedder.name, **kwargs)
        self._embedder = embedder

    @classmethod
    def class_name(cls) -> str:
        return "BylineEmbedding"

    def _get_query_embedding(self, query: str) -> Embedding:
        return self._embedder.embed([query])[0].tolist()

    async def _aget_query_embedding(self, query: str) -> Embedding:
        return self._get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> Embedding:
        return self._embedder.embed([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[Embedding]:
        return [row.tolist() for row in self._embedder.embed(texts)]
