""""Did X call Y Z?" asks whether X said so: X is the source asked about (app/answer/source_asked.py `_SAID_POLAR`), as in
"What did X call Y?", so X's statement opens the answer; the narrative's report of X's words answers it as X's
quoted words do, so X's words after that report do not move ahead of it (app/answer/said.py)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.select import said_first
from tests.answer.test_sides import quote


def test_did_x_call_y_z_asks_about_what_x_said():
    ask = asked("Did Ed Royce call the elephant trophy decision the wrong move?")
    assert ask.speakers == {"ed", "royce"} and ask.said and ask.labelled


def test_a_role_that_labels_is_the_source_asked_about():
    ask = asked("Did Colorado's attorney general call the lawsuit without merit?")
    assert ask.role == {"attorney", "general"} and ask.owner == {"colorado"} and ask.labelled


def test_calling_on_someone_is_an_appeal_not_a_label():
    ask = asked("Did Donald Trump call on Justice Ginsburg to resign?")
    assert not ask.said and not ask.labelled


def test_a_thing_named_after_a_source_is_no_source():
    ask = asked("Did the NAACP resolution brand the whole Tea Party movement as racist?")
    assert not ask.said and not ask.labelled


def test_a_question_with_no_subject_before_call_is_no_label_question():
    ask = asked("Did   call the lawsuit meritless?")  # runs of spaces, no subject: no source, no crash
    assert not ask.said and not ask.labelled


def test_did_x_say_is_not_a_question_about_a_label():
    ask = asked("Did Obama say Congress had been briefed on the surveillance programs?")
    assert not ask.said and not ask.labelled


def test_the_report_of_x_s_label_keeps_its_place_before_x_s_later_words():
    text = "Ed Royce said the decision was the wrong move.\n\n“Conservation hunts are carefully regulated in Zambia,” he said."
    cut = text.index("“")
    report = quote(text, "A", "x", 1.2, "Ed Royce")
    report = report.__class__(report.hit, 0, text.index("\n"), text[: text.index("\n")], 0, report.links, 1.2)
    words = report.__class__(report.hit, cut, len(text), text[cut:], 0, report.links, 0.5)
    labelled = asked("Did Ed Royce call the decision the wrong move?")
    assert said_first(labelled, [report, words]) == [report, words]
    assert said_first(asked("What did Ed Royce say about the decision?"), [report, words]) == [words, report]


def test_a_phone_call_is_no_label_question():
    """"Did X call Y?" with no label after the object, or a time or place after it, asks about a call, not a label."""
    from app.answer.asked import asked

    for q in ("Did Trump call Putin after the election?", "Did Trump call Putin?", "Did Obama call Netanyahu last week?",
              "Did Trump call Ginsburg on Tuesday?"):
        assert not asked(q).labelled and not asked(q).said, q
    for q in ("Did Ed Royce call the decision a mistake?", "Did Colorado's attorney general call the suit without merit?",
              "Did Trump call the ban \u201ca horror show\u201d?"):
        assert asked(q).labelled, q


def test_has_x_called_y_z_asks_about_what_x_said_as_did_x_call_does():
    ask = asked("Has Ed Royce called the elephant trophy decision the wrong move?")
    assert ask.speakers == {"ed", "royce"} and ask.said and ask.labelled
    ask = asked("Has Colorado's attorney general described the suit as meritless?")
    assert ask.role == {"attorney", "general"} and ask.labelled
    for q in ("Has Trump called Putin?", "Has Trump called on Ginsburg to resign?", "Has   called the suit meritless?"):
        assert not asked(q).labelled and not asked(q).said, q


def test_an_abbreviation_s_full_stop_in_the_object_is_not_the_question_s_end():
    ask = asked("Did Republicans call H.R. 1 a power grab?")  # "H.R." then a label: not a call to "H.R"
    assert ask.speakers == {"republicans"} and ask.labelled
    assert asked("Did Trump call the Justice Dept. a disgrace?").labelled
    for q in ("Did Trump call the U.S. Senate?", "Did Trump call Mr. Putin?"):  # a call, the question ends there
        assert not asked(q).labelled, q


def test_what_x_had_said_or_is_saying_asks_about_x_as_what_x_said_does():
    from app.answer.source_asked import said_by

    for q in ("What had Trump said about the ad?", "What is Trump saying about the ad?",
              "What was Trump saying about the ad?", "How is Trump explaining the loss?"):
        assert asked(q).speakers == {"trump"} and said_by(q) == "Trump", q
    assert said_by("What is the NSA saying about PRISM?") == "the NSA"
    for q in ("What was the reporting period?", "What is Trump planning?", "What is the ad about?"):
        assert not asked(q).said and said_by(q) == "", q


def test_a_speaker_after_a_determiner_keeps_its_noun_though_the_noun_is_a_speech_verb():
    """"What did the Post report …": "Post" is the speaker's noun, not the verb asked about; "the" alone is no one."""
    from app.answer.source_asked import said_by

    assert said_by("What did the Post report about the merger?") == "the Post"
    assert said_by("What did the report say about Duncan Hunter?") == "the report"
    assert said_by("What did the state attorney general say about the lawsuit?") == "the state attorney general"
    assert said_by("What did his post claim?") == "his post"
    assert asked("What did the Post report about the merger?").speakers == {"post"}
    assert said_by("What did Theresa say?") == "Theresa" and said_by("What did Nathan tell Fox?") == "Nathan"


def test_a_capitalised_speech_verb_is_a_name_word_of_the_speaker():
    """"What did the Listening Post report?": "Post" is part of the name, not the verb asked about."""
    from app.answer.source_asked import said_by

    assert said_by("What did the Listening Post report?") == "the Listening Post"
    assert said_by("What has The Washington Post reported about the ad?") == "The Washington Post"
    assert said_by("What did Trump post on Twitter?") == "Trump"
