"""The benchmark's pure parts: percentiles, summaries, hit@5, goals and the rendered report."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.bench.measure import cold_env, top_imports
from app.bench.report import NOT_SLOWER, goals, hit_rate, percentile, render_markdown, summarize


def test_percentile_interpolates_between_closest_ranks():
    assert percentile([10, 20, 30, 40], 50) == 25
    assert percentile([5], 95) == 5
    assert percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95) == pytest.approx(9.55)
    assert percentile([3, 1, 2], 0) == 1 and percentile([3, 1, 2], 100) == 3


def test_percentile_rejects_empty_input_and_out_of_range_q():
    with pytest.raises(ValueError):
        percentile([], 50)
    with pytest.raises(ValueError):
        percentile([1.0], 101)


def test_summary_reports_median_and_best_repetition():
    s = summarize([[10, 10, 10], [30, 30, 30], [20, 20, 20]])
    assert (s["p50"], s["p50_min"], s["p95"], s["p95_min"], s["samples"]) == (20, 10, 20, 10, 9)


def test_hit_needs_the_expected_document_and_an_overlapping_span():
    expected = [("doc-a", 100, 150), ("doc-b", 0, 10)]
    retrieved = [[("doc-x", 100, 150), ("doc-a", 140, 300)], [("doc-b", 10, 50)]]
    assert hit_rate(retrieved, expected) == 0.5


def test_top_imports_gives_each_package_its_largest_cumulative_time():
    log = (
        "import time: self [us] | cumulative | imported package\n"
        "import time:       100 |        100 |   numpy.core\n"
        "import time:       200 |     500000 | numpy\n"
        "import time:       300 |    1200000 | chromadb\n"
        "import time:       100 |     300000 |     scipy.special\n"
        "import time:       100 |     900000 | app\n"
    )
    assert top_imports(log, 5) == [("chromadb", 1.2), ("app", 0.9), ("numpy", 0.5), ("scipy", 0.3)]


def test_cold_asks_read_compiled_bytecode_even_where_writing_it_is_off():
    env = cold_env({"PYTHONDONTWRITEBYTECODE": "1", "HOME": "/root"}, Path("/cache/pycache"))
    assert "PYTHONDONTWRITEBYTECODE" not in env  # the first, untimed run writes it; installed copies have it
    assert env["PYTHONPYCACHEPREFIX"] == "/cache/pycache" and env["HOME"] == "/root"


def test_the_cold_start_section_prints_the_largest_imports():
    text = render_markdown(_result(p95=40, speedup=4, cold=1.0))
    assert "Largest imports (cumulative s): chromadb 0.80" in text and "as installed" in text


def _result(p95: float, speedup: float, cold: float) -> dict:
    row = {"chunks": 101_000, "speedup": speedup, "rss_mb": 400.0,
           "byline": {"p50": 20.0, "p95": p95, "p50_min": 19.0, "p95_min": p95 - 1, "hit5": 0.9},
           "llama": {"p50": 20.0 * speedup, "p95": 90.0, "p50_min": 50.0, "p95_min": 80.0, "hit5": 0.8},
           "byline_cached": {"p50": 5.0}, "embed": {"p50": 12.0}}
    result = {
        "quick": False, "reps": 5,
        "machine": {"date": "2026-01-01 00:00 UTC", "cpus": 2, "load": "1.0", "python": "3.11"},
        "query": [row],
        "ingest": {"documents": 3, "chunks": 90, "ratio": 0.9, "reingest_ratio": 0.01, "chunks_per_s": 90.0,
                   "floor_chunks_per_s": 100.0, "first_s": {"min": 1.0, "median": 1.0},
                   "reingest_s": {"min": 0.01, "median": 0.01}, "floor_s": {"min": 0.9, "median": 0.9}},
        "cold_start": {"seconds": {"min": 1.5, "median": cold, "n": 3}, "imports": [("chromadb", 0.8)]},
    }
    result["goals"] = goals(result)
    return result


def test_goals_compare_each_measure_with_its_target():
    met = {g["goal"]: g["met"] for g in _result(p95=40, speedup=4, cold=1.0)["goals"]}
    assert all(met.values()) and len(met) == 5
    missed = {g["goal"]: g["met"] for g in _result(p95=60, speedup=0.5, cold=1.3)["goals"]}
    assert [name for name, ok in missed.items() if not ok] == ["query p95 at 101,000 chunks", NOT_SLOWER,
                                                                "cold start to first answer"]
    slower_p95 = {g["goal"]: g["met"] for g in _result(p95=95, speedup=4, cold=1.0)["goals"]}
    assert not slower_p95[NOT_SLOWER]  # p50 faster is not enough: p95 must be too


def test_report_shows_byline_and_llama_index_side_by_side_with_every_goal():
    md = render_markdown(_result(p95=40, speedup=4, cold=1.0))
    assert "| 101,000 | 20.0 (19.0) | 40.0 (39.0) | 80.0 (50.0) | 90.0 (80.0) | 4.00× | 0.90 | 0.80 |" in md
    assert md.count("| yes |") == 5
    assert "chromadb 0.80" in md and "re-ingest 1.0 %" in md


def test_forgetting_clears_the_sentences_a_question_read(make_assistant, corpus_dir):
    from app.bench.measure import forget

    a = make_assistant(corpus_dir)
    a.ingest([corpus_dir])
    assert not a.ask("How much will the river bridge cost?").abstained
    assert a._view._sentences  # the view the question read kept the documents' sentences
    forget(a, a._open())
    assert not a._view._sentences and not a._open()._sentences


def test_bench_sections_default_to_all_but_the_server_which_runs_when_asked():
    from app.bench.run import plan_sections

    assert plan_sections((), False) == {"ingest", "queries", "cold"}
    assert plan_sections((), True) == {"ingest", "queries", "cold", "server"}
    assert plan_sections(["ingest"], False) == {"ingest"}
    assert plan_sections(["server"], True) == {"server"}
    with pytest.raises(ValueError, match="unknown bench section"):
        plan_sections(["ingest", "speed"], False)


def _server_row(chunks: int, query_ms: float, rss: float) -> dict:
    return {"chunks": chunks, "byline": {"p50": 10.0 + query_ms, "p95": 14.0 + query_ms},
            "probes": {"query": query_ms, "query_records": 3.0, "sentences": 2.0, "round_trip": 1.0},
            "server_rss_mb": rss}


def test_server_projection_extrapolates_the_vector_query_in_log_size_and_memory_in_size():
    from app.bench.server import project

    rows = [_server_row(1_000, 2.0, 200.0), _server_row(10_000, 3.0, 290.0), _server_row(100_000, 4.0, 1_190.0)]
    pj = project(rows, to=1_000_000)
    assert pj["query_ms"] == pytest.approx(5.0)  # one ms more per factor 10, as measured
    assert pj["answer_p50_ms"] == pytest.approx(14.0 + 1.0) and pj["answer_p95_ms"] == pytest.approx(18.0 + 1.0)
    assert pj["fixed_ms"] == {"round_trip": 1.0, "query_records": 3.0, "sentences": 2.0}
    assert 9_000 < pj["server_rss_mb"] < 12_000  # a line through the RSS, not a log curve
    assert project(rows[:1]) == {}  # one scale: nothing to fit


def test_report_shows_server_and_embedded_side_by_side_with_the_projection():
    from app.bench.server import project

    rows = [_server_row(1_000, 2.0, 200.0), {**_server_row(101_000, 4.0, 400.0), "setup": {"seed_s": 31.2, "cached": True}}]
    result = _result(p95=40, speedup=4, cold=1.0)
    result["query"][0]["probes"] = {"query": 1.5}
    result["server"] = {"scales": rows, "projection": project(rows)}
    md = render_markdown(result)
    assert "| 101,000 | 14.0 / 18.0 | 20.0 / 40.0 | 4.00 / 1.50 | 1.00 | 3.00 | 2.00 | 400 | 31.2 (cached) |" in md
    assert "Projected to 1,000,000 chunks" in md and "round trip 1.0" in md


def test_cached_bench_indexes_are_named_by_the_versions_of_what_ingest_stores(monkeypatch):
    """A stale cache is rebuilt, not timed on the fallback path: figures stored by an older SIGNALS_VERSION are
    parsed again on every question (a how-many question took 19.6 ms instead of 6.6)."""
    import app.attribution.figure_codec as codec
    import app.indexing.prepare as prepare
    import app.text.marks as marks
    from app.bench import run

    before = run.stored_format()
    monkeypatch.setattr(codec, "SIGNALS_VERSION", codec.SIGNALS_VERSION + 1)
    after_signals = run.stored_format()
    monkeypatch.setattr(prepare, "ATTRIBUTION_VERSION", prepare.ATTRIBUTION_VERSION + 1)
    after_chains = run.stored_format()
    monkeypatch.setattr(marks, "MARKS_VERSION", marks.MARKS_VERSION + 1)  # unmarked rows bound no bonus: slower
    assert len({before, after_signals, after_chains, run.stored_format()}) == 4
    syn = type("Syn", (), {"dir": Path("/s/x")})()
    assert run._index_dir(Path("/c"), syn, 10).name.endswith(run.stored_format())
