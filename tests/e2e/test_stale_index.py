"""An index ingested by an older version of the tokeniser answers as a freshly ingested one does.

After a TERMS_VERSION bump the stored BM25 index is rebuilt on load and the stored sentence columns of the other
version are left out on reading; `byline ask` on such an index must still give the fresh index's answers."""

import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[2]


def _said(answer) -> tuple:
    return (answer.answer, answer.contested, answer.abstained,
            [(c.outlet, c.doc_id, c.start, c.end, tuple(c.chain)) for c in answer.citations])


@pytest.mark.parametrize("version", ["TERMS_VERSION", "MARKS_VERSION"])
def test_an_index_of_another_version_answers_every_seed_case_as_a_fresh_one(seed_assistant, tmp_path, monkeypatch,
                                                                            version):
    """TERMS_VERSION: the BM25 index and the sentence columns; MARKS_VERSION: the stored marks (`app.text.marks`),
    which bound a sentence's figure and date bonuses, rebuilt from the text on reading."""
    import app.store.lexical as lexical
    import app.store.sentence_file as sentence_file
    from app.api import Assistant
    from app.evaluation.cases import load_cases

    cases = load_cases([ROOT / "evals/cases"])
    ask = lambda a, c: _said(a.ask(c.question, history=list(c.history)) if c.history else a.ask(c.question))
    fresh = [ask(seed_assistant, c) for c in cases]
    stale_dir = tmp_path / "index"
    shutil.copytree(seed_assistant.config.index_dir, stale_dir)
    for module in (lexical, sentence_file) if version == "TERMS_VERSION" else (sentence_file,):
        monkeypatch.setattr(module, version, getattr(module, version) + 1)  # reads what the index stores as older
    stale = Assistant(config=seed_assistant.config.with_(index_dir=stale_dir), embedder=seed_assistant.embedder)
    changed = [c.id for c, want in zip(cases, fresh) if ask(stale, c) != want]
    assert changed == [], changed
    store = stale._open()
    assert all(store.sentences(d).whole for d in store.manifest.documents)  # completed on reading
