"""Bad registry or settings: one clear error naming the file and line; the index is untouched."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from app.api import Assistant
from app.config import Config
from app.errors import ConfigError
from app.store.embed import HashEmbedder

GOOD_REGISTRY = """\
stance_groups:
  - id: gov
    label: Government
  - id: opp
    label: Opposition
outlets:
  - name: Harbour Times
    stance: gov
  - name: Dock Weekly
    stance: opp
"""


def write_corpus(tmp_path: Path, registry: str) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir(exist_ok=True)
    (corpus / "pier.txt").write_text("The harbour authority said the new pier would open in June.")
    (corpus / "outlets.yaml").write_text(textwrap.dedent(registry))
    return corpus


def assistant(tmp_path: Path) -> Assistant:
    config = Config(index_dir=tmp_path / "index", corpus_dir=tmp_path / "corpus")
    return Assistant(config=config, embedder=HashEmbedder(64))


def refused(tmp_path: Path, registry: str) -> str:
    """Ingest with `registry` over an existing index; return the error; check nothing changed."""
    corpus = write_corpus(tmp_path, GOOD_REGISTRY)
    assistant(tmp_path).ingest([corpus])
    manifest = (tmp_path / "index" / "manifest.json").read_bytes()
    (corpus / "pier.txt").write_text("A changed article that must not be ingested half-way.")
    (corpus / "outlets.yaml").write_text(textwrap.dedent(registry))
    with pytest.raises(ConfigError) as info:
        assistant(tmp_path).ingest([corpus])
    assert (tmp_path / "index" / "manifest.json").read_bytes() == manifest, "index changed"
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(corpus / "outlets.yaml"))
    return message.removeprefix(str(corpus / "outlets.yaml"))


def test_malformed_yaml_names_file_and_line(tmp_path):
    message = refused(tmp_path, "outlets:\n  - name: Harbour Times\n    aliases: [HT\n  - name: Dock Weekly\n")
    assert message.startswith(":4: invalid YAML")


def test_unknown_key_names_the_key_and_its_line(tmp_path):
    message = refused(tmp_path, GOOD_REGISTRY + "    colour: blue\n")
    assert message == ":11: outlets.1.colour: Extra inputs are not permitted"


def test_wrong_type_names_the_field_and_its_line(tmp_path):
    message = refused(tmp_path, GOOD_REGISTRY.replace("  - name: Dock Weekly\n", "  - name: Dock Weekly\n    aliases: 5\n"))
    assert message.startswith(":10: outlets.1.aliases: Input should be a valid list")


def test_undeclared_stance_group_names_the_outlet_line(tmp_path):
    message = refused(tmp_path, GOOD_REGISTRY.replace("stance: opp", "stance: rebels"))
    assert message == (":10: outlets.1.stance: outlet 'Dock Weekly' has stance 'rebels', which is not declared "
                       "in stance_groups (gov, opp)")


def test_duplicate_outlet_name_points_at_the_second_one(tmp_path):
    message = refused(tmp_path, GOOD_REGISTRY + "  - name: harbour times\n")
    assert message == ":11: outlets.2.name: duplicate outlet 'harbour times'"


def test_document_naming_an_unknown_outlet_is_refused(tmp_path):
    message = refused(tmp_path, GOOD_REGISTRY + "documents:\n  - file: pier.txt\n    outlet: Nobody\n")
    assert message == ":13: documents.0.outlet: document 'pier.txt' names outlet 'Nobody', which is not in outlets"


def test_registry_that_is_a_list_is_refused(tmp_path):
    message = refused(tmp_path, "- Harbour Times\n- Dock Weekly\n")
    assert message.startswith(":1: (top level): Input should be a valid dictionary")


def test_registry_that_is_not_utf8_is_refused(tmp_path):
    corpus = write_corpus(tmp_path, GOOD_REGISTRY)
    (corpus / "outlets.yaml").write_bytes("outlets:\n  - name: Caf\u00e9\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="outlets.yaml: cannot read"):
        assistant(tmp_path).ingest([corpus])


def test_bad_registry_on_a_fresh_index_creates_nothing(tmp_path):
    corpus = write_corpus(tmp_path, GOOD_REGISTRY + "  - name: Dock Weekly\n")
    with pytest.raises(ConfigError, match="duplicate outlet"):
        assistant(tmp_path).ingest([corpus])
    assert not (tmp_path / "index").exists()


def test_empty_registry_file_is_an_empty_registry(tmp_path):
    corpus = write_corpus(tmp_path, "")
    report = assistant(tmp_path).ingest([corpus])
    assert report.new == [str(corpus / "pier.txt")]


def settings_error(tmp_path: Path, toml: str) -> str:
    path = tmp_path / "byline.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as info:
        Config.load(path, env={})
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path))
    return message.removeprefix(str(path))


def test_malformed_settings_file_names_file_and_line(tmp_path):
    assert "(at line 1, column 8)" in settings_error(tmp_path, "[byline\nk = 6\n")


def test_unknown_setting_names_its_line(tmp_path):
    assert settings_error(tmp_path, "[byline]\nk = 6\ncolour = 'red'\n").startswith(":3: unknown setting(s) colour")


def test_wrong_setting_type_names_its_line(tmp_path):
    assert settings_error(tmp_path, "[byline]\nk = 6\nchunk_words = 'many'\n") == (
        ":3: setting chunk_words: expected int, got 'many'"
    )


def test_setting_of_the_wrong_kind_is_refused_not_stored(tmp_path):
    assert settings_error(tmp_path, "[byline]\nembedder = 5\n").startswith(":2: setting embedder: expected str")
    assert settings_error(tmp_path, "[byline]\nk = true\n").startswith(":2: setting k: expected int")


def test_out_of_range_setting_names_the_file(tmp_path):
    assert settings_error(tmp_path, "[byline]\nk = 60\n") == ": k must be between 1 and 50 (got 60)"


def test_bad_environment_setting_names_the_variable_family():
    with pytest.raises(ConfigError, match=r"BYLINE_\* environment: setting k: expected int, got 'lots'"):
        Config.load(Path("/nonexistent/byline.toml"), env={"BYLINE_K": "lots"})


def test_yaml_alias_bomb_gives_a_short_error(tmp_path):
    """Nested aliases expand to 9**9 strings if walked; the error stays one short message."""
    lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 9) + "]" for i in range(1, 9)]
    lines.append("outlets:\n  - name: x\n    aliases: *l8\n")
    message = refused(tmp_path, "\n".join(lines))
    assert message.startswith(":") and "more" in message and len(message) < 600
