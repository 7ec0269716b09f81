"""A doer-asking question's office or states, and a lower-case subject's class, must be the doer the sources
give for the event: named where the answer stands (an office, a state), or with the asked verb in one sentence of
a candidate's article (a class of people)."""

from __future__ import annotations

from app.answer.doers import asked_office, common_subject, office_unpaired, subject_unpaired
from app.answer.qualifiers import unpaired
from app.answer.answered import answers_question
from tests.answer.test_qualifiers import article


def test_a_doer_asking_office_needs_a_holder_named_where_the_answer_stands():
    assert asked_office("Which Democratic senator called on Justice Ginsburg to resign?") == "senator"
    assert asked_office("Which states did Colorado sue?") is None  # the wh-phrase is the object
    assert asked_office("Which states were sued by Nebraska?") is None  # passive: not the doer
    assert asked_office("What did Mayor Jane Park say about the count?") is None  # a title in the subject
    q = "Which senator called on the agency to reverse its policy?"
    assert office_unpaired(q, article("Rep. Ed Royce called on the agency to reverse its policy.")) == ["senator"]
    assert office_unpaired(q, article("Sen. Tom Udall called on the agency to reverse its policy.")) == []
    # no senator, and (`which_person`) no one named at all
    assert unpaired(q, article("The top Republican on the committee called on the agency to reverse it.")) \
        == ["senator", "who"]


def test_state_before_a_noun_is_a_modifier_not_a_doer_asked_for():
    assert asked_office("What state law bans smoking in bars?") is None
    assert asked_office("Which state agency issued the permits?") is None
    assert asked_office("Which state sued the agency?") == "state"


def test_states_are_named_by_their_names_and_washington_alone_is_the_capital():
    q = "Which states sued the county over its law?"
    assert office_unpaired(q, article("The suit was brought by attorneys general in Nebraska and Oklahoma.")) == []
    assert office_unpaired(q, article("A coalition of cities sued the county in Washington.")) == ["state"]
    for state in ("Washington state", "Washington State"):
        assert office_unpaired(q, article(f"The suit was brought by {state} and two cities.")) == [], state


def test_a_lower_case_subject_needs_its_class_named_with_the_asked_verb():
    story = article("The hunting would bring money to local communities.",
                    "Environmental groups applauded the reversal and called for more restrictions.")
    assert common_subject("What did local communities call for after the reversal?") == ("communities", "call")
    assert common_subject("What did the lawsuit claim?") is None  # a determiner: the story's own subject
    assert subject_unpaired("What did local communities call for after the reversal?", story) == ["communiti"]
    assert subject_unpaired("What did environmental groups call for after the reversal?", story) == []
    assert unpaired("What did local communities call for after the reversal?", story[1:], story) == ["communiti"]


def test_an_attitude_or_a_light_verb_asks_only_for_the_class_or_the_wh_noun_with_it():
    said = article("But marijuana advocates said that the challenge could boost the black market.")
    assert subject_unpaired("What do marijuana advocates fear if the lawsuit succeeds?", said) == []
    assert subject_unpaired("What do dispensary owners fear if the lawsuit succeeds?", said) == ["owner"]
    cost = article("Election officials run the vote in most states.", "One concern of civil libertarians is the cost.")
    assert common_subject("What concern do state election officials have about the bill?") == ("officials", "concern")
    assert subject_unpaired("What concern do state election officials have about the bill?", cost) == ["offici"]
    assert subject_unpaired("What concern do civil libertarians have about the bill?", cost) == []


def test_the_answer_abstains_when_the_class_asked_about_never_does_the_act():
    story = article("The hunting would bring money to local communities.",
                    "Environmental groups applauded the reversal and called for more restrictions.")
    assert not answers_question("What did local communities call for after the reversal?", story, [None, None])
    assert answers_question("What did environmental groups call for after the reversal?", story, [None, None])


def test_a_speaker_named_with_the_office_elsewhere_in_the_article_holds_it():
    """'“…,” they said' answers 'Which senators said …' when its chain names people the article calls senators."""
    from dataclasses import replace

    from app.attribution.links import QUOTES, RELAYS, Link

    q = "Which senators said the rules must be public?"
    story = article("The letters went to Senators Ann Marsh of Maine and Paul Lind of Idaho, both Republicans.",
                    "The agency did not reply.", "Their staff met on Monday.", "Aides spoke briefly.",
                    "“The rules must be public,” they said.")
    pair = replace(story[-1], links=(Link("Ann Marsh and Paul Lind", QUOTES),))
    assert office_unpaired(q, [pair]) == []
    assert office_unpaired(q, [replace(pair, links=(Link("Ann Marsh and Tom Rice", QUOTES),))]) == ["senator"]
    assert office_unpaired(q, [replace(pair, links=(Link("Paul Lind", RELAYS),))]) == ["senator"]
    assert office_unpaired(q, [story[-1]]) == ["senator"]  # no chain: the window alone decides


def test_each_of_three_speakers_named_together_must_hold_the_office():
    from dataclasses import replace

    from app.attribution.links import QUOTES, Link

    q = "Which representatives said protesters yelled at them?"
    story = article("Reps. John Loft, Andy Carr and Emma Cole walked to the Capitol.", "The crowd was large.",
                    "Police watched.", "Aides spoke briefly.", "They said protesters yelled at them.")
    three = replace(story[-1], links=(Link("John Loft, Andy Carr and Emma Cole", QUOTES),))
    assert office_unpaired(q, [three]) == []
    assert office_unpaired(q, [replace(three, links=(Link("Ruth Vale, Andy Carr and Emma Cole", QUOTES),))]) \
        == ["representative"]


def test_which_other_office_needs_a_holder_the_question_does_not_name():
    q = "Which other states will join Nebraska and Oklahoma in suing Colorado?"
    named = article("The states of Nebraska and Oklahoma filed a federal lawsuit against Colorado.",
                    "Programs are in place in Colorado and Washington state.")
    assert office_unpaired(q, named[:1]) == ["state"]  # only the states the question names; the neighbour's role
    assert office_unpaired(q, article("Utah and New Mexico said they may join the suit.")) == []
    assert office_unpaired("Which states sued Colorado?", named[:1]) == []  # no "other": the named ones answer
