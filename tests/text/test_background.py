"""Term weights that hold on a small corpus: an index of one story reads its idf as if general English passages
filled it up to PRIOR_PASSAGES (app/text/background.py)."""

import math

from app.store.lexical import LexicalIndex
from app.text.background import PRIOR_PASSAGES, passage_share, prior_idf
from app.text.terms import terms


def _bm25_idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def test_a_plain_english_word_is_more_common_than_a_rare_one():
    assert passage_share(terms("back")[0]) > 10 * passage_share(terms("felony")[0])
    assert passage_share("xqzvw") == 0.0


def test_an_unseen_plain_word_no_longer_outweighs_a_rare_word_the_story_holds():
    n = 29  # one story's three articles
    unseen_plain, rare_held = prior_idf("back", 0, n), prior_idf(terms("felony")[0], 1, n)
    assert _bm25_idf(0, n) > _bm25_idf(1, n)  # corpus idf alone: the unseen word weighs most
    assert unseen_plain < rare_held


def test_the_story_words_keep_weight_on_a_small_index():
    assert prior_idf(terms("Sestak")[0], 24, 33) > 2 * _bm25_idf(24, 33)


def test_an_index_of_the_prior_size_or_more_keeps_plain_bm25_idf():
    for df, n in ((0, PRIOR_PASSAGES), (3, PRIOR_PASSAGES), (17, 349), (40, 10_000)):
        assert prior_idf("much", df, n) == _bm25_idf(df, n)


def test_coverage_of_a_small_index_counts_the_story_words_a_passage_holds():
    """Two passages of one story: the one naming the primary and its winner holds most of the question's weight
    although the articles never write "won" (an unseen plain word no longer takes the largest share)."""
    texts = ["Sestak went on to win the Pennsylvania primary against Specter.",
             "Sestak said the White House offered him a job in Pennsylvania."] * 3
    index = LexicalIndex.build([f"c{i}" for i in range(len(texts))], texts, [{"outlet": "x"}] * len(texts))
    asked = set(terms("Who won the Pennsylvania primary?", query=True))
    assert "won" in asked and index.df.get("won", 0) == 0
    assert index.coverage(asked, texts[0]) > 0.5


def test_stem_words_stems_a_word_list_as_stem_does_one_word():
    from app.text.terms import stem, stem_words

    words = ["accounts", "claimed", "policies", "running"]
    assert stem_words(words) == [stem(w) for w in words] == ["account", "claim", "polici", "run"]
