from pathlib import Path

import pytest

from app.errors import ConfigError
from app.registry import load_registry

SEED_REGISTRY = Path(__file__).resolve().parents[1] / "corpus" / "outlets.yaml"


def test_seed_registry_names_an_outlet_for_every_seed_article():
    reg = load_registry(SEED_REGISTRY)
    for path in sorted(SEED_REGISTRY.parent.glob("*.txt")):
        entry = reg.document(path)
        assert entry is not None, path.name
        assert reg.outlet(entry.outlet).stance in {"hostile_to_mek", "mek_aligned"}


def test_aliases_and_domains_find_outlets():
    reg = load_registry(SEED_REGISTRY)
    assert reg.outlet("MNA").name == "Mehr News Agency"
    assert reg.outlet("iran news update").name == "Iran News Update"
    assert reg.outlet_for_domain("https://www.irannewsupdate.com/news/x").name == "Iran News Update"
    assert reg.outlet_for_domain("https://example.org/x") is None


def write(tmp_path, text):
    path = tmp_path / "outlets.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_is_an_error_naming_file_and_line(tmp_path):
    path = write(tmp_path, "outlets:\n  - name: A\n    stance: null\n    colour: red\n")
    with pytest.raises(ConfigError, match=r"outlets.yaml:4: outlets.0.colour"):
        load_registry(path)


def test_undeclared_stance_group_is_an_error(tmp_path):
    path = write(tmp_path, "stance_groups: [{id: a, label: A}]\noutlets:\n  - {name: X, stance: b}\n")
    with pytest.raises(ConfigError, match="not declared"):
        load_registry(path)


def test_duplicate_outlet_names_are_an_error(tmp_path):
    path = write(tmp_path, "outlets:\n  - {name: X}\n  - {name: x}\n")
    with pytest.raises(ConfigError, match="duplicate outlet"):
        load_registry(path)


def test_malformed_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "outlets:\n  - name: [unclosed\n")
    with pytest.raises(ConfigError, match=r"outlets.yaml:\d+: invalid YAML"):
        load_registry(path)


def test_document_naming_an_unknown_outlet_is_an_error(tmp_path):
    path = write(tmp_path, "documents:\n  - {file: a.txt, outlet: Nobody}\n")
    with pytest.raises(ConfigError, match="not in outlets"):
        load_registry(path)
