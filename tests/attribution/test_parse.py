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


def test_the_pipeline_is_loaded_from_the_installed_model_package():
    import importlib
    from pathlib import Path

    package = Path(importlib.import_module(MODEL).__file__).parent
    assert Path(_nlp().path).resolve().is_relative_to(package.resolve())


def test_parser_pipeline_skips_components_chains_never_read():
    names = _nlp().pipe_names
    assert not set(UNREAD) & set(names)
    assert {"parser", "ner"} <= set(names)


def test_trimmed_pipeline_names_the_same_speakers_as_the_full_one():
    full = spacy.load(MODEL)
    for text, verb in SENTENCES:
        assert list(subject_phrases(_nlp(), text, verb)) == list(subject_phrases(full, text, verb))
        assert [(e.text, e.label_) for e in _nlp()(text).ents] == [(e.text, e.label_) for e in full(text).ents]


def test_run_parser_names_the_same_speakers_as_the_pipeline_entities_included():
    from app.attribution.parse import Parser

    full = spacy.load(MODEL)
    parser = Parser()
    for text, verb in SENTENCES:
        assert list(subject_phrases(parser, text, verb)) == list(subject_phrases(full, text, verb))
        assert [(e.text, e.label_) for e in parser.entities(parser(text))] == [(e.text, e.label_) for e in full(text).ents]


def test_run_parser_parses_a_repeated_sentence_once_and_finds_entities_only_when_read():
    from app.attribution.parse import Parser

    _nlp()
    parser = Parser()
    text, verb = SENTENCES[1]
    doc = parser(text)
    assert parser(text) is doc  # the same sentence in another article of the run: not parsed again
    assert not doc.has_annotation("ENT_IOB")  # no entity recogniser run yet
    assert next(subject_phrases(parser, text, verb)) == "A former MKO member, Hassan Heyrani,"
    assert not doc.has_annotation("ENT_IOB")  # the subject named a speaker: entities never read
    assert "Hassan Heyrani" in [e.text for e in parser.entities(doc)]
