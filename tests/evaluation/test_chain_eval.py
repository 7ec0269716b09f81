"""Chain accuracy on labelled sentences (evals/chains*.yaml), rules only, and the spaCy seam."""

from pathlib import Path

from app.evaluation.chain_eval import CASES, HELD_OUT, chain_accuracy
from corpora import need_shared_corpus
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


def test_a_case_counts_only_when_the_links_it_disputes_match_too(tmp_path):
    text = ("Mayor John Harlan falsely claimed that the bridge was safe. "
            "Senator Ruth Okafor said that the bridge was old.")
    cases = tmp_path / "cases.yaml"
    cases.write_text(
        "documents:\n"
        f"  - {{id: d, outlet: Daily Planet, text: {text!r}}}\n"
        "cases:\n"
        "  - {doc: d, sentence: Mayor John Harlan, chain: [John Harlan], disputed: [John Harlan]}\n"
        "  - {doc: d, sentence: Senator Ruth Okafor, chain: [Ruth Okafor], disputed: [Ruth Okafor]}\n")
    score = chain_accuracy(cases, copy_seed(tmp_path / "corpus"))
    assert score.correct == 1 and [m[0] for m in score.misses] == ["Senator Ruth Okafor"]


def test_spacy_parse_names_the_subject_of_a_speech_verb():
    from app.attribution.parse import load_nlp, subject_phrases

    nlp = load_nlp()
    assert nlp is not None
    phrases = list(subject_phrases(nlp, "In the latest case, President Hassan Rouhani asked France to act, describing them as terrorists.", "describing"))
    assert any("Rouhani" in p for p in phrases)


def _basil_score(name: str):
    from app.attribution.parse import load_nlp

    return chain_accuracy(ROOT / "evals" / name, need_shared_corpus("basil-dev"), nlp=load_nlp())


def test_speaker_precision_and_recall_on_the_basil_dev_calibration_sample():
    """80 audited sentences of 8 basil-dev stories, read as ingest reads them (spaCy fallback on)."""
    score = _basil_score("chains_basil_calib.yaml")
    assert score.total == 80
    assert score.precision >= 0.98, score.misses  # measured 61/62 (0.914 before the audit's rules)
    assert score.attributed_accuracy >= 0.9, score.misses  # measured 61/67 (0.791 before)
    assert score.invented == 0, score.misses


def test_speaker_precision_and_recall_on_the_basil_dev_held_out_sample():
    """40 audited sentences of the 4 held-out stories: no rule was tuned on them; floors at the
    measurement taken after the calibration rules (29/30 precise, 29/32 recalled)."""
    score = _basil_score("chains_basil_heldout.yaml")
    assert score.total == 40
    assert score.precision >= 0.96, score.misses
    assert score.attributed_accuracy >= 0.9, score.misses
