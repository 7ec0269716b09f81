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
