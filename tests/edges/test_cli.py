import json
import subprocess
import sys

from typer.testing import CliRunner

from app.edges.cli import cli
from corpora import write_corpus

runner = CliRunner()


def run(*args, env=None):
    return runner.invoke(cli, list(args), env={"BYLINE_EMBEDDER": "hash-256", "BYLINE_ABSTAIN_BELOW": "0.05", **(env or {})})


def test_ingest_then_ask_json_prints_one_object_per_question(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    result = run("ingest", str(corpus), "--index", str(index))
    assert result.exit_code == 0, result.output
    assert "2 new, 0 changed, 0 unchanged" in result.output
    again = run("ingest", str(corpus), "--index", str(index))
    assert "0 new, 0 changed, 2 unchanged" in again.output
    result = run("ask", "What will the bridge cost?", "Who opposes the bridge?", "--json", "--index", str(index))
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
    assert [a["question"] for a in lines] == ["What will the bridge cost?", "Who opposes the bridge?"]
    assert all(a["citations"] for a in lines)


def test_sources_json_lists_documents_with_chunk_counts(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    run("ingest", str(corpus), "--index", str(tmp_path / "ix"))
    result = run("sources", "--json", "--index", str(tmp_path / "ix"))
    docs = json.loads(result.stdout)
    assert {d["outlet"] for d in docs} == {"Daily Planet", "Gotham Gazette"}
    assert all(d["chunks"] >= 1 for d in docs)


def test_errors_are_one_line_with_exit_code_2(tmp_path):
    result = run("ask", "anything", "--index", str(tmp_path / "missing"))
    assert result.exit_code == 2
    assert "no index at" in result.stderr and "Traceback" not in result.output
    corpus = write_corpus(tmp_path / "corpus")
    run("ingest", str(corpus), "--index", str(tmp_path / "ix"))
    for args in (["ask", "", "--index", str(tmp_path / "ix")],
                 ["ask", "bridge", "--outlet", "Nobody", "--index", str(tmp_path / "ix")],
                 ["ingest", str(tmp_path / "nope"), "--index", str(tmp_path / "ix")]):
        result = run(*args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1


def test_the_installed_entry_point_runs_without_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "app.edges.cli", "ask", "x", "--index", str(tmp_path / "none")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


def test_sources_fits_an_80_column_terminal_and_wide_shows_everything(tmp_path):
    long_title = "A very long headline about the river bridge plan that goes on and on " * 3
    registry = (tmp_path / "r.yaml")
    corpus = write_corpus(tmp_path / "corpus")
    text = (corpus / "outlets.yaml").read_text().replace("title: Bridge plan approved", f"title: {long_title.strip()}")
    (corpus / "outlets.yaml").write_text(text)
    run("ingest", str(corpus), "--index", str(tmp_path / "ix"))
    narrow = run("sources", "--index", str(tmp_path / "ix"), env={"COLUMNS": "80"})
    lines = narrow.stdout.rstrip("\n").splitlines()
    assert narrow.exit_code == 0 and len(lines) == 3, narrow.stdout  # header + one line per document
    assert max(len(line) for line in lines) <= 80 and "Daily Planet" in narrow.stdout
    assert "\u2026" in narrow.stdout  # the long title ends in an ellipsis instead of wrapping
    docs = json.loads(run("sources", "--json", "--index", str(tmp_path / "ix")).stdout)
    assert all(d["doc_id"][:8] in narrow.stdout and d["doc_id"] not in narrow.stdout for d in docs)
    wide = run("sources", "--wide", "--index", str(tmp_path / "ix"), env={"COLUMNS": "200"})
    assert all(d["doc_id"] in wide.stdout for d in docs) and "found by" in wide.stdout
    assert not registry.exists()


def test_ask_shows_a_not_covered_answer_plainly(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    assert run("ingest", str(corpus), "--index", str(index)).exit_code == 0
    result = run("ask", "When will the construction of the river bridge begin?", "--index", str(index))
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.replace("│", " ").split())
    assert "Not covered: none of the indexed sources reports the date asked for" in text
    assert "Related, from the sources:" in text and "not covered — the quotes are related, not an answer" in text
    as_json = json.loads(run("ask", "When will the construction of the river bridge begin?", "--json", "--index",
                             str(index)).stdout)
    assert as_json["abstained"] and as_json["not_covered"] == "the date asked for" and as_json["citations"]


def test_ask_json_names_the_part_of_a_question_no_source_answers(tmp_path):
    corpus = write_corpus(tmp_path / "corpus")
    index = tmp_path / "index"
    assert run("ingest", str(corpus), "--index", str(index)).exit_code == 0
    question = "How much will the bridge cost, and when will it open?"
    as_json = json.loads(run("ask", question, "--json", "--index", str(index)).stdout)
    assert not as_json["abstained"] and as_json["citations"]
    assert [(p["part"], p["missing"]) for p in as_json["not_covered_parts"]] == [("When will it open?",
                                                                                 "the date asked for")]
    assert as_json["answer"].splitlines()[-1] == as_json["not_covered_parts"][0]["line"]
