"""Property tests for the pure stages: any input keeps the offset invariants and raises
nothing but byline's own errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.answer.verify import verify
from app.api import Assistant
from app.config import Config
from app.documents.chunk import chunk
from app.documents.clean import clean
from app.documents.load.text import decode
from app.documents.uploads import safe_filename
from app.errors import ConfigError, CorpusError, IndexMissingError, QueryError
from app.models import Answer, Citation
from app.registry import Registry
from app.store.embed import HashEmbedder
from app.text.sentences import split_sentences

settings.register_profile("byline", deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("byline")

# Lines that look like articles, furniture, markup and odd characters, mixed with anything.
LINES = st.sampled_from([
    "The minister said on Monday that talks would resume.", "Mr. Smith arrived at 9 a.m. on Jan. 5.",
    "Home » World » Middle East", "Home News World The minister said on Monday that talks would resume.",
    "Share", "Tweet", "Advertisement", "728 x 90", "847/940", "Tags: politics, talks", "MNA/4679032",
    "17 September 2018 - 16:57", "Your comment will not be published.", "<script>alert(1)</script>",
    "\u200b\u200d", "\u202eevil\u202c", "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631.", "", "   ", "\t",
    "\u2028", "\u00a0\u00a0", "...", "?!", "A", "“Quoted,” he said. “Another.”", "(Reuters) - Markets fell.",
])
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(st.one_of(LINES, st.text(max_size=60)), max_size=25).map(lambda ls: "\n".join(ls)),
    st.lists(LINES, max_size=25).map(lambda ls: "\r\n".join(ls)),
)


@given(TEXTS)
def test_clean_never_raises_and_is_idempotent(text):
    once = clean(text)
    assert clean(once) == once
    assert "\r" not in once


@given(TEXTS)
def test_sentence_spans_are_ordered_non_overlapping_and_non_empty(text):
    spans = split_sentences(text, max_chars=80)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece.strip() == piece and len(piece) <= 80
        previous_end = span.end


@given(TEXTS, st.integers(min_value=10, max_value=60), st.integers(min_value=0, max_value=4))
def test_chunk_offsets_always_give_the_chunk_text(text, words, overlap):
    chunks = chunk("doc", text, chunk_words=words, overlap=overlap)
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert c.sentences[0].start == c.start and c.sentences[-1].end == c.end
    assert [c.id for c in chunks] == [c.id for c in chunk("doc", text, chunk_words=words, overlap=overlap)]
    assert len({c.id for c in chunks}) == len(chunks)


@given(TEXTS)
def test_chunks_of_cleaned_text_cover_every_sentence(text):
    cleaned = clean(text)
    spans = split_sentences(cleaned)
    covered = {(s.start, s.end) for c in chunk("doc", cleaned) for s in c.sentences}
    assert covered == {(s.start, s.end) for s in spans}


CITATION = st.builds(
    Citation, id=st.text(max_size=3), outlet=st.text(max_size=10), doc_id=st.sampled_from(["d1", "d2", "missing"]),
    quote=st.text(max_size=30), start=st.integers(min_value=0, max_value=200), end=st.integers(min_value=0, max_value=200),
)


@given(st.builds(Answer, question=st.text(max_size=20), answer=st.text(max_size=60), abstained=st.booleans(),
                 citations=st.lists(CITATION, max_size=5)))
def test_verify_never_raises_on_arbitrary_answers(answer):
    texts = {"d1": "The pier opens in June.", "d2": ""}
    problems = verify(answer, texts.get, lambda d: "Harbour Times" if d in texts else None)
    assert all(isinstance(p, str) for p in problems)


@given(st.data())
def test_verify_catches_any_mutated_quote(data):
    text = data.draw(st.text(min_size=1, max_size=200))
    start = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
    end = data.draw(st.integers(min_value=start + 1, max_value=len(text)))
    good = text[start:end]
    citation = Citation(id="1", outlet="Harbour Times", doc_id="d", quote=good, start=start, end=end)
    answer = Answer(question="q", answer=f"- Harbour Times: \u201c{good}\u201d [1]", abstained=False, citations=[citation])
    check = lambda a: verify(a, {"d": text}.get, lambda d: "Harbour Times")  # noqa: E731
    assert check(answer) == []
    at = data.draw(st.integers(min_value=0, max_value=len(good)))
    mutated = data.draw(st.one_of(
        st.text(min_size=1, max_size=3).map(lambda s: good[:at] + s + good[at:]),  # insertion
        st.just(good[:at] + good[at + 1 :]),  # deletion
        st.characters().map(lambda ch: good[:at] + ch + good[at + 1 :]),  # substitution
    ))
    assume(mutated != good)
    assert check(answer.model_copy(update={"citations": [citation.model_copy(update={"quote": mutated})]}))
    relabelled = citation.model_copy(update={"outlet": "Dock Weekly"})
    assert check(answer.model_copy(update={"citations": [relabelled]}))


@given(st.binary(max_size=300))
def test_decoding_any_bytes_gives_text_or_a_corpus_error(data):
    try:
        assert isinstance(decode(Path("x.txt"), data), str)
    except CorpusError as exc:
        assert "x.txt" in str(exc)


@given(st.text(max_size=300))
def test_any_upload_name_is_refused_or_stays_inside_the_upload_folder(name):
    folder = Path("/srv/uploads")
    try:
        safe = safe_filename(name)
    except QueryError:
        return
    assert not safe.startswith(".") and "/" not in safe and "\\" not in safe and "\x00" not in safe
    assert len(safe.encode()) <= 200
    assert (folder / safe).resolve().parent == folder


@pytest.fixture(scope="module")
def registry_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("registries")


@given(st.one_of(st.text(max_size=200), st.lists(LINES.map(lambda s: s.replace("»", ":")), max_size=8).map("\n".join),
                 st.sampled_from(["outlets: 5", "outlets:\n  - name: [", "stance_groups: {a: 1}", "documents:\n- 1"])))
def test_any_registry_text_loads_or_gives_a_config_error(registry_dir, text):
    from app.registry import load_registry

    path = registry_dir / "outlets.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_registry(path)
    except ConfigError as exc:
        assert str(path) in str(exc)


@pytest.fixture(scope="module")
def small_assistant(tmp_path_factory):
    """A real (hash-embedder) index over the two-article literal corpus, so questions reach retrieval."""
    from corpora import write_corpus

    tmp = tmp_path_factory.mktemp("properties")
    corpus = write_corpus(tmp / "corpus")
    config = Config(index_dir=tmp / "index", corpus_dir=corpus, embedder="hash-256", upload_dir=tmp / "uploads",
                    abstain_below=0.05, relevance_floor=0.1)
    a = Assistant(config=config, embedder=HashEmbedder(256))
    a.ingest([corpus])
    return a


def test_an_ordinary_question_reaches_an_answer(small_assistant):
    answer = small_assistant.ask("How much will the river bridge cost?")
    assert not answer.abstained and answer.citations and small_assistant.verify(answer) == []


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=60)
@given(question=st.text(max_size=3000))
def test_any_question_is_answered_verifiably_or_is_a_query_error(small_assistant, question):
    try:
        answer = small_assistant.ask(question)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    assert small_assistant.verify(answer) == []
    # an answer cites quotes exactly when it does not abstain, except the partial answer ("Not covered: …",
    # `not_covered` set), which abstains and quotes related passages flagged as such (app/answer/partial.py)
    assert answer.abstained == (not answer.citations) or (answer.abstained and bool(answer.not_covered))
