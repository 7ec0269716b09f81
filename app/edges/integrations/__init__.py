"""Adapters that let other frameworks use byline (import the submodule you need; each pulls in its
framework lazily): `app.edges.integrations.llama_index` (retriever, query engine), `llama_embed` (embedding)."""
