"""Adding outlets to the registry file: comments kept, result validated, file replaced atomically."""

import json

import pytest
from typer.testing import CliRunner

from app.edges.cli import cli
from app.errors import ConfigError
from app.registry import Outlet, add_outlet, load_registry, with_outlet

REGISTRY_TEXT = """# Who published what.
stance_groups:
  - id: left
    label: Left-leaning   # a comment on a value

outlets:
  - name: Harbour Herald
    domains: [harbourherald.com]
    stance: left
    # a comment inside the outlets list

documents:
  - file: a.txt
    outlet: Harbour Herald
"""


def test_an_added_outlet_is_appended_to_the_outlets_list_and_every_comment_stays(tmp_path):
    path = tmp_path / "outlets.yaml"
    path.write_text(REGISTRY_TEXT)
    registry = add_outlet(path, Outlet(name="City Courier", domains=["courier.example"], stance="left",
                                       aliases=["Courier"], signatures=["(CC) - "]))
    text = path.read_text()
    assert [o.name for o in registry.outlets] == ["Harbour Herald", "City Courier"]
    assert load_registry(path) == registry
    assert registry.outlet("Courier").signatures == ["(CC) - "]
    for line in REGISTRY_TEXT.splitlines():
        assert line in text.splitlines()


@pytest.mark.parametrize("text", ["", "stance_groups: []\n", "outlets:\n", "outlets: []\ndocuments: []\n",
                                  "outlets: [{name: A}]\n"])
def test_an_outlet_can_be_added_to_any_shape_of_registry(text):
    import yaml

    data = yaml.safe_load(with_outlet(text, Outlet(name="B", domains=["b.example"])))
    assert data["outlets"][-1] == {"name": "B", "domains": ["b.example"]}


def test_an_invalid_addition_leaves_the_file_untouched(tmp_path):
    path = tmp_path / "outlets.yaml"
    path.write_text(REGISTRY_TEXT)
    with pytest.raises(ConfigError, match="not declared in stance_groups"):
        add_outlet(path, Outlet(name="City Courier", stance="centre"))
    with pytest.raises(ConfigError, match="already registered"):
        add_outlet(path, Outlet(name="harbour herald"))
    assert path.read_text() == REGISTRY_TEXT
    assert [p.name for p in tmp_path.iterdir()] == ["outlets.yaml"]


def test_cli_outlets_add_then_list(tmp_path):
    path = tmp_path / "outlets.yaml"
    path.write_text(REGISTRY_TEXT)
    runner = CliRunner()
    added = runner.invoke(cli, ["outlets", "add", "City Courier", "--domain", "https://www.courier.example/",
                                "--stance", "Left-leaning", "--alias", "Courier", "--signature", "(CC) -",
                                "--registry", str(path)])
    assert added.exit_code == 0, added.output
    listed = runner.invoke(cli, ["outlets", "list", "--json", "--registry", str(path)])
    outlets = json.loads(listed.output)
    assert outlets[-1] == {"name": "City Courier", "aliases": ["Courier"], "domains": ["courier.example"],
                           "stance": "left", "url": None, "signatures": ["(CC) -"]}


def test_cli_outlets_add_with_an_unknown_stance_is_a_one_line_error(tmp_path):
    path = tmp_path / "outlets.yaml"
    path.write_text(REGISTRY_TEXT)
    result = CliRunner().invoke(cli, ["outlets", "add", "X", "--stance", "centre", "--registry", str(path)])
    assert result.exit_code == 2
    assert "not declared in stance_groups" in " ".join(result.output.split())
    assert "Traceback" not in result.output
    assert path.read_text() == REGISTRY_TEXT
