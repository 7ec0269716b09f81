import math
from dataclasses import dataclass

from app.evaluation import contradiction_judge as cj


@dataclass(frozen=True)
class FakeQuote:
    text: str
    outlet: str
    score: float


def test_pairs_set_the_top_quote_against_each_other_outlets_best_quote():
    quotes = [FakeQuote("top", "Times", 0.9), FakeQuote("same outlet", "Times", 0.85),
              FakeQuote("fox best", "Fox", 0.8), FakeQuote("fox second", "Fox", 0.79),
              FakeQuote("hpo far", "HuffPost", 0.5)]
    pairs = cj.cross_outlet_pairs(quotes)
    assert [(p.a, p.b, p.b_outlet) for p in pairs] == [("top", "fox best", "Fox")]
    assert math.isclose(pairs[0].gap, 0.1)


def test_pairs_stop_at_the_cap_and_need_a_quote():
    quotes = [FakeQuote("top", "A", 1.0)] + [FakeQuote(o, o, 0.95) for o in "BCDE"]
    assert [p.b_outlet for p in cj.cross_outlet_pairs(quotes)] == ["B", "C", "D"]
    assert cj.cross_outlet_pairs([]) == []


def test_yes_log_odds_sums_each_answer_words_probability():
    tops = [{"token": "No", "logprob": math.log(0.5)}, {"token": " yes", "logprob": math.log(0.2)},
            {"token": "Yes", "logprob": math.log(0.05)}, {"token": "The", "logprob": math.log(0.1)}]
    assert math.isclose(cj.yes_log_odds(tops), math.log(0.25 / 0.5))
    assert cj.yes_log_odds([{"token": "No", "logprob": 0.0}]) == cj.ABSENT


def test_confusion_counts_only_what_byline_leaves_unflagged():
    cases = [cj.Judged("cal", True, False, 2.0), cj.Judged("cal", True, None, -3.0),
             cj.Judged("cal", True, True, 5.0), cj.Judged("cal", False, False, 1.0),
             cj.Judged("cal", False, False, -1.0), cj.Judged("cal", False, True, 9.0)]
    assert cj.confusion(cases, 0.0) == {"missed": 2, "judge_finds": 1, "false": 2, "judge_false_flags": 1,
                                        "byline_false_flags": 1}


def test_groups_split_the_dev_halves_from_calib_and_heldout():
    assert cj.group_of("dev-recall2", "r2-cal-x") == "cal"
    assert cj.group_of("dev-recall2", "r2-chk-x") == "chk"
    assert cj.group_of("heldout", "basil-x") == "heldout"
    assert cj.group_of("dev-agree", "agree-x") == "dev-other"


def test_auc_is_a_half_without_one_side_and_counts_ties_half():
    assert cj.auc([], [1.0]) == 0.5
    assert cj.auc([2.0, 1.0], [1.0]) == 0.75


def test_sanity_auc_rewards_a_scorer_that_sees_the_contradictions():
    truth = {(q, b): c for q, _, b, c in cj.SANITY}
    assert cj.sanity_auc(lambda q, p: float(truth[(q, p.b)])) == 1.0
    assert cj.sanity_auc(lambda q, p: 0.0) == 0.5
    assert sum(c for *_, c in cj.SANITY) * 2 == len(cj.SANITY)
