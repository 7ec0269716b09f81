"""Grounding evaluation: eval cases, metrics, the runner, reports, baselines and the chain eval.

Takes cases (YAML) and answers (byline, baselines or a JSONL file); gives per-case verdicts and a scored report."""
