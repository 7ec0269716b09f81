from app.answer.retrieve import Filters, diversify, rrf


def test_rrf_rewards_ids_ranked_high_by_both_retrievers():
    scores = rrf([["a", "b", "c"], ["b", "d"]], k=60)
    assert max(scores, key=scores.get) == "b"
    assert scores["a"] > scores["d"]


def test_rrf_sums_one_over_k_plus_rank_from_rank_one():
    scores = rrf([["a", "b", "c"], ["b", "d"]], k=60)
    assert scores == {"a": 1.0 / 61, "b": 1.0 / 62 + 1.0 / 61, "c": 1.0 / 63, "d": 1.0 / 62}
    assert list(scores) == ["a", "b", "c", "d"]  # first seen first: the fusion's ties keep this order


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


from app.answer.retrieve import Hit, answerable, scoped_outlets
from app.config import Config
from app.store.chroma import StoredChunk

NAMES = {"Iran News Update": "Iran News Update", "INU": "Iran News Update", "PMOI/MEK website": "PMOI/MEK website",
         "PMOI/MEK": "PMOI/MEK website", "PMOI": "PMOI/MEK website"}


def test_according_to_an_outlet_scopes_the_question_and_drops_its_name():
    scope, rest = scoped_outlets("According to Iran News Update, who ordered the smear campaigns?", NAMES)
    assert scope == {"Iran News Update"}
    assert rest == "According to , who ordered the smear campaigns?"


def test_naming_an_organisation_does_not_scope_the_question():
    assert scoped_outlets("Is the PMOI a terrorist group?", NAMES) == (frozenset(), "Is the PMOI a terrorist group?")


def test_only_the_scoping_mention_is_removed():
    scope, rest = scoped_outlets("How does the PMOI/MEK website describe the PMOI/MEK itself?", NAMES)
    assert scope == {"PMOI/MEK website"}
    assert "describe the PMOI/MEK itself" in rest


def hit(dense, coverage):
    chunk = StoredChunk("c", "d", 0, 1, "x", {})
    return Hit(chunk, dense, 0.0, coverage, 0.0, 0.0)


def test_close_passages_are_answerable_and_far_ones_are_not():
    config = Config()
    assert answerable([hit(0.7, 0.0)], config)
    assert not answerable([hit(0.4, 0.2)], config)  # on topic, but the question's key words are missing
    assert answerable([hit(0.35, 0.6)], config)  # less close, but holds most of the question's terms
    assert answerable([hit(0.2, 0.95)], config)  # a rare name, all of it there
    assert not answerable([], config)


def test_the_relevance_floor_keeps_unrelated_passages_out(make_assistant, tmp_path):
    from corpora import write_corpus

    from app.answer.retrieve import retrieve

    docs = {"bridge.txt": "The city council approved the new river bridge on Monday after a long debate.",
            "ferry.txt": "Ferry tickets will cost more from June, the operator said on its website."}
    registry = "stance_groups: []\noutlets:\n  - {name: Daily Planet}\ndocuments:\n" + "".join(
        f"  - {{file: {name}, outlet: Daily Planet}}\n" for name in docs)
    a = make_assistant(write_corpus(tmp_path / "c", docs, registry))
    a.ingest([tmp_path / "c"])
    question = "Did the city council approve the new river bridge?"
    store = a._open()
    hits = retrieve(question, a.embedder.embed([question])[0], store=store, lexical=a._lexical_index(store), config=a.config)
    assert hits and all("bridge" in h.chunk.text for h in hits)


def test_diversify_picks_what_the_plain_greedy_over_the_whole_pool_picks():
    """diversify compares only each outlet's best remaining candidate: the same picks (ties to the
    earlier candidate) as rescoring the whole pool at every step."""
    import random
    from collections import Counter

    def plain(candidates, k, factor):
        picked, used, pool = [], Counter(), list(candidates)
        while pool and len(picked) < k:
            best = max(range(len(pool)), key=lambda i: pool[i][1] * factor ** used[pool[i][2]])
            cid, score, outlet = pool.pop(best)
            picked.append((cid, score * factor ** used[outlet]))
            used[outlet] += 1
        return picked

    rng = random.Random(7)
    for _ in range(3000):
        pool = [(f"c{i}", rng.choice([0.1, 0.2, rng.random()]), rng.choice("abcd")) for i in range(rng.randint(0, 30))]
        k, factor = rng.randint(1, 8), rng.choice([0.5, 0.7, 1.0])
        assert diversify(pool, k, factor) == plain(pool, k, factor)


def test_diversity_reads_past_a_lower_raw_score_when_a_penalty_can_raise_one():
    """The greedy read stops early only where a penalty cannot raise a score: a factor above 1, or a negative score
    (which a factor below 1 brings nearer 0), can make a lower candidate win."""
    rewarded = [("a", 1.0, "X"), ("b", 0.9, "X"), ("c", 0.95, "Y")]
    assert diversify(rewarded, 3, 1.5) == [("a", 1.0), ("b", 0.9 * 1.5), ("c", 0.95)]
    negative = [("a", -1.0, "X"), ("b", -1.2, "X"), ("c", -1.1, "Y")]
    assert diversify(negative, 3, 0.5) == [("a", -1.0), ("b", -1.2 * 0.5), ("c", -1.1)]


def test_diversity_picks_as_rescoring_every_outlets_best_candidate_at_each_step_would():
    """The greedy step by definition: of each outlet's best remaining candidate (highest score, then
    earliest), the one with the best penalised score wins (the earlier one on a tie)."""
    import random

    def by_definition(candidates, k, factor):
        left, used, picked = list(enumerate(candidates)), {}, []
        while left and len(picked) < k:
            heads = {}
            for at, (cid, score, outlet) in left:
                if outlet not in heads or score > heads[outlet][1][1]:
                    heads[outlet] = (at, (cid, score, outlet))
            at, (cid, score, outlet) = max(heads.values(), key=lambda c: (c[1][1] * factor ** used.get(c[1][2], 0), -c[0]))
            picked.append((cid, score * factor ** used.get(outlet, 0)))
            used[outlet] = used.get(outlet, 0) + 1
            left.remove((at, (cid, score, outlet)))
        return picked

    rng = random.Random(7)
    for _ in range(2000):
        n = rng.randint(0, 30)
        candidates = [(f"c{i}", rng.choice([0.5, 0.25, 0.0, rng.random()]), rng.choice("ABCD")) for i in range(n)]
        k, factor = rng.randint(1, 8), rng.choice([1.0, 0.6, 0.5, 0.0])
        assert diversify(candidates, k, factor) == by_definition(candidates, k, factor)


def test_admitted_keeps_passages_about_as_close_as_the_closest_best_fused_first():
    from app.answer.retrieve import admitted
    from app.config import Config

    config = Config()  # floor: 0.25 below the closest passage, never below 0.25
    fused = {"near": 0.01, "close": 0.03, "far": 0.05}
    dense = {"near": 0.70, "close": 0.50, "far": 0.40}
    cover = {"near": 0.1, "close": 0.1, "far": 0.1}
    assert admitted(list(fused), fused, dense, cover, config) == ["close", "near"]


def test_admitted_lets_a_far_passage_in_when_it_holds_most_of_the_question_terms():
    from app.answer.retrieve import admitted
    from app.config import Config

    fused, dense = {"near": 0.01, "far": 0.05}, {"near": 0.70, "far": 0.20}
    assert admitted(list(fused), fused, dense, {"near": 0.0, "far": 0.6}, Config()) == ["far", "near"]
    assert admitted(list(fused), fused, dense, {"near": 0.0, "far": 0.5}, Config()) == ["near"]


def test_admitted_never_goes_below_the_absolute_floor():
    from app.answer.retrieve import admitted
    from app.config import Config

    fused, dense = {"a": 0.02, "b": 0.01}, {"a": 0.30, "b": 0.24}  # b is within the margin but below 0.25
    assert admitted(list(fused), fused, dense, {"a": 0.0, "b": 0.0}, Config()) == ["a"]
    assert admitted([], {}, {}, {}, Config()) == []


def test_an_uncued_passage_is_the_same_passage_marked_as_holding_no_rebuttal_cue():
    from dataclasses import fields, replace

    from app.store.sentences import Sentences

    chunk = StoredChunk("c", "d", 0, 1, "x", {"outlet": "A"})
    stored = Sentences.__new__(Sentences)  # any object: the copy keeps it by identity
    h = Hit(chunk, 0.7, 3.5, 0.4, 0.03, 0.02, stored, True)
    assert h.uncued() == replace(h, cued=False)
    assert h.uncued().sentences is stored and h.uncued().cued is False
    # every field is copied: a field added to Hit must be added to `uncued` too
    assert [f.name for f in fields(Hit)] == ["chunk", "dense", "lexical", "coverage", "fused", "score", "sentences",
                                             "cued"]


def test_admitted_passages_come_best_fused_first_and_ties_keep_their_order():
    from app.answer.retrieve import admitted

    ids = ["a", "b", "c", "d"]
    fused = {"a": 0.01, "b": 0.03, "c": 0.01, "d": 0.03}
    dense = {"a": 0.9, "b": 0.9, "c": 0.9, "d": 0.1}  # d: far from the question, and holding little of it
    cover = {"a": 0.0, "b": 0.0, "c": 0.0, "d": 0.0}
    assert admitted(ids, fused, dense, cover, Config()) == ["b", "a", "c"]
