"""A fake encoder that fails mid-ingest, for the tests of failed writes (tests/store, tests/edges)."""

from __future__ import annotations

from app.store.embed import HashEmbedder

ARTICLE = b"Title: The bridge\n\nThe mayor said on Monday that the bridge would reopen in May. " * 3


class BrokenEncoder(HashEmbedder):
    """The hash fake, raising while `broken` or given a text with the word `poison` (a model that fails mid-ingest)."""

    broken = False
    poison = "Zanzibar"

    def embed(self, texts):
        if len(texts) and (self.broken or any(self.poison in t for t in texts)):
            raise RuntimeError("the encoder failed")
        return super().embed(texts)
