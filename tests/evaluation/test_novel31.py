"""The invented corpus, novel31 (evals/corpora/novel31: 12 fictional articles, 4 stories of international and
conflict news x 3 fictional outlets - a state news agency, an international wire and an exile site - in the
repository): its cases are valid and verbatim, and byline meets the gate evals/thresholds-novel31.yaml on
evals/novel31/novel31.yaml. No network and no shared folder needed: byline is measured on text written after it."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_novel31_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("novel31", {"Dravenna State News Agency", "Compass Wire", "Nova Ilmor"}, {"bo", "in", "jo", "sa"},
                   tmp_path)


@pytest.mark.model
def test_byline_meets_the_novel31_gate(tmp_path):
    meets_gate("novel31", tmp_path)
