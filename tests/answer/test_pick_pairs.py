"""Quote choice judges each pair of candidates once: the pairs of the close quotes with the ones below them are
asked about again when no close pair disagrees (`sides._claim_pair`), and get the same answer."""

from __future__ import annotations

from collections import Counter

from app.answer import sides
from app.answer.select import asked
from app.answer.sides import pick
from tests.answer.test_sides import quote, vectors

QUESTION = "When did the council open the bridge?"


def _ranked():
    return [quote("The council opened the bridge on Monday.", "A", "x", 1.0),
            quote("Officials said the bridge opened this week.", "B", "y", 0.95),
            quote("The bridge cost the council 5 million dollars.", "C", "x", 0.8),
            quote("Traffic on the river road fell after the opening.", "D", "y", 0.78)]


def test_each_pair_of_candidates_is_judged_once_and_the_pick_is_the_same(monkeypatch):
    ask, vecs = asked(QUESTION), vectors((1, 0), (1, 0.1), (1, 0.3), (1, 0.4))
    plain = pick(ask, QUESTION, _ranked(), vecs)
    judged: Counter = Counter()
    real = sides.contradiction

    def counting(ask, question, a, b, sim, wide=False):
        judged[a.outlet, b.outlet, wide] += 1
        return real(ask, question, a, b, sim, wide)
    monkeypatch.setattr(sides, "contradiction", counting)
    again = pick(ask, QUESTION, _ranked(), vecs)
    assert [q.text for q in again.quotes] == [q.text for q in plain.quotes] and again.contested == plain.contested
    assert ("A", "C", False) in judged and ("B", "D", False) in judged  # the close ones with the middle ones
    assert set(judged.values()) == {1}
