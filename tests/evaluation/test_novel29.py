"""The second invented corpus, novel29 (evals/corpora/novel29: 12 fictional articles, 4 stories x 3 fictional
outlets, in the repository: a court ruling, a data breach, a sports ban, a museum theft): its cases are valid and
verbatim, and byline meets the gate evals/thresholds-novel29.yaml on evals/novel29/novel29.yaml. No network and no
shared folder needed: byline is measured on text written after it."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_novel29_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("novel29", {"Northfield Ledger", "Daily Meridian", "Lantern Post"}, {"cu", "br", "ro", "mu"},
                   tmp_path)


@pytest.mark.model
def test_byline_meets_the_novel29_gate(tmp_path):
    meets_gate("novel29", tmp_path)
