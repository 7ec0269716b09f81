"""Chain accuracy on labelled sentences (evals/chains*.yaml), rules only, and the spaCy seam."""

from pathlib import Path

from app.evaluation.chain_eval import CASES, HELD_OUT, chain_accuracy
from seed import copy_seed

ROOT = Path(__file__).resolve().parents[2]


def test_chain_accuracy_on_labelled_seed_sentences_meets_the_threshold(tmp_path):
    score = chain_accuracy(ROOT / CASES, copy_seed(tmp_path / "corpus"))
    assert score.total >= 40
    assert score.accuracy >= 0.9, score.misses
    assert score.attributed_accuracy >= 0.85, score.misses


def test_chain_accuracy_on_held_out_articles_meets_the_threshold(tmp_path):
    score = chain_accuracy(ROOT / HELD_OUT, copy_seed(tmp_path / "corpus"))
    assert score.total >= 20
    assert score.accuracy >= 0.85, score.misses


def test_spacy_parse_names_the_subject_of_a_speech_verb():
    from app.attribution.parse import load_nlp, subject_phrases

    nlp = load_nlp()
    assert nlp is not None
    phrases = list(subject_phrases(nlp, "In the latest case, President Hassan Rouhani asked France to act, describing them as terrorists.", "describing"))
    assert any("Rouhani" in p for p in phrases)
