"""The benchmark: ingest throughput, query latency vs llama-index at 1k-100k chunks, cold start, memory.

Takes a synthetic corpus built from the seed articles; gives evals/reports/bench.{md,json,png}."""
