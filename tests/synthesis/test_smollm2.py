"""End to end with the packaged SmolLM2-135M (1 thread): whatever the small model writes, only
verified sentences and labelled verbatim quotes reach the answer."""

from __future__ import annotations

import pytest

pytest.importorskip("xllamacpp", reason="the optional LLM extra is not installed: pip install 'byline[llm]'")
pytestmark = [pytest.mark.slow, pytest.mark.llm]

from app.errors import ConfigError  # noqa: E402
from app.synthesis.generators import smollm2_path  # noqa: E402
from corpora import write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def model_file():
    try:
        return smollm2_path()
    except ConfigError as exc:
        pytest.skip(f"{exc}")


def test_smollm2_answer_keeps_only_verified_sentences(make_assistant, tmp_path, model_file):
    a = make_assistant(write_corpus(tmp_path / "corpus"), llm_model="smollm2", llm_threads=1)
    a.ingest()
    answer = a.ask("What will the bridge cost?")
    s = answer.synthesis
    assert s is not None and s.model == "SmolLM2-135M-Instruct"
    assert s.raw.strip(), s.notice  # the model wrote something (a timeout would say so here)
    assert s.sentences and all(v.why for v in s.sentences)
    kept = [v.text for v in s.sentences if v.verified]
    replaced = [v.replaced_by for v in s.sentences if v.replaced_by]
    lines = (s.text or "").splitlines()
    assert all(line in replaced or any(k in line for k in kept) for line in lines)
    assert a.verify(answer) == []  # every citation still verbatim and rightly labelled
