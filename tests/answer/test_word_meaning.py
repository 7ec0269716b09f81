"""The relevance floor's reworded terms: a question word a passage says in a word of the same meaning ("died" /
"killed") counts as held; a word of the same topic ("pollution" / "environmental") or no close word does not."""

import numpy as np
import pytest

from app.answer.retrieve import Hit
from app.answer.word_meaning import SAME_MEANING, reworded_hits, unheld_words
from app.store.chroma import StoredChunk
from app.text.terms import terms

# a fake embedder: words of one meaning share a direction, every other word has its own
MEANINGS = {"died": 0, "killed": 0, "dead": 0, "toll": 1}


def fake_embed(words):
    out = []
    for w in words:
        v = np.zeros(64)
        v[MEANINGS[w] if w in MEANINGS else 2 + sum(map(ord, w)) % 62] = 1.0
        out.append(v)
    return np.array(out)


def share(asked: set[str], present: frozenset[str]) -> float:
    return len(asked & present) / len(asked)


def hit(text: str, dense: float = 0.5) -> Hit:
    chunk = StoredChunk("c1", "d1", 0, len(text), text, {"outlet": "Brackwater Bugle"})
    return Hit(chunk, dense, 0.0, share(set(terms("How many trout died?", query=True)), frozenset(terms(text))), 0, 0)


def test_a_question_word_said_in_a_word_of_the_same_meaning_counts_as_held():
    passage = hit("The leak at the tannery killed about 3,000 trout in the Marl River, wardens said.")
    [reworded] = reworded_hits("How many trout died?", [passage], share, fake_embed)
    assert reworded.coverage > passage.coverage and reworded.coverage == pytest.approx(2 / 3)


def test_a_passage_with_no_word_of_that_meaning_keeps_its_coverage():
    passage = hit("Wardens counted the trout in the Marl River on Friday.")
    assert reworded_hits("How many trout died?", [passage], share, fake_embed) == [passage]


def test_only_the_question_words_the_passage_lacks_are_looked_up():
    assert unheld_words("How many trout died in the Marl?", frozenset(terms("trout in the Marl"))) == ["died"]


@pytest.mark.model
def test_minilm_reads_died_as_killed_but_not_pollution_as_environmental():
    from app.store.embed import MiniLMEmbedder

    embed = MiniLMEmbedder().embed
    vectors = embed(["died", "killed", "pollution", "environmental"])
    vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    assert vectors[0] @ vectors[1] >= SAME_MEANING > vectors[2] @ vectors[3]


def test_a_passage_holding_every_question_word_is_left_as_it_is_beside_one_read_again():
    whole = hit("Wardens said 3,000 trout died in the Marl River.", dense=0.6)
    reworded = hit("The leak killed about 3,000 trout, wardens said.")
    assert reworded_hits("How many trout died?", [whole, reworded], share, fake_embed)[0] == whole


def test_a_name_or_a_weekday_is_never_reworded():
    assert unheld_words("What did Mayor Tandy's Saturday statement leave out?", frozenset()) == ["statement", "leave"]


def test_a_question_word_the_corpus_uses_elsewhere_is_not_looked_up():
    passage = hit("The leak at the tannery killed about 3,000 trout in the Marl River, wardens said.")
    assert reworded_hits("How many trout died?", [passage], share, fake_embed, lambda term: term != "die") == [passage]


def counting_embed(calls: list):
    def embed(words):
        calls.append(list(words))
        return fake_embed(words)
    return embed


def covers_two_thirds(hits) -> bool:
    """A floor: the best passage holds two thirds of the question's weight."""
    return max(h.coverage for h in hits) >= 2 / 3


def test_no_word_is_embedded_when_the_passages_fall_short_even_with_every_looked_up_word_held():
    # "trout" and "died" would hold 2 of 3 terms; the floor asks all three: no word can lift the passage enough
    passage = hit("The leak at the tannery killed about 3,000 trout in the Marl River, wardens said.")
    calls: list = []
    assert reworded_hits("How many trout died?", [passage], share, counting_embed(calls),
                         enough=lambda hits: max(h.coverage for h in hits) >= 1.0) == [passage]
    assert calls == []


def test_the_words_are_embedded_when_the_passages_could_be_enough_and_the_answer_is_what_the_lookup_gives():
    found = hit("The leak at the tannery killed about 3,000 trout in the Marl River, wardens said.")
    unfound = hit("Wardens counted the trout in the Marl River on Friday.")
    for passage, lifted in ((found, True), (unfound, False)):
        calls: list = []
        [reworded] = reworded_hits("How many trout died?", [passage], share, counting_embed(calls),
                                   enough=covers_two_thirds)
        assert len(calls) == 1 and "died" in calls[0]
        assert (reworded.coverage > passage.coverage) is lifted


def test_the_bound_holds_a_passage_at_the_floor_exactly_when_every_word_is_found():
    # found "died" brings the passage to exactly the floor's 2/3: the bound must not round it below
    passage = hit("The leak at the tannery killed about 3,000 trout in the Marl River, wardens said.")
    [reworded] = reworded_hits("How many trout died?", [passage], share, fake_embed, enough=covers_two_thirds)
    assert covers_two_thirds([reworded])


def stored_as_float16(words):
    """A word table holding every passage word of these tests (rows as the table keeps them)."""
    held = [w for w in words if w != "unstored"]
    return fake_embed(held).astype(np.float16).astype(np.float32), [w for w in words if w == "unstored"]


def test_the_passages_words_are_read_from_the_table_and_only_the_question_words_are_embedded():
    passage = hit("The leak at the tannery killed about 3,000 trout in the Marl River, wardens said.")
    calls: list = []
    [reworded] = reworded_hits("How many trout died?", [passage], share, counting_embed(calls), stored=stored_as_float16)
    assert calls == [["died"]]
    assert reworded == reworded_hits("How many trout died?", [passage], share, fake_embed)[0]


def near_meaning_embed(words):
    """"died" and "perished" at a cosine just above SAME_MEANING; float16 rows read it a little lower."""
    out = []
    for w in words:
        v = np.zeros(64)
        if w == "perished":
            v[0], v[1] = SAME_MEANING + 2e-4, np.sqrt(1 - (SAME_MEANING + 2e-4) ** 2)
        else:
            v[0 if w == "died" else 2 + sum(map(ord, w)) % 62] = 1.0
        out.append(v)
    return np.array(out)


def test_a_stored_word_within_float16_rounding_of_the_bound_is_embedded_again_to_decide():
    passage = hit("Some 3,000 trout perished in the Marl River, wardens said.")

    def lowered(words):  # the table's row of "perished" reads just under the bound
        rows = near_meaning_embed(words)
        rows[[i for i, w in enumerate(words) if w == "perished"], 0] -= 5e-4
        return rows, []

    calls: list = []
    def embed(words):
        calls.append(list(words))
        return near_meaning_embed(words)
    [reworded] = reworded_hits("How many trout died?", [passage], share, embed, stored=lowered)
    assert reworded.coverage > passage.coverage and calls == [["died"], ["perished"]]
