"""`byline bench`: how fast byline ingests and answers, side by side with the llama-index default
pipeline (VectorStoreIndex over the same Chroma collection, same embedder), at 1k/10k/100k chunks.

All figures come from one run. Each timing is repeated; a report shows the median over
repetitions and the best (min). Query latencies at each scale are measured in a fresh
subprocess, so its resident memory is that scale's alone. matplotlib is imported here only.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from app.bench.measure import measure_cold_start, measure_ingest, worker
from app.bench.report import SCALES, goals, imports_line, plot, render_markdown, shown_path

INDEX_FORMAT = "s10"  # in the cached index folders' names: bump when what an index stores changes (s10: word runs)
LOCAL_REPORTS = Path(".cache/bench")  # git-ignored: a bench run leaves the tree clean unless told otherwise


SECTIONS = ("ingest", "queries", "cold", "server")  # `byline bench --only ...`; server runs only when asked


def _configured_embedder():
    """The embedder byline ingests with (Config.load's): the bench measures what byline runs."""
    from app.config import Config
    from app.store.embed import make_embedder

    return make_embedder(Config.load().embedder)


def run_bench(*, quick: bool = False, out: Path = LOCAL_REPORTS, cache: Path = Path("bench/cache"),
              corpus: Path = Path("corpus"), questions_file: Path = Path("evals/bench_questions.yaml"),
              embed_upto: int | None = None, only: Sequence[str] = (), scales: Sequence[int] = (),
              chroma_server: bool = False, progress: Callable[[str], None] = lambda m: None) -> dict[str, Any]:
    """Run the measurements (`only` some sections, at `scales` when given), write bench.json,
    bench.md and bench_latency.png under `out`. With `chroma_server`, the query measurement is
    repeated against a local `chroma run` server (app/bench/server.py)."""
    from app.bench.corpus import SyntheticCorpus, distractor_pool, load_questions

    sections = plan_sections(only, chroma_server)
    reps = 2 if quick else 5
    scales = tuple(scales) or (SCALES[:1] if quick else SCALES)
    embed_upto = (0 if quick else 10_000) if embed_upto is None else embed_upto
    corpus, cache = corpus.resolve(), cache.resolve()
    questions = load_questions(questions_file)
    result: dict[str, Any] = {"quick": quick, "reps": reps, "machine": _machine(), "sections": list(sections)}
    embedder = _configured_embedder()
    syn = SyntheticCorpus(distractor_pool(corpus, questions), cache)
    if "ingest" in sections:
        progress("ingest: first ingest, re-ingest, raw encode")
        docs = [(f"synthetic_{i:04d}.txt", body) for i, (_, body, *_rest) in
                zip(range(1 if quick else 6), syn.documents(10_000, []))]
        result["ingest"] = measure_ingest(docs, 2 if quick else 3, embedder)
    if sections & {"queries", "cold", "server"}:  # the server is seeded from the embedded index
        result["corpus"] = _build_indexes(syn, scales, corpus, cache, embedder, embed_upto, len(questions), progress)
    if "queries" in sections:
        result["query"] = [_scale_queries(n, _index_dir(cache, syn, n), corpus, questions_file, reps, progress)
                           for n in scales]
    if "server" in sections:
        from app.bench.server import SERVER_FORMAT, measure_server

        served = f"{stored_format()}-{SERVER_FORMAT}"
        result["server"] = measure_server(scales, lambda n: _index_dir(cache, syn, n),
                                          lambda n: cache / f"server-{syn.dir.name}-{n}-{served}",
                                          corpus, questions_file, reps, progress)
    if "cold" in sections:
        progress("cold start")
        result["cold_start"] = _cold_start(_index_dir(cache, syn, scales[0]), questions[0].question,
                                           2 if quick else 5, cache, progress)
    result["goals"] = goals(result)
    _write(result, out)
    return result


def plan_sections(only: Sequence[str], chroma_server: bool) -> frozenset[str]:
    """The sections a run measures: `only` those named, else all but the server one, which runs
    when `chroma_server` asks for it (alone, with `only=["server"]`)."""
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        raise ValueError(f"unknown bench section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    chosen = set(only) or set(SECTIONS) - {"server"}
    if chroma_server:
        chosen.add("server")
    return frozenset(chosen)


def _scale_queries(n: int, index_dir: Path, corpus: Path, questions_file: Path, reps: int,
                   progress: Callable[[str], None]) -> dict[str, Any]:
    progress(f"queries at {n:,} chunks (byline vs llama-index)")
    return worker(index_dir, corpus, questions_file, reps)


def _cold_start(index_dir: Path, question: str, reps: int, cache: Path, progress: Callable[[str], None]
                ) -> dict[str, Any]:
    """`byline ask` in new processes (bytecode compiled under the cache folder), its median and
    ten largest imports printed as they are measured."""
    cold = measure_cold_start(index_dir, question, reps, cache / "pycache")
    progress(f"cold start {cold['seconds']['median']:.2f} s (median). {imports_line(cold)}")
    return cold


def _machine() -> dict[str, Any]:
    import platform

    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": os.cpu_count(),
            "load": " ".join(f"{x:.1f}" for x in os.getloadavg()), "python": platform.python_version()}


def stored_format() -> str:
    """`INDEX_FORMAT` and the versions of what ingest stores (chains, terms, figures, antecedents, runs, marks, role
    words), for the cached indexes' names: a cache built by older rules is rebuilt, not timed on the fallback path
    (figures stored by an older SIGNALS_VERSION are parsed again on each question: a how-many question took 19.6 ms
    instead of 6.6)."""
    from app.attribution.figure_codec import SIGNALS_VERSION
    from app.indexing.prepare import ATTRIBUTION_VERSION
    from app.text.antecedents import ANTECEDENTS_VERSION
    from app.text.marks import MARKS_VERSION
    from app.text.role_words import ROLES_VERSION
    from app.text.terms import TERMS_VERSION
    from app.text.word_runs import WORDS_VERSION

    return (f"{INDEX_FORMAT}-a{ATTRIBUTION_VERSION}t{TERMS_VERSION}f{SIGNALS_VERSION}r{ANTECEDENTS_VERSION}"
            f"w{WORDS_VERSION}m{MARKS_VERSION}o{ROLES_VERSION}")


def _index_dir(cache: Path, syn: Any, n: int) -> Path:
    return cache / f"index-{syn.dir.name}-{n}-{stored_format()}"


def _build_indexes(syn: Any, scales: Sequence[int], corpus: Path, cache: Path, embedder: Any, embed_upto: int,
                   n_questions: int, progress: Callable[[str], None]) -> dict[str, Any]:
    """The synthetic index at each scale (cached), and a note on how its vectors were made."""
    from app.bench.corpus import build_index

    scale_info = []
    for n in scales:
        progress(f"index with {n:,} synthetic chunks")
        index_dir = _index_dir(cache, syn, n)
        built = (index_dir / "bench-complete.json").is_file()  # its marker records how many vectors were real
        vectors, real = (None, 0) if built else syn.vectors(n, embedder.embed, embed_upto)
        scale_info.append({**build_index(index_dir, corpus, syn, n, vectors, real, embedder), "chunks": n})
    seconds, embedded = syn.embed_seconds(max(scales))
    return {"scales": scale_info, "embed_seconds": seconds, "embedded_chunks": embedded, "note": (
        f"{len(syn.pool)} seed sentences (cleaned, 6+ words, none overlapping an expected snippet) shuffled into "
        f"chunks of 1–3 sentences, 50 chunks per document, across 24 synthetic outlets, plus the {n_questions} "
        f"benchmark questions' seed articles. Real MiniLM embedding measured at "
        f"{embedded / seconds if seconds else float('nan'):.1f} chunks/s on this machine ({embedded:,} chunks in "
        f"{seconds:.0f} s, cached in {shown_path(cache)}/); chunks beyond the embedded ones get the normalised mean "
        "of their sentences' real vectors.")}


def _write(result: dict[str, Any], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    if result.get("query"):
        plot(result, out / "bench_latency.png")
        result["plot_note"] = "Plot: bench_latency.png."
    (out / "bench.json").write_text(json.dumps(result, indent=1))
    picture = "\n![latency vs corpus size](bench_latency.png)\n" if result.get("query") else ""
    (out / "bench.md").write_text(render_markdown(result) + picture)
