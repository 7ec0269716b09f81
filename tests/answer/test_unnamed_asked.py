"""A said-question about an unnamed speaker ("What did the source with knowledge of the talks say …") asks about the
speaker the chains describe so (`source_asked.group_words`)."""

from __future__ import annotations

from app.answer.asked import asked


def test_a_description_of_an_unnamed_speaker_is_the_source_asked_about():
    ask = asked("What did the source with knowledge of the talks say about the offer?")
    assert ask.said and ask.speakers == {"source"}
    assert asked("What did a senior official say about the audit?").speakers == {"senior", "official"}
    assert not asked("What did the report say about the audit?").said  # a document, no speaker

