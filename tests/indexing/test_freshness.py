"""Which stored versions make a document stale, and which of them a user is told about."""

from app.indexing.freshness import ATTRIBUTION_VERSION, COMPLETED_ON_READING, current, stamp, staleness
from app.indexing.prepare import current as prepare_current


def test_every_version_a_document_stores_is_checked():
    rec = stamp()
    assert current(rec) and prepare_current is current
    assert set(rec) == {"attribution", "terms", "signals", "marks", "antecedents", "words", "roles"}
    for key in rec:
        assert not current({**rec, key: rec[key] - 1}), key  # another version of any one: redone at ingest
        assert not current({k: v for k, v in rec.items() if k != key}), key  # written before it was recorded


def test_only_older_speaker_chains_are_said_sentence_columns_are_completed_on_reading():
    docs = {"a": stamp(), "b": {**stamp(), "terms": -1, "antecedents": 0}, "c": {**stamp(), "words": None}}
    said = staleness(docs)
    assert {k for k, _ in said.stale} == {"terms", "antecedents", "words"} <= COMPLETED_ON_READING
    assert said.unread == () and said.notice() is None


def test_older_chains_are_said_in_one_line_with_the_fix():
    docs = {"a": stamp(), "b": {**stamp(), "attribution": ATTRIBUTION_VERSION - 1}, "c": {**stamp(), "attribution": 3}}
    notice = staleness(docs).notice("byline ingest --index idx")
    assert notice == ("This index was built by an older byline: the speaker labels of 2 of 3 documents follow older "
                      "rules, so a quote may name the wrong speaker. Run `byline ingest --index idx` to rebuild them.")


def test_a_copy_is_never_quoted_so_its_chains_are_not_counted():
    docs = {"a": stamp(), "b": {**stamp(), "attribution": 1, "copy_of": "a"}}
    assert staleness(docs).documents == 1 and staleness(docs).notice() is None
