"""Two unlinked voices in one article (`org_voice`): the subject of a report verb opening a sentence is its own voice
("The district said 140 …" / "The union said only 90 …"), so the two figures are two sides; the outlet's narration,
a pronoun, or one voice named twice is not a second voice. Invented sentences."""

from __future__ import annotations

from app.answer.org_voice import other_speakers, spoken_by
from tests.answer.test_figure_counterpart import _look
from tests.answer.test_sides import quote

Q = "How many teachers went to work on Monday?"


def test_the_subject_of_a_report_verb_is_the_sentences_voice():
    assert spoken_by("The district said 140 teachers went to work on Monday.") == "district"
    assert spoken_by("Voltra said only 14 of the reported fires were battery failures.") == "voltra"
    assert spoken_by("According to GRT, only 850 workers stayed home.") == "grt"


def test_narration_and_pronouns_name_no_voice():
    assert spoken_by("Only 90 teachers went to work on Monday.") is None
    assert spoken_by("It has received 41 fire reports and 9 injury reports.") is None
    assert spoken_by("They said 90 teachers went to work.") is None


def test_two_subjects_sharing_a_word_may_be_one_voice():
    assert other_speakers("The district said 140 teachers came.", "The union said only 90 teachers came.")
    assert not other_speakers("Voltra said 41 fires were reported.", "Voltra Mobility said only 14 were confirmed.")
    assert not other_speakers("The district said 140 teachers came.", "Only 90 teachers came, the paper found.")


def test_two_unlinked_voices_in_one_article_are_the_two_sides_of_a_figure():
    district = quote("The district said 140 teachers went to work on Monday.", "A", "x", 1.0)
    union = quote("The union said only 90 teachers went to work on Monday.", "A", "x", 0.5)
    v = {district.text: (1, 0.5), union.text: (1, 0.6)}
    assert _look(Q, [district], {"A": [union]}, v).quotes == [district, union]
    narrated = quote("Only 90 teachers went to work on Monday.", "A", "x", 0.5)
    assert not _look(Q, [district], {"A": [narrated]}, {district.text: (1, 0.5), narrated.text: (1, 0.6)}).contested
    again = quote("The district said later that only 90 teachers went to work on Monday.", "A", "x", 0.5)
    assert not _look(Q, [district], {"A": [again]}, {district.text: (1, 0.5), again.text: (1, 0.6)}).contested
