"""The invented corpus, novel28 (evals/corpora/novel28: 12 fictional articles, 4 stories x 3 fictional outlets, in
the repository): its cases are valid and verbatim, and byline meets the gate evals/thresholds-novel28.yaml on
evals/novel28/novel28.yaml. No network and no shared folder needed: byline is measured on text written after it."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_novel28_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("novel28", {"Tidewater Sentinel", "Carrow Courier", "Harbor Voice"}, {"br", "sp", "ma", "st"},
                   tmp_path)


@pytest.mark.model
def test_byline_meets_the_novel28_gate(tmp_path):
    meets_gate("novel28", tmp_path)
