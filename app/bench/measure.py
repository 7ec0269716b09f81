"""The benchmark's measurements: ingest vs raw encode, query latency vs llama-index, cold start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from app.bench.probes import probe_store
from app.bench.report import K, hit_rate, spread, summarize


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


def measure_queries(index_dir: Path, corpus: Path, questions_file: Path, reps: int,
                    chroma_url: str | None = None) -> dict[str, Any]:
    """Worker (own process): byline ask vs llama-index retrieve on one index, plus RSS."""
    from app.api import Assistant
    from app.bench.corpus import load_questions
    from app.config import Config

    questions = load_questions(questions_file)
    # the configured embedder, the one run_bench built the index with
    a = Assistant(config=Config.load().with_(index_dir=index_dir, corpus_dir=corpus, chroma_url=chroma_url))
    first_s, _ = _timed(lambda: a.ask(questions[0].question, k=K))
    store = a._open()
    expected = _expected_spans(store, questions)
    retriever = _llama_retriever(store, a.embedder.inner, K)
    retriever.retrieve(questions[0].question)
    times, cpu, found = _timed_questions(a, store, retriever, questions, reps)
    out: dict[str, Any] = {key: {**summarize(v), "cpu_p50": summarize(cpu[key])["p50"]} for key, v in times.items()}
    for key in found:
        out[key]["hit5"] = hit_rate(found[key], expected)
    out.update(chunks=store.count(), first_query_s=first_s, rss_mb=_rss_mb(),
               speedup=out["llama"]["p50"] / out["byline"]["p50"])
    qvecs = [a.embedder.inner.embed([q.question])[0] for q in questions]
    out["probes"] = probe_store(store, qvecs, a.config.candidates, K, reps)
    return out


def _expected_spans(store, questions) -> list[tuple[str, int, int]]:
    """(doc_id, start, end) of each benchmark question's expected snippet."""
    expected = []
    for q in questions:
        doc_id = next(d for d, rec in store.manifest.documents.items()
                      if any(s.endswith("/" + q.file) for s in rec["sources"]))
        at = store.text(doc_id).find(q.snippet)
        if at < 0:
            raise ValueError(f"{q.file}: snippet not found: {q.snippet!r}")
        expected.append((doc_id, at, at + len(q.snippet)))
    return expected


def _timed_questions(a, store, retriever, questions, reps: int) -> tuple[dict, dict, dict]:
    """Wall and CPU milliseconds per question for each pipeline, and what each found on the first pass."""
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
            forget(a, store)
            clock("embed", lambda: a.embedder.inner.embed([q.question]))
            ans = clock("byline", lambda: a.ask(q.question, k=K))
            clock("byline_cached", lambda: a.ask(q.question, k=K))
            nodes = clock("llama", lambda: retriever.retrieve(q.question))
            if rep == 0:
                found["byline"].append([(c.doc_id, c.start, c.end) for c in ans.citations[:K]])
                found["llama"].append([(n.node.metadata["doc_id"], int(n.node.metadata["start"]),
                                        int(n.node.metadata["end"]))
                                       for n in nodes[:K]])
    return times, cpu, found


def forget(a, store) -> None:
    """Clear every per-text cache (the last BM25 search and what the worker made of it, question
    embeddings, stored sentences read, word stems): each question is timed as if never asked before."""
    from app.text.terms import forget_texts

    if a._lexical is not None:
        a._lexical.forget()  # first: it waits for the worker, which may be reading sentences still
    a.embedder.forget()
    store._sentences.clear()
    if a._view is not None:  # what questions read: the committed view keeps its own copy of what it read
        a._view.forget()  # and what the BM25 worker read ahead
    forget_texts()  # word stems, and the per-text rule results of quotes (app/attribution/contradict.py)


def measure_ingest(corpus_docs: list[tuple[str, str]], reps: int, embedder) -> dict[str, Any]:
    """First ingest and unchanged re-ingest of the same files vs raw encode of their chunks."""
    from app.api import Assistant
    from app.attribution.parse import load_nlp
    from app.config import Config

    from app.store.embed import sentence_transformer
    from app.text.terms import forget_texts

    model = sentence_transformer()
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
        load_nlp()  # nor the parser's one-time model load (3.3 s), which a short warm-up text may not reach

        def encode() -> None:
            floor.append(_timed(lambda: model.encode(texts, batch_size=embedder.batch_size, normalize_embeddings=True,
                                                     convert_to_numpy=True, show_progress_bar=False))[0])

        for rep in range(reps):
            a = Assistant(config=Config(index_dir=Path(tmp) / f"index{rep}", corpus_dir=folder), embedder=embedder)
            if rep % 2:  # alternate the order so neither side always runs on a warmer machine
                encode()
            forget_texts()  # each repetition parses the documents as a first ingest: no rule results kept from the last
            s, report = _timed(lambda: a.ingest([folder]))
            first.append(s)
            again.append(_timed(lambda: a.ingest([folder]))[0])
            texts = texts or [c.text for c in a._open().iter_chunks()]  # the chunks ingest embedded
            if not rep % 2:
                encode()
    return _ingest_figures(len(corpus_docs), report.chunks_added, first, again, floor)


def _ingest_figures(documents: int, chunks: int, first: list[float], again: list[float], floor: list[float]
                    ) -> dict[str, Any]:
    out = {"documents": documents, "chunks": chunks, "first_s": spread(first), "reingest_s": spread(again),
           "floor_s": spread(floor)}
    # Goals use the best repetition of each (timeit's rule: on a shared machine noise only adds time).
    out["chunks_per_s"] = chunks / out["first_s"]["min"]
    out["floor_chunks_per_s"] = chunks / out["floor_s"]["min"]
    out["ratio"] = out["floor_s"]["min"] / out["first_s"]["min"]
    out["ratio_median"] = out["floor_s"]["median"] / out["first_s"]["median"]
    out["reingest_ratio"] = out["reingest_s"]["min"] / out["first_s"]["min"]
    return out


def worker(index_dir: Path, corpus: Path, questions_file: Path, reps: int, chroma_url: str | None = None
           ) -> dict[str, Any]:
    """`measure_queries` in a fresh process (its memory is this index's alone), on the folder's
    index or, with `chroma_url`, the server's."""
    args = json.dumps([str(index_dir), str(corpus), str(questions_file), reps, *([chroma_url] if chroma_url else [])])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run([sys.executable, "-m", "app.bench.measure", "queries", args], capture_output=True, text=True,
                          env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"query worker failed: {proc.stderr.strip()[-600:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure_cold_start(index_dir: Path, question: str, reps: int, pycache: Path | None = None) -> dict[str, Any]:
    """`byline ask --json` in new processes: wall and CPU seconds, and the ten largest imports.
    The processes read compiled bytecode as any installed copy does (pip compiles it; a plain
    `python` writes it on first import): one untimed first run writes it, for every module the ask
    imports, under `pycache` (PYTHONPYCACHEPREFIX: the source tree stays clean) even where
    PYTHONDONTWRITEBYTECODE is set, and its time is reported apart as `first_s`."""
    cmd = [sys.executable, "-m", "app.edges.cli", "ask", "--index", str(index_dir), "--json", question]
    env = cold_env(os.environ, pycache or index_dir.parent / "pycache")
    import resource

    first_s, _ = _timed(lambda: subprocess.run(cmd, capture_output=True, text=True, env=env, check=False))
    seconds, cpu = [], []
    for _ in range(reps):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        s, proc = _timed(lambda: subprocess.run(cmd, capture_output=True, text=True, env=env, check=False))
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise RuntimeError(f"byline ask failed: {proc.stderr.strip()[-300:]}")
        seconds.append(s)
        cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    proc = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], capture_output=True, text=True, env=env,
                          check=False)
    return {"seconds": spread(seconds), "cpu_s": spread(cpu), "first_s": first_s,
            "imports": top_imports(proc.stderr, 10)}


def cold_env(environ: Mapping[str, str], pycache: Path) -> dict[str, str]:
    """A cold ask's environment: this process's imports, and bytecode read from (and, on the first
    run, written to) `pycache` whatever PYTHONDONTWRITEBYTECODE says."""
    env = {k: v for k, v in environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p), "PYTHONPYCACHEPREFIX": str(pycache)}


def top_imports(importtime_log: str, n: int) -> list[tuple[str, float]]:
    """Packages by cumulative import time, from `python -X importtime` output: each package's
    largest cumulative time at any depth (numpy shows though app imported it); `app` is byline's own."""
    totals: dict[str, float] = {}
    for line in importtime_log.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            root = parts[2].strip().split(".")[0]
            totals[root] = max(totals.get(root, 0.0), int(parts[1]) / 1e6)
    return sorted(totals.items(), key=lambda kv: -kv[1])[:n]


if __name__ == "__main__" and sys.argv[1:2] == ["queries"]:
    index, corpus_arg, qfile, n_reps, *server = json.loads(sys.argv[2])  # [..., chroma_url] in server mode
    print(json.dumps(measure_queries(Path(index), Path(corpus_arg), Path(qfile), int(n_reps), *server)))
