"""The perspectives view flags a disagreement by the answer view's rules (two outlets contradicting
each other on the question), not because two stance groups speak."""

from __future__ import annotations

import numpy as np

from app.answer.compose import INTRO_PERSPECTIVES, INTRO_SIDES, OutletView, compose_perspectives
from app.answer.sides import WHAT
from app.registry import Registry
from tests.answer.test_sides import quote

REG = Registry.model_validate({"stance_groups": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
                               "outlets": [{"name": "A", "stance": "x"}, {"name": "B", "stance": "y"}]})


def embed(texts):
    return np.array([[1.0, 0.1 * i] for i, _ in enumerate(texts)], dtype=np.float32)


def test_opposite_verdicts_of_two_outlets_are_a_disagreement_in_the_perspectives_view():
    views = [OutletView("A", "x", [quote("The offer was legal.", "A", "x", 0.0)]),
             OutletView("B", "y", [quote("The offer was illegal.", "B", "y", 0.0)])]
    answer = compose_perspectives("Was the offer legal?", views, REG, embed=embed)
    assert answer.contested and answer.answer.startswith(INTRO_SIDES) and WHAT["verdicts"] in answer.answer


def test_two_stance_groups_on_one_topic_are_not_a_disagreement_in_the_perspectives_view():
    views = [OutletView("A", "x", [quote("The offer came in May.", "A", "x", 0.0)]),
             OutletView("B", "y", [quote("The offer was made by the chief of staff.", "B", "y", 0.0)])]
    answer = compose_perspectives("Was the offer legal?", views, REG, embed=embed)
    assert not answer.contested and answer.answer.startswith(INTRO_PERSPECTIVES)
