"""The benchmark's pure parts: percentiles, hit rates, goals, the Markdown report and the plot."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.store.table import EXACT_MAX

SCALES = (1_000, 10_000, 100_000)
K = 5


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


NOT_SLOWER = "byline answer / llama-index retrieval, worst of p50 and p95 at any scale; hit@5 ≥"


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
        worst = max(max(r["byline"]["p50"] / r["llama"]["p50"], r["byline"]["p95"] / r["llama"]["p95"])
                    for r in result["query"])
        equal = all(r["byline"]["hit5"] >= r["llama"]["hit5"] for r in result["query"])
        out.append(_goal(NOT_SLOWER, "≤ 1.00× and hit@5 ≥", worst, worst <= 1 and equal,
                         "×" + ("" if equal else " (hit@5 lower)")))
    cold = result.get("cold_start")
    if cold:
        out.append(_goal("cold start to first answer", "≤ 1.2 s", cold["seconds"]["median"],
                         cold["seconds"]["median"] <= 1.2, " s"))
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
    lines += _query_section(result) + _server_section(result.get("server"), result.get("query") or [])
    lines += _ingest_section(result.get("ingest")) + _cold_section(result.get("cold_start"))
    c = result.get("corpus")
    if c:
        lines += ["", "## Corpus", "", c["note"]]
        for s in c["scales"]:
            lines.append(f"- {s['chunks']:,} chunks: {s['real']:,} real chunk embeddings, the rest sentence-mean; "
                         f"index built in {s['build_s']:.0f} s ({'cached' if s['cached'] else 'this run'}).")
    return "\n".join(lines) + "\n"


def _query_section(result: dict[str, Any]) -> list[str]:
    if not result.get("query"):
        return []
    lines = ["", "## Query latency (ms), retrieval + answer, no LLM; k=5", "",
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
              f"The llama-index default is one vector query; byline makes at most one too (none up to "
              f"{EXACT_MAX:,} chunks: "
              "exact search over its chunk table) and adds BM25, rank fusion, a relevance filter, "
              "outlet diversity and quote selection on top of the same query embedding — compare the hit@5 columns. "
              + result.get("plot_note", "")]
    return lines


def _server_section(server: dict[str, Any] | None, embedded: list[dict[str, Any]]) -> list[str]:
    if not server:
        return []
    local = {r["chunks"]: r for r in embedded}
    lines = ["", "## Chroma server mode (`--chroma-url`), ms per question", "",
             "| chunks | byline p50 / p95, server | byline p50 / p95, embedded | vector query, server / embedded | "
             "HTTP round trip | query with records (k=5) | answered documents' sentences | server RSS MB | set-up s |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in server["scales"]:
        e, pr = local.get(r["chunks"]), r["probes"]
        here = f"{e['byline']['p50']:.1f} / {e['byline']['p95']:.1f}" if e else "–"
        query_here = f"{e['probes']['query']:.2f}" if e and "probes" in e else "–"
        lines.append(f"| {r['chunks']:,} | {r['byline']['p50']:.1f} / {r['byline']['p95']:.1f} | {here} | "
                     f"{pr['query']:.2f} / {query_here} | {pr.get('round_trip', float('nan')):.2f} | "
                     f"{pr['query_records']:.2f} | {pr['sentences']:.2f} | {r['server_rss_mb']:.0f} | {_setup(r)} |")
    pj = server.get("projection")
    if pj:
        fixed = ", ".join(f"{k.replace('_', ' ')} {v:.1f}" for k, v in pj["fixed_ms"].items())
        lines += ["",
                  f"Projected to {pj['chunks']:,} chunks (fit over {', '.join(f'{n:,}' for n in pj['from_chunks'])}): "
                  f"the vector query (HNSW search in the server, the part that grows with size: "
                  f"{pj['query_ms_per_e']:+.2f} ms per factor e of chunks) takes {pj['query_ms']:.1f} ms, so a byline "
                  f"answer ≈ {pj['answer_p50_ms']:.1f} ms p50 / {pj['answer_p95_ms']:.1f} ms p95; fixed per question "
                  f"whatever the size (ms at the largest scale): {fixed}; the server holds ≈ "
                  f"{pj['server_rss_mb']:,.0f} MB resident (a line through the measured RSS)."]
    return lines


def _setup(row: dict[str, Any]) -> str:
    """Seconds the server's data took to seed from the embedded index (app/store/seed.py), when known."""
    setup = row.get("setup") or {}
    if "seed_s" not in setup:
        return "–"
    return f"{setup['seed_s']:.1f}" + (" (cached)" if setup.get("cached") else "")


def _ingest_section(ing: dict[str, Any] | None) -> list[str]:
    if not ing:
        return []
    return ["", "## Ingest", "", "| | seconds | chunks/s |", "|---|---|---|",
              f"| raw SentenceTransformer.encode (floor) | {ing['floor_s']['median']:.2f} "
              f"({ing['floor_s']['min']:.2f}) | {ing['floor_chunks_per_s']:.1f} |",
              f"| byline ingest, first | {ing['first_s']['median']:.2f} ({ing['first_s']['min']:.2f}) | "
              f"{ing['chunks_per_s']:.1f} |",
              f"| byline re-ingest, unchanged | {ing['reingest_s']['median']:.3f} "
              f"({ing['reingest_s']['min']:.3f}) | – |",
              "", f"{ing['chunks']} chunks from {ing['documents']} documents; throughput ratio {ing['ratio']:.2f}× "
              f"(best runs; medians {ing.get('ratio_median', float('nan')):.2f}×), "
              f"re-ingest {100 * ing['reingest_ratio']:.1f} % of first ingest (best runs)."]


def _cold_section(cold: dict[str, Any] | None) -> list[str]:
    if not cold:
        return []
    first = f"; the first run, writing the bytecode cache, {cold['first_s']:.2f} s" if "first_s" in cold else ""
    return ["", "## Cold start", "",
              f"`byline ask --json` in a new process, to the answer on stdout: {cold['seconds']['median']:.2f} s "
              f"(best {cold['seconds']['min']:.2f} s, {cold['seconds']['n']} runs; CPU time "
              f"{cold.get('cpu_s', {}).get('median', float('nan')):.2f} s; bytecode compiled, as installed{first}). "
              f"{imports_line(cold)}."]


def imports_line(cold: dict[str, Any]) -> str:
    """The cold ask's ten largest imports, as the report and the bench's progress print them."""
    return "Largest imports (cumulative s): " + ", ".join(f"{name} {sec:.2f}" for name, sec in cold["imports"])


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


def key_ratios(result: dict[str, Any]) -> dict[str, Any]:
    return {g["goal"]: {"value": g["value"], "target": g["target"], "met": g["met"]} for g in result["goals"]}


def shown_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
