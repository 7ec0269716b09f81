"""The lead's session-30 check, check32 (evals/corpora/check32: 9 fictional articles, 3 stories x 3 fictional outlets,
in the repository: a ferry capsizing, a hospital cyberattack, a lithium mine approval): its cases are valid and
verbatim, and byline meets the gate evals/thresholds-check32.yaml on evals/check32/check32.yaml. No network and no
shared folder needed."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_check32_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("check32", {"Lantern Daily", "Harbor Dispatch", "Plainsman Review"}, {"ferry", "hack", "mine"},
                   tmp_path, articles=9)


@pytest.mark.model
def test_byline_meets_the_check32_gate(tmp_path):
    meets_gate("check32", tmp_path)
