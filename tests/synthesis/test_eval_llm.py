"""`byline eval` with an LLM: the byline+llm column scores what a reader sees, the verifier's catch
rate counts planted failing sentences, and the promise (own voice 0, verbatim 1.0) is gated."""

from __future__ import annotations

from app.evaluation.runner import run_eval
from app.evaluation.synthesis import LLM_SYSTEM, llm_gate, planted, scored
from app.store.embed import HashEmbedder
from app.synthesis.check import Checker
from app.synthesis.sources import sources_of
from app.synthesis.synthesize import synthesize
from tests.evaluation.test_evaluate import small_index  # noqa: F401 - a fixture
from tests.synthesis.fake_llm import echo
from tests.synthesis.llm_support import bridge_answer

EMBED = HashEmbedder(256).embed


class EchoThenOwnVoice:
    """A model that attributes the first words of each quote, then asserts a claim itself."""

    name = "echo"

    def generate(self, messages, on_token=None):
        return echo(messages) + " The movement runs thousands of fake accounts."


def test_every_planted_sentence_fails_the_verifier():
    sources = sources_of(bridge_answer())
    kinds = planted(sources, ["Daily Planet", "Gotham Gazette", "Metro Times"])
    assert {k for k, _ in kinds} >= {"own voice", "invented quote", "wrong outlet", "changed number", "unknown citation"}
    for kind, sentence in kinds:
        assert not Checker(sources, EMBED, ["Metro Times"]).check(sentence).verified, (kind, sentence)


def test_no_changed_number_is_planted_from_a_quote_without_numbers():
    answer = bridge_answer().model_copy(update={"citations": [bridge_answer().citations[1].model_copy(
        update={"quote": "Residents oppose the bridge."})]})
    assert "changed number" not in {k for k, _ in planted(sources_of(answer), [])}


def test_scored_answer_is_the_extractive_lines_then_the_verified_paragraph():
    after = synthesize(bridge_answer(), EchoThenOwnVoice(), embed=EMBED)
    shown = scored(after)
    assert shown.answer.startswith(after.answer) and "According to Daily Planet, It will cost 40 million dollars." in shown.answer
    assert "[" not in shown.answer[len(after.answer):]  # the paragraph's markers were checked already
    assert shown.citations == after.citations
    assert scored(bridge_answer()) == bridge_answer()  # no synthesis: the extractive answer


def test_gate_fails_on_own_voice_or_a_quote_not_verbatim():
    assert llm_gate({"own_voice_violations": 0, "verbatim_rate": 1.0}) == []
    assert len(llm_gate({"own_voice_violations": 2, "verbatim_rate": 0.9})) == 2


def test_run_eval_with_an_llm_reports_catch_rate_and_kept_share(small_index, tmp_path):  # noqa: F811
    report = run_eval(small_index, [tmp_path / "cases.yaml"], embedder=HashEmbedder(64), thresholds=None,
                      report_dir=tmp_path / "reports", baselines=False, llm=EchoThenOwnVoice())
    assert [s["name"] for s in report["systems"]] == ["byline", LLM_SYSTEM]
    stats = report["synthesis"]
    assert stats["answers"] == 2 and stats["catch_rate"] == 1.0
    assert 0 < stats["kept"] < stats["sentences"]  # the own-voice sentence is never kept
    llm = report["systems"][1]["metrics"]
    assert llm["own_voice_violations"] == 0 and llm["verbatim_rate"] == 1.0
    assert "planted failing sentences caught" in (tmp_path / "reports" / "latest.md").read_text(encoding="utf-8").lower()
