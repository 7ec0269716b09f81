"""The lead's session-27 check, check27 (evals/corpora/check27: 9 fictional articles, 3 stories x 3 fictional outlets,
in the repository: a dam removal, a plant closure, school library books): its cases are valid and verbatim, and byline
meets the gate evals/thresholds-check27.yaml on evals/check27/check27.yaml. No network and no shared folder needed."""

from __future__ import annotations

import pytest

from tests.evaluation.invented import check_invented, meets_gate


def test_check27_cases_are_verbatim_and_cover_every_story_and_kind(tmp_path):
    check_invented("check27", {"Lakeshore Tribune", "Capital Wire", "Heartland Post"}, {"dam", "plant", "books"},
                   tmp_path, articles=9)


@pytest.mark.model
def test_byline_meets_the_check27_gate(tmp_path):
    meets_gate("check27", tmp_path)
