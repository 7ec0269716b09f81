"""Where an expected passage is lost: the first stage whose output holds none of the expected spans."""

from app.evaluation.stages import (
    ABSTAINED,
    CUT,
    CUT_DIVERSITY,
    CUT_FLOOR,
    CUT_RANK,
    NOT_FOUND,
    NOT_PICKED,
    QUOTED,
    QUOTED_LATER,
    RANKED_LOW,
    Trace,
    lost_at,
    rank_of,
    stage_counts,
)

EXPECTED = [("fox", 100, 140)]
INSIDE = ("fox", 90, 200)  # a passage or quote holding the expected snippet
ELSEWHERE = ("nyt", 90, 200)  # same offsets, another document
BEFORE = ("fox", 0, 100)  # ends where the snippet starts: no shared character


def test_rank_of_counts_from_one_and_needs_an_overlap_in_the_same_document():
    assert rank_of([ELSEWHERE, BEFORE, INSIDE], EXPECTED) == 3
    assert rank_of([ELSEWHERE, BEFORE], EXPECTED) is None


def test_a_first_quote_holding_the_snippet_is_quoted_whatever_the_earlier_stages_say():
    assert lost_at(Trace([], [], [], [INSIDE, ELSEWHERE]), EXPECTED) == QUOTED


def test_a_later_quote_holding_the_snippet_is_quoted_but_not_first():
    assert lost_at(Trace([], [], [], [ELSEWHERE, INSIDE]), EXPECTED) == QUOTED_LATER


def test_a_passage_fusion_never_found_is_lost_at_retrieval():
    assert lost_at(Trace([ELSEWHERE, BEFORE], [ELSEWHERE], [ELSEWHERE], [ELSEWHERE]), EXPECTED) == NOT_FOUND


def test_a_fused_passage_left_out_of_the_k_passages_is_cut():
    assert lost_at(Trace([ELSEWHERE, INSIDE], [ELSEWHERE], [ELSEWHERE], [ELSEWHERE]), EXPECTED) == CUT


def test_a_read_passage_whose_sentence_ranks_low_is_lost_at_sentence_ranking():
    ranked = [ELSEWHERE, ("nyt", 300, 400), ("nyt", 500, 600), INSIDE]
    trace = Trace([INSIDE], [ELSEWHERE, INSIDE], ranked, [ELSEWHERE])
    assert lost_at(trace, EXPECTED) == RANKED_LOW.format(near=3)
    assert lost_at(trace, EXPECTED, near=4) == NOT_PICKED.format(near=4)


def test_a_read_passage_of_an_abstained_answer_is_lost_to_the_abstention():
    assert lost_at(Trace([INSIDE], [INSIDE], [INSIDE], [], abstained=True), EXPECTED) == ABSTAINED


def test_stage_counts_follow_the_pipeline_order():
    stages = [RANKED_LOW.format(near=3), QUOTED, NOT_FOUND, QUOTED]
    assert list(stage_counts(stages).items()) == [(QUOTED, 2), (NOT_FOUND, 1), (RANKED_LOW.format(near=3), 1)]


def test_a_cut_passage_below_the_relevance_floor_is_cut_by_the_floor():
    trace = Trace([ELSEWHERE, INSIDE], [ELSEWHERE], [ELSEWHERE], [ELSEWHERE], admitted=[ELSEWHERE])
    assert lost_at(trace, EXPECTED) == CUT_FLOOR


def test_a_cut_passage_ranked_within_the_first_k_past_the_floor_is_cut_by_outlet_diversity():
    picked = [ELSEWHERE, ("nyt", 300, 400)]  # k = 2 passages read, both from another outlet's story
    trace = Trace([ELSEWHERE, INSIDE], picked, picked, [ELSEWHERE], admitted=[ELSEWHERE, INSIDE, ("nyt", 300, 400)])
    assert lost_at(trace, EXPECTED) == CUT_DIVERSITY


def test_a_cut_passage_ranked_past_the_first_k_past_the_floor_is_cut_by_its_rank():
    admitted = [ELSEWHERE, ("nyt", 300, 400), INSIDE]
    trace = Trace(admitted, admitted[:2], admitted[:2], [ELSEWHERE], admitted=admitted)
    assert lost_at(trace, EXPECTED) == CUT_RANK


def test_a_passage_joining_the_k_picks_does_not_make_a_rank_cut_a_diversity_cut():
    admitted = [ELSEWHERE, ("nyt", 300, 400), INSIDE]
    read = [ELSEWHERE, ("nyt", 300, 400), ("nyt", 500, 600)]  # two picks and one that joined them
    trace = Trace(admitted, read, read, [ELSEWHERE], admitted=admitted, k=2)
    assert lost_at(trace, EXPECTED) == CUT_RANK
