"""A partly-answered question: the answer must give the part of the event asked for, not only the event around it
(another doer's act, an unnamed holder, a background clause for a why-question, a stated sum, an unnamed decider,
an act named only of another thing)."""

from __future__ import annotations

from app.answer.gaps import (act_unnamed, decider_unnamed, example_only, holder_unnamed, other_doer, reason_unstated, sum_unpaired,
                             ungiven)
from app.answer.answered import answers_question
from tests.answer.test_qualifiers import article


def test_the_asked_verb_with_another_named_subject_is_another_doers_act():
    said = article("By March 2017, when the Justice Department opened its criminal investigation, Mr. Hunter was "
                   "already being investigated by the House Ethics Committee.")
    assert other_doer("When did the House Ethics Committee open its investigation of Mr. Hunter?", said) == ["open"]
    assert other_doer("When did the Justice Department open its criminal investigation of Mr. Hunter?", said) == []
    trump = article("It was announced that the Trump administration would reverse a ban made under President Obama.")
    assert other_doer("Why did the Obama administration reverse the ban?", trump) == []  # a noun, not the verb
    assert other_doer("When did the Ethics Committee close its inquiry?", said) == []  # verb not named: not judged
    assert not answers_question("When did the House Ethics Committee open its investigation of Mr. Hunter?", said, [None])


def test_a_word_after_a_possessive_is_a_noun_not_another_doers_act():
    echoed = article("Secretary of the Interior Ryan Zinke echoed Trump's comment in his own tweet.")
    assert other_doer("How did Interior Secretary Zinke comment on the permits?", echoed) == []  # a noun: "Trump's"
    own = article("Trump commented on the permits in a tweet.")
    assert other_doer("How did Interior Secretary Zinke comment on the permits?", own) == ["comment"]
    pronoun = article("Trump commented on the permits, and he's commented again since.")
    assert other_doer("How did Interior Secretary Zinke comment on the permits?", pronoun) == []  # "he's": a verb, of
    # a subject that may be Zinke


def test_an_outlet_asked_what_it_reported_reports_in_its_own_voice_whoever_it_relays():
    relayed = article("Al Jazeera reported that a campaign of fake accounts targeted Iran.",
                      outlet="Rasa News Agency")
    assert other_doer("What did Rasa News Agency report?", relayed) == []
    assert other_doer("What did the Tehran Times report?", relayed) == ["report"]  # not the outlet: another doer's act
    trailing = article("A campaign of fake accounts targeted Iran, Al Jazeera reported.", outlet="Rasa News Agency")
    assert other_doer("What did the Tehran Times report?", trailing) == ["report"]  # the verb ends the sentence


def test_an_unnamed_or_indefinite_doer_does_not_name_the_holder_asked_for():
    body = article("The Justice Department wrote Mr. Issa last week that it did not need a special prosecutor.")
    assert holder_unnamed("Which Justice Department official wrote to Issa about a special prosecutor?", body) == ["who"]
    named = article("Ronald Weich, a Justice Department official, wrote Mr. Issa last week.")
    assert holder_unnamed("Which Justice Department official wrote to Issa about a special prosecutor?", named) == []
    someone = article("A white lawmaker said he also heard the epithets.")
    assert holder_unnamed("Which white lawmaker said he heard the epithets?", someone) == ["who"]
    other = article("A white lawmaker said he also heard the epithets, but activists said the lawmakers were lying.")
    assert holder_unnamed("Which white lawmaker said he heard the epithets?", other) == []  # another doer: not judged
    assert holder_unnamed("Which lawmaker said the vote was close?", article("Rep. Ann Lee said it was close.")) == []
    assert holder_unnamed("Which official resigned?", body) == []  # the verb not named: not judged
    removed = article("At one point the sergeant-at-arms was called to remove a protester.")
    assert holder_unnamed("Which protester was removed from the chamber?", removed) == ["who"]  # passive: the object
    named_object = article("The sergeant-at-arms was called to remove Jane Doe, a protester.")
    assert holder_unnamed("Which protester was removed from the chamber?", named_object) == []
    partitive = article("The sergeant-at-arms was called to remove several of the protesters, including Jane Doe.")
    assert holder_unnamed("Which protesters were removed from the chamber?", partitive) == []
    group = article("Republicans called the bill a power grab.")
    assert holder_unnamed("Which Republican leader called the bill a power grab?", group) == []  # a group, not a body


def test_a_why_questions_event_only_in_a_trailing_relative_clause_is_background():
    royce = article("Rep. Ed Royce questioned the action because of concerns about security, citing the upheaval in "
                    "Zimbabwe, where the longtime president was placed under house arrest this week by the military.")
    q = "Why did Zimbabwe's military place the country's president under house arrest?"
    assert reason_unstated(q, royce) == ["why"]
    given = article("The president was placed under house arrest because the army feared a purge.")
    assert reason_unstated(q, given) == []
    reason_in_tail = article("Royce spoke of the upheaval, where the president was placed under arrest after a purge.")
    assert reason_unstated(q, reason_in_tail) == []
    assert reason_unstated("Why did Royce question the action?", royce) == []


def test_a_sum_the_question_states_must_stand_in_the_answer():
    collins = article("Representative Chris Collins was indicted on insider trading charges.")
    hunter = article("He spent campaign funds on a $600 airline ticket for a pet rabbit.")
    assert sum_unpaired("What was the $600 airline ticket in Chris Collins's indictment for?", collins) == ["$600"]
    assert sum_unpaired("What was the $600 airline ticket in Duncan Hunter's indictment for?", hunter) == []
    assert sum_unpaired("Did they pay back $60,000?", article("They repaid about $60,000.")) == []


def test_a_decider_must_be_named_where_the_answer_stands():
    report = article('But the report, by White House Counsel Robert Bauer, concluded that "allegations rest on errors."')
    assert decider_unnamed("What did the Office of Special Counsel conclude about the job offer?", report) == [
        "counsel offic special"]
    assert decider_unnamed("What did the White House counsel's report conclude about the job offer?", report) == []
    assert decider_unnamed("What did the White House say about the offer?", article("Nothing.")) == []  # not a decision


def test_a_who_question_needs_its_act_where_the_answer_stands_when_the_articles_name_it_elsewhere():
    bill = article("The bill includes proposals designating Election Day as a federal holiday.",
                   "The vote came on Friday after a long debate on the floor.",
                   "And an amendment sponsored by Representative Raul Ruiz would prohibit federal funds.")
    q = "Who sponsored the provision making Election Day a federal holiday?"
    assert act_unnamed(q, bill[:1]) == ["who"]
    assert act_unnamed("Who sponsored the amendment barring federal funds?", bill[2:]) == []
    assert act_unnamed("Who drafted the provision making Election Day a federal holiday?", bill[:1]) == []  # never named
    suit = article("The lawsuit was brought by attorneys general in Nebraska and Oklahoma.", "It was filed on Thursday.",
                   "Critics spoke.", "Two cities sued the state last year.")
    assert act_unnamed("Who sued Colorado over marijuana?", suit[:1]) == []  # a passive's agent names the doer
    assert ungiven(q, bill[:1]) == ["who"]
    assert ungiven("What did the bill include?", bill[:1]) == []


def test_a_contests_result_is_told_from_either_side():
    """"Who won …" is answered where the answer has the contest's result in any of its words ("went on to defeat
    Specter"); an answer about the race that never tells a result, in articles that tell another contest's, is not."""
    race = article("Rep. Joe Sestak declined the offer and went on to defeat Sen. Arlen Specter in the primary.",
                   "The offer was made in the summer.",
                   "His opponent in the general election, Pat Toomey, questioned the delay.")
    assert act_unnamed("Who lost the Democratic primary to Joe Sestak?", race[:1]) == []
    assert act_unnamed("Who won the Senate race between Sestak and Toomey?", race[2:]) == ["who"]


def test_a_why_question_about_one_listed_after_a_groups_act_has_no_reason_given():
    """The reason a sentence gives is its main clause's, told of a group; the one appended as an example ("beginning
    with …", "-- in this case …") gets none of its own."""
    listed = article("Members who wished to read were recognized from their seats, beginning with Representative "
                     "Steve Rothman, Democrat of New Jersey.")
    assert example_only("Why was Steve Rothman the first member recognized to read?", listed) == ["why"]
    case = article("As part of the process, Bauer also interviewed representatives for Sestak and Clinton -- in this "
                   "case Sestak's brother and Bruce Lindsey.")
    assert example_only("Why did Sestak's brother represent him in the investigation?", case) == ["why"]
    assert ungiven("Why did Sestak's brother represent him in the investigation?", case) == ["why"]


def test_a_why_question_whose_subject_acts_in_the_main_clause_or_is_listed_with_a_reason_is_left_alone():
    main = article("Representative Steve Rothman read first because he had asked the clerk early, officials said.")
    assert example_only("Why was Steve Rothman the first member to read?", main) == []
    reasoned = article("Several members spoke, including Steve Rothman, who read first because he asked early.")
    assert example_only("Why was Steve Rothman the first member to read?", reasoned) == []
    assert example_only("Why did the administration ban imports?", main) == []  # no named subject
    listed = article("Members who wished to read were recognized from their seats, beginning with Representative "
                     "Steve Rothman, Democrat of New Jersey.")
    assert example_only("Why was Steve Rothman the first member to read?", main + listed) == []  # one tells his act
