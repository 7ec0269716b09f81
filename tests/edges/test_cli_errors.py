"""CLI errors: exit code 2 and one line on stderr, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.edges.cli import cli

REPO = Path(__file__).resolve().parents[2]
ENV = {"BYLINE_EMBEDDER": "hash-64"}
ARTICLE = (
    "The harbour authority said on Tuesday that the new pier would open in June after a long and "
    "contested review of its safety record by three separate inspectors from the regional office."
)


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cli")
    (root / "articles").mkdir()
    (root / "articles" / "pier.txt").write_text(ARTICLE)
    result = CliRunner().invoke(cli, ["ingest", str(root / "articles"), "--index", str(root / "index")], env=ENV)
    assert result.exit_code == 0, result.output
    return root / "index"


def fails(args: list[str], env: dict[str, str] | None = None) -> str:
    """Run the CLI; assert exit 2, a single stderr line and no traceback; return that line."""
    result = CliRunner().invoke(cli, args, env={**ENV, **(env or {})})
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    return lines[0]


def test_ask_without_an_index_says_how_to_build_it(tmp_path):
    line = fails(["ask", "--index", str(tmp_path / "none"), "When does the pier open?"])
    assert line == f"error: no index at {tmp_path / 'none'}/ — build it with: byline ingest corpus/ --index {tmp_path / 'none'}"


def test_ask_an_index_without_documents_says_so_and_how_to_add_some(tmp_path):
    (tmp_path / "none").mkdir()
    assert CliRunner().invoke(cli, ["ingest", str(tmp_path / "none"), "--index", str(tmp_path / "index")],
                              env=ENV).exit_code == 0
    line = fails(["ask", "--index", str(tmp_path / "index"), "When does the pier open?"])
    assert line == (f"error: the index at {tmp_path / 'index'}/ holds no documents — add some with: "
                    f"byline ingest DIR --index {tmp_path / 'index'}")


def test_ask_an_empty_question_fails_cleanly(index):
    assert fails(["ask", "--index", str(index), ""]) == "error: the question is empty"


def test_ask_checks_every_question_before_answering_the_first(index):
    """`byline ask "q1" ""` printed q1's answer, then failed: a bad question anywhere answers none."""
    line = fails(["ask", "--index", str(index), "When does the pier open?", ""])
    assert line == "error: question 2: the question is empty"
    line = fails(["ask", "--index", str(index), "--json", "When does the pier open?", "?!", "Who reviewed it?"])
    assert line == "error: question 2: the question has no words to search for"


def test_ask_a_10000_character_question_fails_cleanly(index):
    assert "the limit is 2,000" in fails(["ask", "--index", str(index), "word " * 2000])


def test_ask_only_punctuation_fails_cleanly(index):
    assert "no words" in fails(["ask", "--index", str(index), "?!?!..."])


def test_ask_with_an_unknown_outlet_fails_cleanly(index):
    assert "unknown outlet 'Nobody'" in fails(["ask", "--index", str(index), "--outlet", "Nobody", "pier?"])


def test_ask_with_k_out_of_range_fails_cleanly(index):
    assert "k must be between 1 and 50" in fails(["ask", "--index", str(index), "-k", "0", "pier?"])


def test_ask_an_index_built_with_another_embedder_gives_the_rebuild_command_on_one_line(index):
    line = fails(["ask", "--index", str(index), "When does the pier open?"], env={"BYLINE_EMBEDDER": "hash-128"})
    assert "embedder hash-64 (64d), not hash-128 (128d)" in line
    assert line.endswith(f"rebuild it with: rm -rf {index} && byline ingest corpus/ --index {index}")


def test_ingest_a_missing_folder_fails_cleanly(tmp_path):
    line = fails(["ingest", str(tmp_path / "nowhere"), "--index", str(tmp_path / "index")])
    assert line == f"error: {tmp_path / 'nowhere'}: no such file or folder"


def test_ingest_with_a_bad_registry_names_file_and_line(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "pier.txt").write_text(ARTICLE)
    registry = tmp_path / "outlets.yaml"
    registry.write_text("outlets:\n  - name: A\n    colour: red\n")
    line = fails(["ingest", str(tmp_path / "articles"), "--index", str(tmp_path / "index")],
                 env={"BYLINE_REGISTRY": str(registry)})
    assert line == f"error: {registry}:3: outlets.0.colour: Extra inputs are not permitted"
    assert not (tmp_path / "index").exists()


def test_bad_setting_in_the_environment_fails_cleanly(index):
    assert "setting k: expected int, got 'many'" in fails(["ask", "--index", str(index), "pier?"], env={"BYLINE_K": "many"})


def test_unknown_embedder_fails_cleanly(index):
    assert "unknown embedder 'gpt-9'" in fails(["ask", "--index", str(index), "pier?"], env={"BYLINE_EMBEDDER": "gpt-9"})


def test_index_path_that_is_a_file_fails_cleanly(tmp_path):
    bogus = tmp_path / "index"
    bogus.write_text("not a folder")
    (tmp_path / "pier.txt").write_text(ARTICLE)
    assert "cannot be used as an index folder" in fails(["ingest", str(tmp_path / "pier.txt"), "--index", str(bogus)])


def test_sources_without_an_index_fails_cleanly(tmp_path):
    assert "no index at" in fails(["sources", "--index", str(tmp_path / "none")])


def test_text_answer_shows_every_quote_in_full(index):
    result = CliRunner().invoke(cli, ["ask", "--index", str(index), "When does the pier open?"], env=ENV)
    assert result.exit_code == 0, result.output
    flat = " ".join(re.sub(r"[│╭╮╰╯─]", " ", result.stdout).split())
    assert f"\u201c{ARTICLE}\u201d [1]" in flat


def test_real_process_exits_2_with_one_line_and_no_traceback(tmp_path):
    env = {**os.environ, **ENV, "PYTHONPATH": str(REPO)}
    result = subprocess.run([sys.executable, "-m", "app.edges.cli", "ask", "--index", str(tmp_path / "none"), "pier?"],
                            capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("error: no index at")


def test_ingest_json_report_is_valid_json_even_with_failures(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "pier.txt").write_text(ARTICLE)
    (tmp_path / "articles" / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "articles"), "--index", str(tmp_path / "i"), "--json"], env=ENV)
    assert result.exit_code == 3, result.output
    report = json.loads(result.stdout)
    assert list(report["failed"]) == [str(tmp_path / "articles" / "empty.txt")]
    assert len(report["new"]) == 1


def test_ingest_with_a_failed_file_keeps_the_others_names_it_in_one_line_and_exits_3(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "pier.txt").write_text(ARTICLE)
    (articles / "empty.txt").write_text("")
    (articles / "blank.md").write_text("---\ntitle: x\n---\n  \n")
    result = CliRunner().invoke(cli, ["ingest", str(articles), "--index", str(tmp_path / "i")], env=ENV)
    assert result.exit_code == 3, result.output
    assert "Traceback" not in result.output
    failed = [line for line in result.stderr.splitlines() if line.startswith("failed:")]
    assert sorted(failed) == sorted([f"failed: {articles / 'blank.md'}: no text (the file is empty or only whitespace)",
                                     f"failed: {articles / 'empty.txt'}: no text (the file is empty or only whitespace)"])
    assert "1 new, 0 changed, 0 unchanged, 2 failed" in " ".join(result.stdout.split())
    asked = CliRunner().invoke(cli, ["ask", "--json", "When will the pier open?", "--index", str(tmp_path / "i")],
                               env=ENV)
    assert asked.exit_code == 0 and "June" in asked.stdout  # the good file was ingested


def test_ingest_with_nothing_failed_exits_0_even_with_a_skipped_file(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "pier.txt").write_text(ARTICLE)
    (articles / "photo.jpg").write_bytes(b"\xff\xd8")
    result = CliRunner().invoke(cli, ["ingest", str(articles), "--index", str(tmp_path / "i")], env=ENV)
    assert result.exit_code == 0, result.output
    assert "1 skipped" in result.stdout


def test_ingesting_a_folder_with_no_files_says_so_and_what_byline_reads(tmp_path):
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "empty"), "--index", str(tmp_path / "i")], env=ENV)
    said = " ".join(result.output.split())  # as one line, however the console wrapped it
    assert result.exit_code == 0 and "Traceback" not in said
    assert f"no files in {tmp_path / 'empty'}" in said and ".pdf" in said and "0 new, 0 changed, 0 unchanged" in said


def test_a_multi_line_load_failure_is_one_line_on_stderr(capsys):
    from app.edges.cli.asking import _say_failed
    from app.models import IngestReport

    _say_failed(IngestReport(failed={"a.pdf": "a.pdf: cannot read the PDF:\n  EOF marker not found"}))
    assert capsys.readouterr().err == "failed: a.pdf: cannot read the PDF: EOF marker not found\n"
