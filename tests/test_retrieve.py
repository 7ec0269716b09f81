from app.retrieve import Filters, diversify, rrf


def test_rrf_rewards_ids_ranked_high_by_both_retrievers():
    scores = rrf([["a", "b", "c"], ["b", "d"]], k=60)
    assert max(scores, key=scores.get) == "b"
    assert scores["a"] > scores["d"]


def test_diversity_keeps_one_verbose_outlet_from_crowding_out_the_rest():
    candidates = [("a1", 1.0, "A"), ("a2", 0.99, "A"), ("a3", 0.98, "A"), ("b1", 0.7, "B"), ("c1", 0.6, "C")]
    picked = [cid for cid, _ in diversify(candidates, k=3, factor=0.6)]
    assert picked == ["a1", "b1", "c1"]


def test_diversity_factor_one_is_plain_ranking():
    candidates = [("a1", 1.0, "A"), ("a2", 0.9, "A"), ("b1", 0.5, "B")]
    assert [c for c, _ in diversify(candidates, k=2, factor=1.0)] == ["a1", "a2"]


def test_filters_build_chroma_where_clauses():
    assert Filters().where() is None
    assert Filters(outlets=frozenset({"X"})).where() == {"outlet": {"$in": ["X"]}}
    both = Filters(frozenset({"X"}), frozenset({"pro"})).where()
    assert both == {"$and": [{"outlet": {"$in": ["X"]}}, {"stance": {"$in": ["pro"]}}]}
