"""The invented corpus of national politics, novel30 (evals/corpora/novel30: 12 fictional articles, 4 stories x 3
fictional national outlets, in the repository): its cases are valid and verbatim, and byline meets the gate
evals/thresholds-novel30.yaml on evals/novel30/novel30.yaml. No network and no shared folder needed: byline is
measured on text written after it."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_novel30_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("novel30", {"Lormark Standard", "Estren Record", "Commons Dispatch"}, {"pe", "re", "co", "el"},
                   tmp_path)


@pytest.mark.model
def test_byline_meets_the_novel30_gate(tmp_path):
    meets_gate("novel30", tmp_path)
