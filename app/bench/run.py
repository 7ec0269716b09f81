"""`byline bench`: how fast byline ingests and answers, side by side with the llama-index default
pipeline (VectorStoreIndex over the same Chroma collection, same embedder), at 1k/10k/100k chunks.

All figures come from one run. Each timing is repeated; a report shows the median over
repetitions and the best (min). Query latencies at each scale are measured in a fresh
subprocess, so its resident memory is that scale's alone. matplotlib is imported here only.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SCALES = (1_000, 10_000, 100_000)
K = 5

# -- pure parts ---------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0..100) with linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    if not 0 <= q <= 100:
        raise ValueError(f"percentile must be in 0..100 (got {q})")
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def summarize(reps: Sequence[Sequence[float]]) -> dict[str, float]:
    """Latencies (ms) grouped by repetition → median and best over repetitions of p50 and p95."""
    p50 = [percentile(r, 50) for r in reps if r]
    p95 = [percentile(r, 95) for r in reps if r]
    return {"p50": statistics.median(p50), "p95": statistics.median(p95), "p50_min": min(p50),
            "p95_min": min(p95), "samples": sum(len(r) for r in reps)}


def spread(values: Sequence[float]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "n": len(values)}


def overlaps(passage: tuple[str, int, int], doc_id: str, start: int, end: int) -> bool:
    pid, pstart, pend = passage
    return pid == doc_id and pstart < end and start < pend


def hit_rate(retrieved: Sequence[Sequence[tuple[str, int, int]]], expected: Sequence[tuple[str, int, int]]) -> float:
    """Share of questions where some retrieved passage overlaps the expected (doc, start, end)."""
    hits = sum(any(overlaps(p, *want) for p in got) for got, want in zip(retrieved, expected))
    return hits / len(expected) if expected else 0.0


def goals(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, each with the measured value and whether it is met."""
    out = []
    ing = result.get("ingest")
    if ing:
        out.append(_goal("ingest throughput vs raw encode", "≥ 0.80×", ing["ratio"], ing["ratio"] >= 0.8, "×"))
        out.append(_goal("re-ingest unchanged / first ingest", "≤ 5 %", 100 * ing["reingest_ratio"],
                         ing["reingest_ratio"] <= 0.05, " %"))
    if result.get("query"):
        big = max(result["query"], key=lambda r: r["chunks"])
        p95 = big["byline"]["p95"]
        out.append(_goal(f"query p95 at {big['chunks']:,} chunks", "≤ 50 ms", p95, p95 <= 50, " ms"))
        worst = min(r["speedup"] for r in result["query"])
        equal = all(r["byline"]["hit5"] >= r["llama"]["hit5"] for r in result["query"])
        out.append(_goal("speed-up vs llama-index (worst scale), hit@5 ≥", "≥ 3× and hit@5 ≥", worst,
                         worst >= 3 and equal, "×" + ("" if equal else " (hit@5 lower)")))
    cold = result.get("cold_start")
    if cold:
        out.append(_goal("cold start to first answer", "≤ 2.5 s", cold["seconds"]["median"],
                         cold["seconds"]["median"] <= 2.5, " s"))
    return out


def _goal(name: str, target: str, value: float, met: bool, unit: str) -> dict[str, Any]:
    return {"goal": name, "target": target, "value": round(value, 3), "unit": unit, "met": bool(met)}


def render_markdown(result: dict[str, Any]) -> str:
    m = result["machine"]
    lines = [
        "# byline benchmark", "",
        f"{m['date']} · {m['cpus']} CPUs (load average at start {m['load']}) · Python {m['python']} · "
        f"{'quick' if result['quick'] else 'full'} run, {result['reps']} repetitions; medians, best in brackets.", "",
        "## Goals", "", "| goal | target | measured | met |", "|---|---|---|---|",
    ]
    for g in result["goals"]:
        lines.append(f"| {g['goal']} | {g['target']} | {g['value']:g}{g['unit']} | {'yes' if g['met'] else 'no'} |")
    if result.get("query"):
        lines += ["", "## Query latency (ms), retrieval + answer, no LLM; k=5", "",
                  "| chunks | byline p50 | byline p95 | llama-index p50 | llama-index p95 | speed-up (p50) | "
                  "hit@5 byline | hit@5 llama-index | query embedding p50 | byline, repeated question p50 | "
                  "CPU ms p50 byline / llama-index | RSS MB |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for r in result["query"]:
            b, li = r["byline"], r["llama"]
            lines.append(
                f"| {r['chunks']:,} | {b['p50']:.1f} ({b['p50_min']:.1f}) | {b['p95']:.1f} ({b['p95_min']:.1f}) | "
                f"{li['p50']:.1f} ({li['p50_min']:.1f}) | {li['p95']:.1f} ({li['p95_min']:.1f}) | {r['speedup']:.2f}× | "
                f"{b['hit5']:.2f} | {li['hit5']:.2f} | {r['embed']['p50']:.1f} | {r['byline_cached']['p50']:.1f} | "
                f"{b.get('cpu_p50', float('nan')):.1f} / {li.get('cpu_p50', float('nan')):.1f} | {r['rss_mb']:.0f} |")
        lines += ["", "Both pipelines embed each question afresh with the same MiniLM embedder (query cache cleared); "
                  "'repeated question' is byline with its query-embedding cache warm. CPU ms is process CPU time per "
                  "question (all threads): on a shared machine wall time includes waiting for a core, CPU time does not. "
                  "The llama-index default is one vector query; byline adds BM25, rank fusion, a relevance filter, "
                  "outlet diversity and quote selection on top of the same query embedding — compare the hit@5 columns. "
                  + result.get("plot_note", "")]
    ing = result.get("ingest")
    if ing:
        lines += ["", "## Ingest", "", "| | seconds | chunks/s |", "|---|---|---|",
                  f"| raw SentenceTransformer.encode (floor) | {ing['floor_s']['median']:.2f} ({ing['floor_s']['min']:.2f}) | {ing['floor_chunks_per_s']:.1f} |",
                  f"| byline ingest, first | {ing['first_s']['median']:.2f} ({ing['first_s']['min']:.2f}) | {ing['chunks_per_s']:.1f} |",
                  f"| byline re-ingest, unchanged | {ing['reingest_s']['median']:.3f} ({ing['reingest_s']['min']:.3f}) | – |",
                  "", f"{ing['chunks']} chunks from {ing['documents']} documents; throughput ratio {ing['ratio']:.2f}× "
                  f"(best runs; medians {ing.get('ratio_median', float('nan')):.2f}×), "
                  f"re-ingest {100 * ing['reingest_ratio']:.1f} % of first ingest (best runs)."]
    cold = result.get("cold_start")
    if cold:
        lines += ["", "## Cold start", "",
                  f"`byline ask --json` in a new process, to the answer on stdout: {cold['seconds']['median']:.2f} s "
                  f"(best {cold['seconds']['min']:.2f} s, {cold['seconds']['n']} runs; CPU time "
                  f"{cold.get('cpu_s', {}).get('median', float('nan')):.2f} s). Largest imports (cumulative s): "
                  + ", ".join(f"{name} {sec:.2f}" for name, sec in cold["imports"]) + "."]
    c = result.get("corpus")
    if c:
        lines += ["", "## Corpus", "", c["note"]]
        for s in c["scales"]:
            lines.append(f"- {s['chunks']:,} chunks: {s['real']:,} real chunk embeddings, the rest sentence-mean; "
                         f"index built in {s['build_s']:.0f} s ({'cached' if s['cached'] else 'this run'}).")
    return "\n".join(lines) + "\n"


# -- measuring ----------------------------------------------------------------------------


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1e6


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    value = fn()
    return time.perf_counter() - t0, value


def _llama_retriever(store, embedder, k: int):
    """The llama-index default pipeline over byline's Chroma collection and embedder."""
    from llama_index.core import VectorStoreIndex
    from llama_index.core.embeddings import BaseEmbedding
    from llama_index.vector_stores.chroma import ChromaVectorStore
    from pydantic import PrivateAttr

    class BylineEmbedding(BaseEmbedding):
        _inner: Any = PrivateAttr()

        def __init__(self, inner: Any) -> None:
            super().__init__(model_name=inner.name)
            self._inner = inner

        def _get_query_embedding(self, query: str) -> list[float]:
            return self._inner.embed([query])[0].tolist()

        def _get_text_embedding(self, text: str) -> list[float]:
            return self._inner.embed([text])[0].tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

    vector_store = ChromaVectorStore(chroma_collection=store._collection)
    index = VectorStoreIndex.from_vector_store(vector_store, embed_model=BylineEmbedding(embedder))
    return index.as_retriever(similarity_top_k=k)


def measure_queries(index_dir: Path, corpus: Path, questions_file: Path, reps: int) -> dict[str, Any]:
    """Worker (own process): byline ask vs llama-index retrieve on one index, plus RSS."""
    from app.api import Assistant
    from app.bench.corpus import load_questions
    from app.config import Config

    questions = load_questions(questions_file)
    a = Assistant(config=Config(index_dir=index_dir, corpus_dir=corpus))
    first_s, _ = _timed(lambda: a.ask(questions[0].question, k=K))
    store = a._open()
    expected = []
    for q in questions:
        doc_id = next(d for d, rec in store.manifest.documents.items() if any(s.endswith("/" + q.file) for s in rec["sources"]))
        at = store.text(doc_id).find(q.snippet)
        if at < 0:
            raise ValueError(f"{q.file}: snippet not found: {q.snippet!r}")
        expected.append((doc_id, at, at + len(q.snippet)))
    retriever = _llama_retriever(store, a.embedder.inner, K)
    retriever.retrieve(questions[0].question)
    keys = ("byline", "byline_cached", "llama", "embed")
    times: dict[str, list[list[float]]] = {k: [] for k in keys}
    cpu: dict[str, list[list[float]]] = {k: [] for k in keys}
    found: dict[str, list] = {"byline": [], "llama": []}

    def clock(key: str, fn: Callable[[], Any]) -> Any:
        wall, c0 = time.perf_counter(), time.process_time()
        value = fn()
        times[key][-1].append(1000 * (time.perf_counter() - wall))
        cpu[key][-1].append(1000 * (time.process_time() - c0))
        return value

    for rep in range(reps):
        for key in keys:
            times[key].append([])
            cpu[key].append([])
        for q in questions:
            a.embedder._cache.clear()
            clock("embed", lambda: a.embedder.inner.embed([q.question]))
            ans = clock("byline", lambda: a.ask(q.question, k=K))
            clock("byline_cached", lambda: a.ask(q.question, k=K))
            nodes = clock("llama", lambda: retriever.retrieve(q.question))
            if rep == 0:
                found["byline"].append([(c.doc_id, c.start, c.end) for c in ans.citations[:K]])
                found["llama"].append([(n.node.metadata["doc_id"], int(n.node.metadata["start"]), int(n.node.metadata["end"]))
                                       for n in nodes[:K]])
    out: dict[str, Any] = {key: {**summarize(v), "cpu_p50": summarize(cpu[key])["p50"]} for key, v in times.items()}
    for key in found:
        out[key]["hit5"] = hit_rate(found[key], expected)
    out.update(chunks=store.count(), first_query_s=first_s, rss_mb=_rss_mb(),
               speedup=out["llama"]["p50"] / out["byline"]["p50"])
    return out


def measure_ingest(corpus_docs: list[tuple[str, str]], reps: int, embedder) -> dict[str, Any]:
    """First ingest and unchanged re-ingest of the same files vs raw encode of their chunks."""
    from app.api import Assistant
    from app.config import Config

    model = embedder._load()
    first, again, floor = [], [], []
    texts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="byline-bench-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for name, text in corpus_docs:
            (folder / name).write_text(text, encoding="utf-8")
        warm = Path(tmp) / "warm"  # one untimed ingest: imports and Chroma start-up are not throughput
        warm.mkdir()
        (warm / "warm.txt").write_text(corpus_docs[0][1][:2000], encoding="utf-8")
        Assistant(config=Config(index_dir=Path(tmp) / "index-warm", corpus_dir=warm), embedder=embedder).ingest([warm])

        def encode() -> None:
            floor.append(_timed(lambda: model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True,
                                                     convert_to_numpy=True, show_progress_bar=False))[0])

        for rep in range(reps):
            a = Assistant(config=Config(index_dir=Path(tmp) / f"index{rep}", corpus_dir=folder), embedder=embedder)
            if rep % 2:  # alternate the order so neither side always runs on a warmer machine
                encode()
            s, report = _timed(lambda: a.ingest([folder]))
            first.append(s)
            again.append(_timed(lambda: a.ingest([folder]))[0])
            texts = texts or [c.text for c in a._open().iter_chunks()]  # the chunks ingest embedded
            if not rep % 2:
                encode()
    chunks = report.chunks_added
    out = {"documents": len(corpus_docs), "chunks": chunks, "first_s": spread(first), "reingest_s": spread(again),
           "floor_s": spread(floor)}
    # Goals use the best repetition of each (timeit's rule: on a shared machine noise only adds time).
    out["chunks_per_s"] = chunks / out["first_s"]["min"]
    out["floor_chunks_per_s"] = chunks / out["floor_s"]["min"]
    out["ratio"] = out["floor_s"]["min"] / out["first_s"]["min"]
    out["ratio_median"] = out["floor_s"]["median"] / out["first_s"]["median"]
    out["reingest_ratio"] = out["reingest_s"]["min"] / out["first_s"]["min"]
    return out


def measure_cold_start(index_dir: Path, question: str, reps: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "app.edges.cli", "ask", "--index", str(index_dir), "--json", question]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    import resource

    seconds, cpu = [], []
    for _ in range(reps):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        s, proc = _timed(lambda: subprocess.run(cmd, capture_output=True, text=True, env=env, check=False))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise RuntimeError(f"byline ask failed: {proc.stderr.strip()[-300:]}")
        seconds.append(s)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    proc = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], capture_output=True, text=True, env=env, check=False)
    return {"seconds": spread(seconds), "cpu_s": spread(cpu), "imports": top_imports(proc.stderr, 5)}


def top_imports(importtime_log: str, n: int) -> list[tuple[str, float]]:
    """Top-level packages by cumulative import time, from `python -X importtime` output."""
    totals: dict[str, float] = {}
    for line in importtime_log.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("  "):
            name = parts[2].strip()
            totals[name] = totals.get(name, 0.0) + int(parts[1]) / 1e6
    return sorted(totals.items(), key=lambda kv: -kv[1])[:n]


def plot(result: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = result["query"]
    x = [r["chunks"] for r in rows]
    fig, ax = plt.subplots(figsize=(6, 4))
    for key, name, colour in (("byline", "byline", "tab:blue"), ("llama", "llama-index default", "tab:orange")):
        ax.plot(x, [r[key]["p50"] for r in rows], "o-", color=colour, label=f"{name} p50")
        ax.plot(x, [r[key]["p95"] for r in rows], "o--", color=colour, label=f"{name} p95")
    ax.plot(x, [r["embed"]["p50"] for r in rows], ":", color="grey", label="query embedding p50")
    for key, colour in (("byline", "tab:blue"), ("llama", "tab:orange")):
        ax.plot(x, [r[key].get("cpu_p50", float("nan")) for r in rows], "x:", color=colour, label=f"{key} CPU ms p50")
    ax.set_xscale("log")
    ax.set_xlabel("chunks in the index")
    ax.set_ylabel("latency per question (ms)")
    ax.set_title("Query latency vs corpus size")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run_bench(*, quick: bool = False, out: Path = Path("evals/reports"), cache: Path = Path("bench/cache"),
              corpus: Path = Path("corpus"), questions_file: Path = Path("evals/bench_questions.yaml"),
              embed_upto: int | None = None, progress: Callable[[str], None] = lambda m: None) -> dict[str, Any]:
    """Run every measurement, write bench.json, bench.md and bench_latency.png under `out`."""
    import platform

    from app.bench.corpus import SyntheticCorpus, build_index, distractor_pool, load_questions
    from app.store.embed import MiniLMEmbedder

    reps = 2 if quick else 5
    scales = SCALES[:1] if quick else SCALES
    embed_upto = (0 if quick else 10_000) if embed_upto is None else embed_upto
    corpus, cache = corpus.resolve(), cache.resolve()
    questions = load_questions(questions_file)
    result: dict[str, Any] = {"quick": quick, "reps": reps, "machine": {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": os.cpu_count(),
        "load": " ".join(f"{x:.1f}" for x in os.getloadavg()), "python": platform.python_version()}}
    embedder = MiniLMEmbedder()
    syn = SyntheticCorpus(distractor_pool(corpus, questions), cache)

    def encode(texts: list[str]):
        return embedder._load().encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True,
                                       show_progress_bar=False)

    progress("ingest: first ingest, re-ingest, raw encode")
    docs = [(f"synthetic_{i:04d}.txt", body) for i, (_, body, *_rest) in
            zip(range(1 if quick else 6), syn.documents(10_000, []))]
    result["ingest"] = measure_ingest(docs, 2 if quick else 3, embedder)
    scale_info, rows = [], []
    for n in scales:
        progress(f"index with {n:,} synthetic chunks")
        index_dir = cache / f"index-{syn.dir.name}-{n}"
        built = (index_dir / "bench-complete.json").is_file()  # its marker records how many vectors were real
        vectors, real = (None, 0) if built else syn.vectors(n, encode, embed_upto)
        info = build_index(index_dir, corpus, syn, n, vectors, real, embedder)
        scale_info.append({**info, "chunks": n})
    seconds, embedded = syn.embed_seconds(max(scales))
    result["corpus"] = {"scales": scale_info, "embed_seconds": seconds, "embedded_chunks": embedded, "note": (
        f"{len(syn.pool)} seed sentences (cleaned, 6+ words, none overlapping an expected snippet) shuffled into chunks "
        f"of 1–3 sentences, 50 chunks per document, across 24 synthetic outlets, plus the {len(questions)} benchmark "
        f"questions' seed articles. Real MiniLM embedding measured at "
        f"{embedded / seconds if seconds else float('nan'):.1f} chunks/s on this machine ({embedded:,} chunks in "
        f"{seconds:.0f} s, cached in {_shown(cache)}/); chunks beyond the embedded ones get the normalised mean of their "
        "sentences' real vectors.")}
    for n in scales:
        progress(f"queries at {n:,} chunks (byline vs llama-index)")
        rows.append(_worker(cache / f"index-{syn.dir.name}-{n}", corpus, questions_file, reps))
    result["query"] = rows
    progress("cold start")
    result["cold_start"] = measure_cold_start(cache / f"index-{syn.dir.name}-{scales[0]}", questions[0].question,
                                              2 if quick else 5)
    result["goals"] = goals(result)
    out.mkdir(parents=True, exist_ok=True)
    plot(result, out / "bench_latency.png")
    result["plot_note"] = "Plot: bench_latency.png."
    (out / "bench.json").write_text(json.dumps(result, indent=1))
    (out / "bench.md").write_text(render_markdown(result) + "\n![latency vs corpus size](bench_latency.png)\n")
    return result


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def key_ratios(result: dict[str, Any]) -> dict[str, Any]:
    return {g["goal"]: {"value": g["value"], "target": g["target"], "met": g["met"]} for g in result["goals"]}


def _worker(index_dir: Path, corpus: Path, questions_file: Path, reps: int) -> dict[str, Any]:
    args = json.dumps([str(index_dir), str(corpus), str(questions_file), reps])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run([sys.executable, "-m", "app.bench.run", "queries", args], capture_output=True, text=True,
                          env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"query worker failed: {proc.stderr.strip()[-600:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__" and sys.argv[1:2] == ["queries"]:
    index, corpus_arg, qfile, n_reps = json.loads(sys.argv[2])
    print(json.dumps(measure_queries(Path(index), Path(corpus_arg), Path(qfile), int(n_reps))))
