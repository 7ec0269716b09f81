"""A quote that reports a source's claim to reject it is labelled 'disputing' on every surface, and
it is not counted as the outlet repeating that source. Fake embedder, literal documents."""

import json

import pytest
from typer.testing import CliRunner

from app.edges import ui_html
from app.edges.cli import cli
from app.models import SourceLink
from corpora import write_corpus
from tests.answer.test_attribution_answers import REGISTRY  # Daily Planet, Metro Courier (anti), Gotham Gazette (pro)

DOCS = {
    "planet.txt": "Bribes\n\nThe contractor paid bribes to the council for the bridge contract, the Harbor Times reported.\n",
    "courier.txt": "Ferries\n\nFerry tickets will cost more from June, the harbour office said.\n",
    "gazette.txt": ("Smear\n\nThe Harbor Times claimed that the contractor paid bribes to the council for the bridge "
                    "contract, which is not true.\n"),
}
QUESTION = "Did the contractor pay bribes to the council for the bridge contract?"


@pytest.fixture
def answer(make_assistant, tmp_path):
    a = make_assistant(write_corpus(tmp_path / "corpus", DOCS, REGISTRY), abstain_below=0.15, chunk_words=40)
    a.ingest([tmp_path / "corpus"])
    answer = a.ask(QUESTION)
    assert a.verify(answer) == []
    return answer


def test_a_rebuttal_of_a_named_outlet_is_labelled_disputing_it(answer):
    gazette = next(c for c in answer.citations if c.outlet == "Gotham Gazette")
    assert gazette.links == [SourceLink(name="Harbor Times", role="disputing")]
    assert gazette.label == "Gotham Gazette, disputing Harbor Times"
    assert gazette.chain == ["Harbor Times"]  # the names, kept for older clients
    assert f"Gotham Gazette, disputing Harbor Times: \u201c{gazette.quote}\u201d" in answer.answer
    planet = next(c for c in answer.citations if c.outlet == "Daily Planet")
    assert planet.label == "Daily Planet, relaying Harbor Times"


def test_a_disputing_outlet_and_a_relaying_one_do_not_both_relay_the_source(answer):
    assert "both relay" not in answer.answer
    planet, gazette = (next(q for q in answer.citations if q.outlet == o) for o in ("Daily Planet", "Gotham Gazette"))
    assert planet.chain == gazette.chain  # one name, two roles


def test_the_disputing_outlet_is_the_other_side_of_the_claim_in_its_own_voice(answer):
    """Like any rebuttal in an outlet's own voice, it disputes the outlet that relays the claim."""
    assert answer.contested


def test_the_ui_quote_block_shows_the_label_the_cli_shows(answer):
    cite = next(c for c in json.loads(answer.model_dump_json())["citations"] if c["outlet"] == "Gotham Gazette")
    block = ui_html.quote_block(0, cite, ui_html.Stances({}))
    assert ">disputing Harbor Times</span>" in block and "mentions Harbor" not in block and "relaying" not in block


def test_cli_ask_prints_the_disputing_label(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", DOCS, REGISTRY)
    env = {"BYLINE_EMBEDDER": "hash-256", "BYLINE_ABSTAIN_BELOW": "0.15", "BYLINE_CHUNK_WORDS": "40"}
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(corpus), "--index", str(tmp_path / "i")], env=env).exit_code == 0
    result = runner.invoke(cli, ["ask", QUESTION, "--index", str(tmp_path / "i")], env=env, terminal_width=400)
    assert result.exit_code == 0, result.output
    assert "Gotham Gazette, disputing Harbor Times:" in result.output
