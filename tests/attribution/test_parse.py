"""The spaCy seam loads only the components source chains read, and parses as the full pipeline does."""

import pytest

spacy = pytest.importorskip("spacy")

from app.attribution.parse import MODEL, UNREAD, load_nlp, subject_phrases  # noqa: E402

SENTENCES = [
    ("In the latest case, President Hassan Rouhani asked France to act, describing them as terrorists.", "describing"),
    ("A former MKO member, Hassan Heyrani, told reporters the group had changed.", "told"),
    ("The ministry, which oversees the program, said on Tuesday that costs had doubled.", "said"),
    ("Officials at the Pentagon warned that the plan would be delayed.", "warned"),
]


def _nlp():
    nlp = load_nlp()
    if nlp is None:
        pytest.skip(f"{MODEL} not installed")
    return nlp


def test_parser_pipeline_skips_components_chains_never_read():
    names = _nlp().pipe_names
    assert not set(UNREAD) & set(names)
    assert {"parser", "ner"} <= set(names)


def test_trimmed_pipeline_names_the_same_speakers_as_the_full_one():
    full = spacy.load(MODEL)
    for text, verb in SENTENCES:
        assert list(subject_phrases(_nlp(), text, verb)) == list(subject_phrases(full, text, verb))
        assert [(e.text, e.label_) for e in _nlp()(text).ents] == [(e.text, e.label_) for e in full(text).ents]
