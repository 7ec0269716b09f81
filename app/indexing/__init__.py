"""Indexing: runs documents through load → clean → chunk → attribute → embed → store, idempotently.

Takes files, folders or uploads and a store; gives an ingest report (new, changed, unchanged, copies, failures)."""
