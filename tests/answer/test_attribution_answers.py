"""Answers that know who is speaking: chains in citations, contested claims side by side,
repetition of one original source, and the perspectives view. Fake embedder, literal documents."""

import json
import re

import pytest
from typer.testing import CliRunner

from app.answer.compose import NOT_ADDRESSED
from app.edges.cli import cli
from app.errors import QueryError
from corpora import write_corpus

REGISTRY = """\
stance_groups:
  - {id: pro, label: For the contractor}
  - {id: anti, label: Against the contractor}
outlets:
  - {name: Daily Planet, stance: anti}
  - {name: Metro Courier, stance: anti}
  - {name: Gotham Gazette, stance: pro}
documents:
  - {file: planet.txt, outlet: Daily Planet}
  - {file: courier.txt, outlet: Metro Courier}
  - {file: gazette.txt, outlet: Gotham Gazette}
"""
DOCS = {
    "planet.txt": (
        "Contractor under scrutiny\n\n"
        "The contractor paid bribes to the council to win the bridge contract, the Harbor Times reported. "
        '"We paid the council every month," former manager Lisa Crane told the Harbor Times.\n\n'
        "The new bridge opened to traffic on Monday morning."
    ),
    "courier.txt": (
        "Bribes alleged\n\n"
        "The contractor paid bribes to the council, according to the Harbor Times. "
        '"We paid the council every month," Lisa Crane told the Harbor Times.\n\n'
        "Ferry tickets will cost more from June."
    ),
    "gazette.txt": (
        "The bribery story is a smear\n\n"
        "The Harbor Times report that the contractor paid bribes to the council is a smear and not true. "
        "The contractor denies paying the council.\n\n"
        "The river is cleaner this year, say fishermen."
    ),
}
BRIBES = "Did the contractor pay bribes to the council? Just tell me yes or no."


@pytest.fixture
def assistant(make_assistant, tmp_path):
    a = make_assistant(write_corpus(tmp_path / "corpus", DOCS, REGISTRY), abstain_below=0.15, chunk_words=12)
    a.ingest([tmp_path / "corpus"])
    return a


def own_voice(answer) -> list[str]:
    """Lines of the answer that carry no citation marker: the assistant's own words."""
    return [line for line in answer.answer.splitlines() if not re.search(r"\[\d+\]", line)]


def test_citation_carries_the_chain_of_the_quoted_sentence(assistant):
    answer = assistant.ask("What did Lisa Crane say about paying the council every month?")
    crane = [c for c in answer.citations if "every month" in c.quote]
    assert crane and all(c.chain == ["Harbor Times", "Lisa Crane"] for c in crane)
    assert "relaying Harbor Times, quoting Lisa Crane" in answer.answer
    assert assistant.verify(answer) == []


def test_contested_claim_shows_each_side_under_its_stance_label_and_gives_no_verdict(assistant):
    answer = assistant.ask(BRIBES)
    assert answer.contested
    assert re.search(r"^Against the contractor — (Daily Planet|Metro Courier)\b.*: “", answer.answer, re.M)
    assert re.search(r"^For the contractor — Gotham Gazette: “.*(smear|denies)", answer.answer, re.M)
    for line in own_voice(answer):
        assert not re.search(r"\b(yes|no|true|false|did|didn't)\b", line, re.IGNORECASE), line
    assert any("disagree" in line for line in own_voice(answer))
    assert assistant.verify(answer) == []


def test_both_stances_cited_on_unrelated_points_is_not_contested(assistant):
    answer = assistant.ask("Will ferry tickets cost more from June, and is the river cleaner this year?")
    assert answer.citations and not answer.contested
    assert "disagree" not in answer.answer


def test_outlets_repeating_one_original_source_are_not_presented_as_confirmation(assistant):
    answer = assistant.ask("What did Lisa Crane tell the Harbor Times about paying the council?")
    outlets = {c.outlet for c in answer.citations if c.chain[:1] == ["Harbor Times"]}
    assert outlets == {"Daily Planet", "Metro Courier"}
    assert re.search(r"(Daily Planet and Metro Courier|Metro Courier and Daily Planet) both relay Harbor Times", answer.answer)
    assert "not independent confirmation" in answer.answer


def test_perspectives_view_lists_each_outlet_by_stance_including_those_that_do_not_address_it(assistant):
    answer = assistant.ask("When did the new bridge open to traffic?", view="perspectives")
    views = {p.outlet: p for p in answer.perspectives}
    assert set(views) == {"Daily Planet", "Metro Courier", "Gotham Gazette"}
    assert views["Daily Planet"].addresses and views["Daily Planet"].citations
    assert not views["Gotham Gazette"].addresses and views["Gotham Gazette"].summary == NOT_ADDRESSED
    assert f"- Gotham Gazette: {NOT_ADDRESSED}." in answer.answer
    assert answer.answer.index("For the contractor:") < answer.answer.index("Against the contractor:")
    cited = {c.id for c in answer.citations}
    assert all(set(p.citations) <= cited for p in answer.perspectives)
    assert assistant.verify(answer) == []


def test_perspectives_view_keeps_outlet_and_stance_filters(assistant):
    answer = assistant.ask(BRIBES, view="perspectives", stances=["pro"])
    assert [p.outlet for p in answer.perspectives] == ["Gotham Gazette"]
    assert {c.outlet for c in answer.citations} <= {"Gotham Gazette"}
    answer = assistant.ask(BRIBES, view="perspectives", outlets=["Metro Courier"])
    assert [p.outlet for p in answer.perspectives] == ["Metro Courier"]


def test_default_view_json_keeps_the_answer_contract_and_perspectives_view_adds_its_field(assistant):
    assert "perspectives" not in json.loads(assistant.ask(BRIBES).model_dump_json())
    data = json.loads(assistant.ask(BRIBES, view="perspectives").model_dump_json())
    assert {"outlet", "stance", "stance_label", "addresses", "citations", "summary"} == set(data["perspectives"][0])


def test_unknown_view_is_a_query_error(assistant):
    with pytest.raises(QueryError, match="unknown view 'sides'"):
        assistant.ask(BRIBES, view="sides")


def test_cli_ask_view_perspectives_prints_perspectives_as_json(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", DOCS, REGISTRY)
    env = {"BYLINE_EMBEDDER": "hash-256", "BYLINE_ABSTAIN_BELOW": "0.15", "BYLINE_CHUNK_WORDS": "12"}
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(corpus), "--index", str(tmp_path / "i")], env=env).exit_code == 0
    result = runner.invoke(cli, ["ask", BRIBES, "--view", "perspectives", "--json", "--index", str(tmp_path / "i")], env=env)
    assert result.exit_code == 0, result.output
    assert {p["outlet"] for p in json.loads(result.stdout)["perspectives"]} == {"Daily Planet", "Metro Courier", "Gotham Gazette"}
    bad = runner.invoke(cli, ["ask", BRIBES, "--view", "nope", "--index", str(tmp_path / "i")], env=env)
    assert bad.exit_code == 2 and "unknown view" in bad.output


def test_a_sentence_in_the_outlets_own_voice_is_never_quoted_under_a_relayed_label(make_assistant, tmp_path):
    docs = {"planet.txt": "Leaks showed a plan. The plan was revealed in July, the Harbor Times reported."}
    registry = "outlets:\n  - {name: Daily Planet}\ndocuments:\n  - {file: planet.txt, outlet: Daily Planet}\n"
    a = make_assistant(write_corpus(tmp_path / "c", docs, registry))
    a.ingest([tmp_path / "c"])
    answer = a.ask("What plan was revealed in July?")
    for c in answer.citations:
        assert not (c.chain and "Leaks showed" in c.quote), answer.answer


def test_quotes_are_sentences_not_whole_passages(make_assistant, tmp_path):
    docs = {"planet.txt": ("Bridge plan approved\n\nThe city council approved the new river bridge on Monday. "
                           "Mayor Lane said the bridge will cut commuting times by half. The weather was fine. "
                           "Engineers estimate the construction will cost 40 million dollars. Ferry tickets rise in June.")}
    registry = "stance_groups: []\noutlets:\n  - {name: Daily Planet}\ndocuments:\n  - {file: planet.txt, outlet: Daily Planet}\n"
    a = make_assistant(write_corpus(tmp_path / "c", docs, registry), chunk_words=200)
    a.ingest([tmp_path / "c"])
    answer = a.ask("How much will the construction of the bridge cost?")
    assert answer.citations and all(c.quote.count(". ") <= 1 for c in answer.citations), answer.answer
    assert "40 million dollars" in answer.citations[0].quote


def assert_views_agree(answer, view):
    """Every quote of the answer view stands under its outlet in the perspectives view, and both
    views abstain, or say the sources disagree (in the same words), together."""
    assert (view.abstained, view.contested) == (answer.abstained, answer.contested), view.answer
    shown = {c.id: c for c in view.citations}
    for c in answer.citations:
        mine = next(p for p in view.perspectives if p.outlet == c.outlet)
        spans = {(shown[i].doc_id, shown[i].start, shown[i].end) for i in mine.citations}
        assert mine.addresses and (c.doc_id, c.start, c.end) in spans, view.answer
    said = [ln for ln in answer.answer.splitlines() if "disagree" in ln or ln.startswith("The question")]
    assert said == [ln for ln in view.answer.splitlines() if "disagree" in ln or ln.startswith("The question")]


@pytest.mark.parametrize("question", [BRIBES, "When did the new bridge open to traffic?",
                                      "What did Lisa Crane say about paying the council every month?",
                                      "Will ferry tickets cost more from June?", "Who won the chess final in Oslo?"])
def test_switching_views_never_contradicts(assistant, question):
    assert_views_agree(assistant.ask(question), assistant.ask(question, view="perspectives"))


def test_the_perspectives_view_shows_the_answer_view_s_quotes_whatever_its_own_lookups_find(assistant, monkeypatch):
    """The view starts from the answer view's selection: an outlet's own (outlet-filtered) lookup and
    the other candidates only add quotes, so an outlet quoted in the answer view is never "does not
    address it", even when nothing else would pass the relevance bar."""
    from app.answer import perspectives

    monkeypatch.setattr(perspectives, "retrieve", lambda *args, **kwargs: [])
    monkeypatch.setattr(perspectives, "CLOSE", -10.0)  # no further quote answers the question
    answer, view = assistant.ask(BRIBES), assistant.ask(BRIBES, view="perspectives")
    assert answer.citations
    assert_views_agree(answer, view)
