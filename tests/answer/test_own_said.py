"""A why-question's "said" is a reason only when it is the subject's own account: another named speaker's words
about the subject, or "he said" continuing that speaker, restate the premise and give no reason."""

from __future__ import annotations

from app.answer.elements import element_missing
from app.answer.own_said import others_said
from tests.answer.test_qualifiers import article

WHY = "Why did Acme not keep records of its shipments?"
ACME = (frozenset({"acm"}),)


def test_another_named_speaker_or_a_pronoun_continuing_one_is_not_the_subjects_account():
    text = "Paperwork got lost, he said, and Acme did not keep records of its shipments."
    assert others_said(text.index("said"), text, "Mr. Dunn said the trucks were late.", ACME)
    text = "Dunn said Acme did not keep records of its shipments."
    assert others_said(text.index("said"), text, "", ACME)


def test_the_subject_or_one_speaking_for_it_gives_its_own_account():
    text = "Acme said it did not keep records of its shipments to save money."
    assert not others_said(text.index("said"), text, "", ACME)
    text = "Records were not kept, a spokesman said."
    assert not others_said(text.index("said"), text, "", ACME)
    text = "Records were not kept, he said."  # no speaker named before: he may be the subject's
    assert not others_said(text.index("said"), text, "The shipments grew fast.", ACME)
    assert not others_said(0, "said", "", ())  # a question naming no one: every said counts


def test_a_restated_premise_with_another_speakers_said_needs_a_reason():
    quotes = article("Mr. Dunn said the trucks were late.",
                     "Paperwork got lost, he said, and Acme did not keep records of its shipments.")
    assert element_missing(WHY, quotes[1:]) == ["why"]
    own = article("Acme said it did not keep records of its shipments.")
    assert element_missing(WHY, own) == []
