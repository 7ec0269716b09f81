"""The eval case files: the seed cases are valid and fit the corpus; a bad case is a clear error."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from app.documents.clean import clean
from app.errors import ConfigError
from app.evaluation.cases import check_cases, load_cases
from app.registry import load_registry

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "evals" / "cases"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def seed_cases():
    return load_cases([CASES])


def test_seed_cases_validate_and_fit_the_registry_and_the_articles(seed_cases):
    registry = load_registry(CORPUS / "outlets.yaml")
    texts = {p.name: clean(p.read_text(encoding="utf-8")) for p in CORPUS.glob("*.txt")}
    assert check_cases(seed_cases, registry, texts) == []


def test_seed_cases_cover_every_kind_and_every_outlet(seed_cases):
    kinds = Counter(c.kind for c in seed_cases)
    assert len(seed_cases) >= 45
    assert kinds["abstain"] >= 6 and kinds["adversarial"] >= 6 and kinds["chain"] >= 3 and kinds["contested"] >= 4
    registry = load_registry(CORPUS / "outlets.yaml")
    required = {o for c in seed_cases for o in c.must_cite}
    assert required == {o.name for o in registry.outlets}


def test_abstain_cases_name_no_outlet_to_cite(seed_cases):
    assert all(not c.must_cite and not c.any_of for c in seed_cases if c.kind == "abstain")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD = """cases:
  - id: one
    question: What did the paper say?
    kind: single
    contested: false
    must_cite: [Mehr News Agency]
"""


def test_a_malformed_case_names_the_file_and_line(tmp_path):
    path = write(tmp_path, "bad.yaml", GOOD + "  - id: two\n    question: Why?\n    kind: opinion\n")
    with pytest.raises(ConfigError) as err:
        load_cases([path])
    assert f"{path}:9: cases.1.kind" in str(err.value)


def test_an_unknown_field_is_an_error_with_its_line(tmp_path):
    path = write(tmp_path, "extra.yaml", GOOD + "    must_quote: [Mehr News Agency]\n")
    with pytest.raises(ConfigError, match=r"extra\.yaml:7: cases\.0\.must_quote"):
        load_cases([path])


def test_invalid_yaml_names_the_line(tmp_path):
    path = write(tmp_path, "broken.yaml", GOOD + "  - id: [unclosed\n")
    with pytest.raises(ConfigError, match=r"broken\.yaml:\d+: invalid YAML"):
        load_cases([path])


def test_duplicate_case_ids_across_files_are_an_error(tmp_path):
    write(tmp_path, "a.yaml", GOOD)
    write(tmp_path, "b.yaml", GOOD)
    with pytest.raises(ConfigError, match="case id 'one' is also used"):
        load_cases([tmp_path])


def test_forbidden_phrases_may_not_carry_quote_marks(tmp_path):
    path = write(tmp_path, "q.yaml", GOOD + '    forbidden_own_voice: ["\u201cordered\u201d by"]\n')
    with pytest.raises(ConfigError, match="leave out quote marks"):
        load_cases([path])


def test_check_cases_reports_aliases_and_snippets_not_in_the_article(tmp_path):
    path = write(tmp_path, "c.yaml", GOOD.replace("Mehr News Agency", "MNA")
                 + "    expected_passages:\n      - doc: 000_71fe6b847db392be.txt\n        snippet: words nobody wrote\n")
    registry = load_registry(CORPUS / "outlets.yaml")
    texts = {"000_71fe6b847db392be.txt": clean((CORPUS / "000_71fe6b847db392be.txt").read_text(encoding="utf-8"))}
    problems = check_cases(load_cases([path]), registry, texts)
    assert problems[0] == "case one: outlet 'MNA' is not a registry name (use 'Mehr News Agency')"
    assert "is not in 000_71fe6b847db392be.txt" in problems[1]


def test_a_missing_case_path_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="no such case file"):
        load_cases([tmp_path / "nope.yaml"])
