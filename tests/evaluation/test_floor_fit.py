"""Refitting the relevance floor: which questions it should let in, and a logistic fit that separates them."""

import numpy as np

from app.evaluation.floor_fit import fit, half, logistic, target


def row(label: int, floor: bool, final_abstained: bool | None, x: float, case: str = "c1") -> dict:
    return {"label": label, "floor": floor, "final_abstained": final_abstained, "half": half(case), "set": "seed",
            "dense": x, "cover": x, "sentence_dense": x, "sentence_cover": x}


def test_a_near_topic_question_later_checks_turn_away_is_left_out_of_the_fit():
    assert target(row(0, True, True, 0.5)) is None
    assert target(row(0, True, False, 0.5)) == 0  # answered anyway: the floor should have turned it away
    assert target(row(1, False, True, 0.5)) == 1


def test_the_check_stories_are_never_fitted_on():
    assert half("n28-ma-study-size") == "check" and half("n28-br-why-closed") == "calib"
    rows = [row(1, True, False, 0.9), row(0, True, False, 0.1), row(0, True, False, 0.95, case="n29-ro-x")]
    assert fit(rows)[1:].sum() > 0  # the check row, were it read, would pull the weights the other way


def test_logistic_separates_two_classes_along_the_feature_that_tells_them_apart():
    x = np.array([[0.1], [0.2], [0.3], [0.7], [0.8], [0.9]])
    y = np.array([0, 0, 0, 1, 1, 1], dtype=float)
    w = logistic(x, y, l2=0.01)
    assert w[1] > 0 and (w[0] + 0.2 * w[1]) < 0 < (w[0] + 0.8 * w[1])
