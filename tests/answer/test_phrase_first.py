""""Which Republican leader called H.R. 1 a massive federal government takeover?" repeats the label word for word,
and the sentence that answers holds it ("“This bill is a massive federal government takeover …,” Mr. McCarthy said");
a lead on the topic holds its words, not the phrase. A plain answer opens with the close quote that repeats the label
when the best one does not (app/answer/opening.py `phrase_first`, app/answer/phrases.py)."""

from __future__ import annotations

from app.answer.opening import phrase_first, plain_order
from app.answer.phrases import label_asked, repeats_phrase, shared_run
from app.answer.select import asked
from tests.answer.test_speaker_first import quote

Q = "Which Republican leader called H.R. 1 a massive federal government takeover?"
TOPIC = quote("Republicans called the bill a Democratic power grab that amounts to a federal takeover of elections.",
              "Fox", 0.67)
OTHER = quote("Republicans have spent more time trying to define the bill than Democrats have.", "Times", 0.66)
WORDS = quote("“This bill is a massive federal government takeover that would undermine the integrity of our "
              "elections,” Mr. McCarthy said in a speech on Friday.", "Times", 0.62)


def test_the_close_quote_repeating_the_label_opens_the_answer():
    assert phrase_first(Q, [TOPIC, OTHER, WORDS]) == 2
    assert plain_order(asked(Q), Q, [TOPIC, OTHER, WORDS], [0, 1, 2], 2)[0] == 2


def test_a_best_quote_holding_the_label_or_a_far_one_changes_nothing():
    assert phrase_first(Q, [WORDS, TOPIC]) == 0
    assert phrase_first(Q, [TOPIC, quote(WORDS.text, "Times", 0.2)]) == 0


def test_only_a_question_naming_a_label_reorders():
    question = "What did Republican leaders say about a massive federal government takeover?"
    assert label_asked(question) == "" and phrase_first(question, [TOPIC, OTHER, WORDS]) == 0
    assert label_asked("What did environmental groups call for after the reversal?") == ""  # an appeal, no label
    assert label_asked("Who described the ruling as a grave blow to workers?") == "a grave blow to workers?"


def test_a_phrase_is_a_run_of_lower_case_content_words_not_names_or_function_words():
    assert shared_run(Q, WORDS.text) == 4 and shared_run(Q, TOPIC.text) == 1
    assert shared_run("Did Justice Ruth Bader Ginsburg call it a disgrace?", "Justice Ruth Bader Ginsburg spoke.") == 0
    assert not repeats_phrase("the ban on importing elephant trophies", "the ban on importing trophies")
    assert repeats_phrase("a grave blow to working families", "It is a grave blow to working women.")


def test_a_short_label_is_held_by_all_its_content_words_in_the_asked_voice_first():
    q = "Did Trump call Ginsburg a disgrace?"
    lead = quote("Donald J. Trump on Tuesday assailed Justice Ruth Bader Ginsburg, calling her remarks “highly "
                 "inappropriate.”", "Times", 1.0)
    words = quote("“I think it’s a disgrace to the court,” the presumptive Republican nominee said.", "Fox", 0.7)
    assert repeats_phrase(label_asked(q), words.text) and not repeats_phrase(label_asked(q), lead.text)
    assert phrase_first(q, [lead, words]) == 1
    pelosi = quote("Pelosi said, “Yes it is a power grab.”", "Fox", 0.9)
    gop = quote("Republicans called the bill a Democratic power grab.", "Fox", 0.8)
    power = "Did Republicans call H.R. 1 a power grab?"
    assert phrase_first(power, [OTHER, pelosi, gop], asked(power)) == 2  # in the voice of those asked about
    assert phrase_first(power, [OTHER, pelosi], asked(power)) == 1  # else the first that holds it
