"""Follow-up questions are read against the earlier turns, by rule."""

from __future__ import annotations

from app.answer.followup import Reading, Turn, Vocabulary, resolve

VOCAB = Vocabulary(
    outlets={"Mehr News Agency": "Mehr News Agency", "Mehr": "Mehr News Agency", "MNA": "Mehr News Agency",
             "Rasa News Agency": "Rasa News Agency", "Rasa": "Rasa News Agency",
             "PMOI/MEK website": "PMOI/MEK website", "PMOI": "PMOI/MEK website",
             "Iran News Update": "Iran News Update"},
    stance_of={"Mehr News Agency": "hostile", "Rasa News Agency": "hostile",
               "PMOI/MEK website": "aligned", "Iran News Update": "aligned"},
    labels={"hostile": "Hostile to the MEK", "aligned": "The MEK and aligned outlets"},
    people=frozenset({"Javad Zarif", "Hassan Heyrani"}),
)
TERROR = "Is the MEK a terrorist organization?"
HOSTILE_ANSWER = Turn(TERROR, cited=(("Mehr News Agency", "hostile"), ("Rasa News Agency", "hostile"),
                                     ("PMOI/MEK website", "aligned")))


def test_a_question_without_history_is_read_as_asked():
    assert resolve("And what did the other side say?", [], VOCAB) == Reading("And what did the other side say?")


def test_a_standalone_question_after_a_turn_is_read_as_asked():
    r = resolve("What did Javad Zarif ask social media sites to do?", [HOSTILE_ANSWER], VOCAB)
    assert r == Reading("What did Javad Zarif ask social media sites to do?")


def test_the_other_side_is_the_stance_group_the_last_answer_heard_least():
    r = resolve("And what did the other side say?", [HOSTILE_ANSWER], VOCAB)
    assert r.stances == ("aligned",) and r.outlets == ()
    assert r.question == TERROR
    assert r.note == f"what do the MEK and aligned outlets say about “{TERROR}”"
    r = resolve("And the other side?", [Turn(TERROR, stances=("aligned",))], VOCAB)
    assert r.note == f"what do outlets hostile to the MEK say about “{TERROR}”"  # a group named by its stance


def test_the_other_side_of_a_filtered_turn_is_every_other_group():
    prev = Turn(TERROR, outlets=("PMOI/MEK website",))
    assert resolve("What does the other side say?", [prev], VOCAB).stances == ("hostile",)
    prev = Turn(TERROR, stances=("hostile",))
    assert resolve("the other side?", [prev], VOCAB).stances == ("aligned",)


def test_the_other_side_flips_back_after_two_follow_ups():
    first = resolve("and the other side?", [HOSTILE_ANSWER], VOCAB)
    second = resolve("and the other side?", [HOSTILE_ANSWER, Turn(first.question, stances=first.stances)], VOCAB)
    assert second.stances == ("hostile",) and second.question == TERROR


def test_the_other_side_with_its_own_topic_keeps_that_topic():
    r = resolve("What does the other side say about the camp in Albania?", [HOSTILE_ANSWER], VOCAB)
    assert r.stances == ("aligned",) and "camp in Albania" in r.question


def test_no_other_stance_group_says_so_and_searches_everything():
    vocab = Vocabulary(outlets={}, stance_of={}, labels={})
    r = resolve("what did the other side say?", [Turn(TERROR)], vocab)
    assert r.stances == () and r.question == TERROR and "no other stance group" in r.note


def test_what_about_an_outlet_asks_the_last_question_of_that_outlet():
    r = resolve("What about Rasa?", [HOSTILE_ANSWER], VOCAB)
    assert r.outlets == ("Rasa News Agency",) and r.question == TERROR
    assert r.note == f"what does Rasa News Agency say about “{TERROR}”"


def test_naming_an_outlet_with_a_new_topic_is_not_a_follow_up():
    r = resolve("What does Rasa say about fake Twitter accounts?", [HOSTILE_ANSWER], VOCAB)
    assert not r.rewritten


def test_he_is_the_person_the_last_question_named():
    prev = Turn("What did Javad Zarif ask social media sites to do?")
    r = resolve("What else did he say about the MEK accounts?", [prev], VOCAB)
    assert r.question == "What else did Javad Zarif say about the MEK accounts?"
    assert r.note == "what else did Javad Zarif say about the MEK accounts?"


def test_he_did_that_carries_the_last_question_too():
    prev = Turn("What did Javad Zarif ask social media sites to do?")
    r = resolve("When did he do that?", [prev], VOCAB)
    assert r.question == f"When did Javad Zarif do that? {prev.question}"
    assert r.note == f"when did Javad Zarif do that, “that” being “{prev.question}”"


def test_his_becomes_a_possessive_and_an_unknown_person_falls_back_to_the_quoted_speakers():
    prev = Turn("Who defected from the camp?", speakers=("Al Jazeera", "Hassan Heyrani"))
    r = resolve("What was his role?", [prev], VOCAB)
    assert r.question == "What was Hassan Heyrani's role?"


def test_he_without_anyone_to_refer_to_is_read_as_about_the_last_question():
    r = resolve("What did he say?", [Turn(TERROR)], VOCAB)
    assert TERROR in r.question and r.rewritten


def test_they_who_say_something_are_the_outlets_the_last_turn_asked():
    prev = Turn(TERROR, outlets=("Mehr News Agency",))
    r = resolve("What else do they say?", [prev], VOCAB)
    assert r.outlets == ("Mehr News Agency",) and r.question == TERROR


def test_they_otherwise_is_the_organisation_the_last_question_named():
    r = resolve("Where are they based?", [HOSTILE_ANSWER], VOCAB)
    assert r.question == "Where are the MEK based?" and r.outlets == () and r.stances == ()


def test_when_was_that_carries_the_last_question():
    prev = Turn("Which country removed the MEK from its list of terrorist groups?")
    r = resolve("When was that?", [prev], VOCAB)
    assert prev.question in r.question and r.question.startswith("When was that")
    assert r.note == f"when was that, “that” being “{prev.question}”"


def test_a_question_with_its_own_topic_and_it_is_read_as_asked():
    q = "Is it true that the MEK runs fake accounts from Albania?"
    assert not resolve(q, [HOSTILE_ANSWER], VOCAB).rewritten


def test_outlets_are_found_by_alias_whole_words_only():
    assert VOCAB.outlets_named("What about Rasa and MNA?") == ["Rasa News Agency", "Mehr News Agency"]
    assert VOCAB.outlets_named("What about Rasanews or Mehrabad?") == []


def test_they_is_not_a_two_letter_country():
    prev = Turn("When did the US remove the MKO from its list of terror organizations?")
    assert resolve("Where did they go next?", [prev], VOCAB).question == "Where did the MKO go next?"


def test_the_topic_of_a_question_to_one_outlet_leaves_the_outlet_out():
    prev = Turn("What does Iran News Update say about the Al Jazeera programme?", outlets=("Iran News Update",))
    r = resolve("And the other side?", [prev], VOCAB)
    assert r.stances == ("hostile",) and r.question == "the Al Jazeera programme"
    prev = Turn("According to Rasa, who runs the fake accounts?", outlets=("Rasa News Agency",))
    assert resolve("What about PMOI?", [prev], VOCAB).question == "who runs the fake accounts"
