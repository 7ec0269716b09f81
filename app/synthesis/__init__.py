"""Synthesis (optional): an LLM writes a short paragraph from an extractive answer's numbered quotes.

Takes an `Answer` and a `Generator`; gives the same `Answer` plus `synthesis`, whose every sentence is
verified against the quote it cites (failing ones replaced by that quote or dropped)."""
