"""The lead's session-29 check, check31 (evals/corpora/check31: 9 fictional articles, 3 stories x 3 fictional outlets,
in the repository: a chemical spill into a river, a transit strike, a stadium subsidy): its cases are valid and
verbatim, and byline meets the gate evals/thresholds-check31.yaml on evals/check31/check31.yaml. No network and no
shared folder needed."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_check31_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("check31", {"Open Square", "Bayline Wire", "Granite Herald"}, {"spill", "strike", "stadium"},
                   tmp_path, articles=9)


@pytest.mark.model
def test_byline_meets_the_check31_gate(tmp_path):
    meets_gate("check31", tmp_path)
