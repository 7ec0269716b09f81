"""The lead's session-28 check, check30 (evals/corpora/check30: 9 fictional articles, 3 stories x 3 fictional outlets,
in the repository: a halted drug trial, a police overtime audit, an e-scooter recall): its cases are valid and
verbatim, and byline meets the gate evals/thresholds-check30.yaml on evals/check30/check30.yaml. No network and no
shared folder needed."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_check30_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("check30", {"Meridian Ledger", "Northline Press", "Civic Standard"}, {"trial", "audit", "recall"},
                   tmp_path, articles=9)


@pytest.mark.model
def test_byline_meets_the_check30_gate(tmp_path):
    meets_gate("check30", tmp_path)
