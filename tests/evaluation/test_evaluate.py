"""The eval runner catches deliberately broken answers, reads answer files, gates on thresholds,
and runs end to end (byline + baselines) over a small index built with the hash embedder."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.api import Assistant
from app.config import Config
from app.edges.cli import cli
from app.errors import ConfigError
from app.evaluation import metrics as m
from app.evaluation.baselines import from_answers_file
from app.evaluation.cases import Case
from app.evaluation.report import Thresholds, check_thresholds, load_thresholds
from app.evaluation.runner import run_eval
from app.evaluation.scoring import score_case
from app.models import Answer, Citation
from app.registry import Registry
from app.store.embed import HashEmbedder

CRITIC = ("The camp in the mountains hosts a troll farm. "
          "Its members run thousands of fake accounts every day, a former member said.")
SITE = ("The movement is a peaceful dissident organisation. "
        "Talk of fake accounts is a smear campaign ordered by the government.")
REGISTRY_YAML = """stance_groups:
  - {id: against, label: Against the movement}
  - {id: for, label: The movement's side}
outlets:
  - {name: Daily Critic, stance: against}
  - {name: Movement Site, stance: for}
documents:
  - {file: critic.txt, outlet: Daily Critic}
  - {file: site.txt, outlet: Movement Site}
"""
CASES_YAML = """cases:
  - id: fake-accounts
    question: Does the movement run thousands of fake accounts?
    kind: contested
    contested: true
    must_cite: [Movement Site]
    any_of: [Daily Critic]
    forbidden_own_voice: [runs thousands of fake accounts, a smear campaign]
    expected_passages:
      - {doc: critic.txt, snippet: run thousands of fake accounts}
  - id: troll-farm
    question: What does the camp in the mountains host?
    kind: single
    contested: false
    must_cite: [Daily Critic]
  - id: off-topic
    question: Who won the chess olympiad in 1956?
    kind: abstain
    contested: false
"""


def registry() -> Registry:
    import yaml

    return Registry.model_validate(yaml.safe_load(REGISTRY_YAML))


def corpus() -> m.Corpus:
    return m.Corpus([m.Doc("c1", "critic.txt", "Daily Critic", "against", CRITIC),
                     m.Doc("s1", "site.txt", "Movement Site", "for", SITE)], registry())


CASE = Case(id="fake-accounts", question="Does the movement run thousands of fake accounts?", kind="contested", contested=True,
            must_cite=["Movement Site"], any_of=["Daily Critic"],
            forbidden_own_voice=["runs thousands of fake accounts"],
            expected_passages=[{"doc": "critic.txt", "snippet": "run thousands of fake accounts"}])


def cite(id: str, doc_id: str, text: str, quote: str, outlet: str) -> Citation:
    start = text.index(quote)
    return Citation(id=id, outlet=outlet, doc_id=doc_id, quote=quote, start=start, end=start + len(quote))


def good_answer() -> Answer:
    c1 = cite("1", "c1", CRITIC, "Its members run thousands of fake accounts every day, a former member said.", "Daily Critic")
    c2 = cite("2", "s1", SITE, "Talk of fake accounts is a smear campaign ordered by the government.", "Movement Site")
    text = ("Outlets from opposing sides address this.\nOne source denies what another asserts.\n"
            f"- Daily Critic: \u201c{c1.quote}\u201d [1]\n- Movement Site: \u201c{c2.quote}\u201d [2]")
    return Answer(question=CASE.question, answer=text, abstained=False, contested=True, citations=[c1, c2])


def reasons_for(answer: Answer) -> list[str]:
    return score_case(CASE, answer, corpus(), k=6).reasons


def test_a_well_grounded_answer_passes():
    result = score_case(CASE, good_answer(), corpus(), k=6)
    assert result.passed, result.reasons
    assert result.retrieval == m.Retrieval(True, 1.0, 1.0)


def test_a_paraphrased_quote_is_caught():
    good = good_answer()
    c1 = good.citations[0]
    bent = c1.model_copy(update={"quote": "Its members operate thousands of fake accounts daily, a former member said."})
    broken = good.model_copy(update={"citations": [bent, good.citations[1]],
                                     "answer": good.answer.replace(c1.quote, bent.quote)})
    assert any("[1] quote is not the text of c1" in r for r in reasons_for(broken))


def test_a_quote_labelled_with_the_wrong_outlet_is_caught():
    good = good_answer()
    wrong = good.citations[1].model_copy(update={"outlet": "Daily Critic"})
    broken = good.model_copy(update={"citations": [good.citations[0], wrong]})
    reasons = reasons_for(broken)
    assert any("labelled 'Daily Critic' but s1 was published by 'Movement Site'" in r for r in reasons)
    assert "does not cite Movement Site" in reasons


def test_a_contested_claim_in_the_assistants_own_voice_is_caught():
    good = good_answer()
    broken = good.model_copy(update={"answer": "Yes: the movement runs thousands of fake accounts.\n" + good.answer})
    assert any(r.startswith("'runs thousands of fake accounts' in own voice") for r in reasons_for(broken))


def test_a_made_up_citation_is_caught():
    good = good_answer()
    invented = good.model_copy(update={"answer": good.answer + "\nThe government admitted it. [3]"})
    assert "marker(s) [3] in the answer are not a citation's own line" in reasons_for(invented)
    ghost = good.citations[1].model_copy(update={"doc_id": "no-such-doc"})
    assert "[2] cites unknown document no-such-doc" in reasons_for(good.model_copy(update={"citations": [good.citations[0], ghost]}))


def test_a_one_sided_answer_fails_contested_coverage():
    good = good_answer()
    one_side = good.model_copy(update={"citations": good.citations[:1], "answer": good.answer.rsplit("\n", 1)[0]})
    assert "no quote from the side \"The movement's side\"" in reasons_for(one_side)


def test_answers_file_matches_answers_to_cases_by_question(tmp_path):
    path = tmp_path / "mine.jsonl"
    shouted = good_answer().model_copy(update={"question": "  does the movement run   THOUSANDS of fake accounts? "})
    path.write_text(shouted.model_dump_json() + "\n\n", encoding="utf-8")
    system = from_answers_file(path)
    got = system.answer([CASE.question, "Something else?"])
    assert system.name == "mine" and got[0] == shouted and got[1] is None
    assert score_case(CASE, got[1], corpus(), 6).reasons == ["the system gave no answer for this question"]


def test_a_malformed_answers_line_names_the_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(good_answer().model_dump_json() + '\n{"question": "q"}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.jsonl:2: not an Answer in the ask --json format: answer: Field "
                                          r"required$"):
        from_answers_file(path)
    path.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"bad\.jsonl:1: not an Answer") as caught:
        from_answers_file(path)
    assert "\n" not in str(caught.value) and "errors.pydantic.dev" not in str(caught.value)


def test_thresholds_flag_metrics_outside_their_bounds(tmp_path):
    gate = Thresholds(minimum={"pass_rate": 0.5, "chain_accuracy": 0.5}, maximum={"own_voice_violations": 0})
    values = {"pass_rate": 0.4, "chain_accuracy": None, "own_voice_violations": 2}
    assert check_thresholds(values, gate) == ["pass_rate = 0.400, below the minimum 0.5",
                                              "own_voice_violations = 2, above the maximum 0.0"]
    (tmp_path / "t.yaml").write_text("minimum:\n  pass_rat: 0.5\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"t\.yaml:2: minimum: .*unknown metric\(s\) pass_rat"):
        load_thresholds(tmp_path / "t.yaml")


@pytest.fixture
def small_index(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "critic.txt").write_text(CRITIC, encoding="utf-8")
    (folder / "site.txt").write_text(SITE, encoding="utf-8")
    (folder / "outlets.yaml").write_text(REGISTRY_YAML, encoding="utf-8")
    (tmp_path / "cases.yaml").write_text(CASES_YAML, encoding="utf-8")
    config = Config(index_dir=tmp_path / "index", corpus_dir=folder, embedder="hash-64")
    Assistant(config=config, embedder=HashEmbedder(64)).ingest([folder])
    return config


def test_run_eval_scores_byline_and_the_three_baselines_and_writes_reports(small_index, tmp_path):
    report = run_eval(small_index, [tmp_path / "cases.yaml"], embedder=HashEmbedder(64), thresholds=None,
                      report_dir=tmp_path / "reports")
    assert [s["name"] for s in report["systems"]] == ["byline", "llama-index", "bm25-only", "dense-only"]
    byline, llama = report["systems"][0], report["systems"][1]
    assert llama["metrics"]["attribution_accuracy"] == 0.0  # labelled by file name, not outlet
    assert [c["id"] for c in byline["cases"]] == ["fake-accounts", "troll-farm", "off-topic"]
    # byline on this tiny corpus: the plain case passes, the off-topic question abstains, every quote
    # is verbatim and labelled with its publisher, nothing contested is said in its own voice
    assert [c["passed"] for c in byline["cases"]][1:] == [True, True], byline["cases"]
    assert {k: byline["metrics"][k] for k in ("verbatim_rate", "attribution_accuracy", "abstention_recall",
                                              "own_voice_violations")} == {
        "verbatim_rate": 1.0, "attribution_accuracy": 1.0, "abstention_recall": 1.0, "own_voice_violations": 0}
    saved = json.loads((tmp_path / "reports" / "latest.json").read_text(encoding="utf-8"))
    assert saved["primary"] == "byline"
    assert "| cases passed ↑ |" in (tmp_path / "reports" / "latest.md").read_text(encoding="utf-8")


def test_the_baselines_label_their_answers_through_byline_s_own_answer_path(small_index, monkeypatch):
    """bm25-only and dense-only differ from byline in retrieval only: their passages go through
    `answer_from` (sentence ranking, abstention, `sides.pick` for quotes and the contested label)."""
    from app.answer import compose as answer_stage
    from app.evaluation.baselines import bm25_only, dense_only

    seen, real = [], answer_stage.answer_from

    def spy(question, hits, *args, **kwargs):
        seen.append((question, [h.chunk.id for h in hits]))
        return real(question, hits, *args, **kwargs)

    monkeypatch.setattr(answer_stage, "answer_from", spy)
    question = "What does the camp in the mountains host?"
    config = replace(small_index, abstain_below=-1.0)  # hash vectors are far from everything: no dense abstention
    for make in (bm25_only, dense_only):
        seen.clear()
        answer = make(config, HashEmbedder(64), registry()).answer([question])[0]
        assert [q for q, _ in seen] == [question] and seen[0][1], make.__name__
        assert not answer.abstained and "troll farm" in answer.citations[0].quote


def test_eval_command_exits_1_when_a_threshold_is_missed(small_index, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "evals").mkdir()
    (tmp_path / "evals" / "thresholds.yaml").write_text("minimum:\n  pass_rate: 1.01\n", encoding="utf-8")
    answers = tmp_path / "answers.jsonl"
    good = good_answer()  # cite by file name: the index's doc ids are content hashes
    by_name = [good.citations[0].model_copy(update={"doc_id": "critic.txt"}),
               good.citations[1].model_copy(update={"doc_id": "site.txt"})]
    answers.write_text(good.model_copy(update={"citations": by_name}).model_dump_json() + "\n", encoding="utf-8")
    env = {"BYLINE_EMBEDDER": "hash-64", "BYLINE_CORPUS_DIR": str(small_index.corpus_dir)}
    args = ["eval", "cases.yaml", "--index", str(small_index.index_dir), "--no-baselines", "--json"]
    result = CliRunner().invoke(cli, [*args, "--answers", str(answers)], env=env)
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    assert report["primary"] == "answers" and report["threshold_failures"]
    first = {c["id"]: c for c in report["systems"][0]["cases"]}
    assert first["fake-accounts"]["passed"] and not first["troll-farm"]["passed"]
    assert (tmp_path / "evals" / "reports" / "latest.md").is_file()


def test_eval_command_reports_a_missing_index_in_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "cases.yaml").write_text(CASES_YAML, encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "cases.yaml", "--index", str(tmp_path / "none")],
                                env={"BYLINE_EMBEDDER": "hash-64"})
    assert result.exit_code == 2
    assert "no index at" in result.output and "Traceback" not in result.output
