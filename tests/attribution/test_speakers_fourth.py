"""Right speaker, fourth round (issue 14 point 4): the classes found reading every chain of the 36 basil-dev
articles and the misses of evals/chains_basil_calib.yaml. The sentences are written for these tests in the style
of US political news; none is copied from a corpus. Rules only (nlp=None)."""

from test_speakers import chain_of, roles_of  # same fixture: rules only, the 'Evening Courant' registry

from app.attribution.phrases import body_name, is_personal


def test_a_name_inside_a_quotation_still_speaks_in_that_sentence():
    text = ("“The files are gone,” said Lena Marsh, the company's lawyer. “Then, Mr. Ortega says, the judge must "
            "rebuild them.”")
    assert chain_of(text, "“Then, Mr. Ortega") == ["Lena Marsh", "Ortega"]


def test_went_on_reports_speech_but_went_on_to_do_something_does_not():
    text = ("Carlos Ortega said the files were gone. Managers, he went on, “are told how to use that discretion.”\n\n"
            "Lena Marsh went on to win the case.")
    assert chain_of(text, "Managers, he went on") == ["Carlos Ortega"]
    assert chain_of(text, "Lena Marsh went on") == []


def test_went_on_with_nothing_said_after_it_is_no_speech():
    text = ("Carlos Ortega said the files were gone. The hearing paused for an hour, and then he went on. The talks "
            "stalled, the strike went on.\n\n“We will appeal,” he went on.")
    assert chain_of(text, "The hearing paused") == []  # not Ortega, whom 'he' would name
    assert chain_of(text, "The talks stalled") == []  # not 'the strike' relaying the sentence
    assert chain_of(text, "“We will appeal") == ["Carlos Ortega"]  # a quote's tail still says who spoke


def test_went_on_after_a_pronoun_or_a_name_closes_a_trailing_attribution_as_added_does():
    """'Prices will rise, he went on.' is said as '…, he added.' is; not after a subordinate clause ('As the
    vote neared, he went on': he carried on) nor after a thing ('…, the strike went on.')."""
    text = ("Carlos Ortega said the files were gone. Prices will rise, he went on. Rents will rise too, Ortega went "
            "on. As the vote neared, he went on. Taxes will rise, he added.")
    assert chain_of(text, "Prices will rise") == ["Carlos Ortega"]
    assert chain_of(text, "Rents will rise") == ["Carlos Ortega"]
    assert chain_of(text, "As the vote neared") == []
    assert chain_of(text, "Taxes will rise") == ["Carlos Ortega"]


def test_a_speech_verb_before_its_speaker_at_the_sentence_end_attributes_the_sentence():
    """'…, said Representative Ray Ostrow, Republican of Ohio.' (news style puts the verb first after a long
    clause); not a day ('…, said Tuesday') nor 'told', whose object heard it."""
    text = ("Carlos Ortega said the files were gone. The reading serves several purposes, said Representative Ray "
            "Ostrow, Republican of Ohio, who proposed it. Rents will rise, added Ortega on Monday. Taxes will rise, "
            "told Ostrow. Fees will rise, said Tuesday.")
    assert chain_of(text, "The reading serves") == ["Ray Ostrow"]
    assert chain_of(text, "Rents will rise") == ["Carlos Ortega"]
    assert chain_of(text, "Taxes will rise") == []
    assert chain_of(text, "Fees will rise") == []


def test_a_passive_speech_verb_is_said_by_its_agent_not_its_subject():
    text = ("Senator Ray Ostrow spoke to donors on Monday. News of the meeting was first reported by Dana Kroll, "
            "a columnist. He was told that the seat was safe.")
    assert chain_of(text, "News of the meeting") == ["Dana Kroll"]  # not Ostrow, whom the subject names
    assert chain_of(text, "He was told") == []  # he heard it; who told him is not said


def test_a_passive_agent_is_read_past_a_courtesy_title_or_an_initial():
    text = ("Senator Ray Ostrow spoke to donors on Monday. News of the meeting was reported by Dr. Dana L. Kroll, "
            "a columnist.")
    assert chain_of(text, "News of the meeting") == ["Dana L. Kroll"]  # not "Dr", cut at its full stop


def test_a_body_whose_name_holds_and_speaks_as_one():
    text = "The U.S. Land and Water Service said in a notice that the permits would resume."
    assert body_name("The U.S. Fish and Wildlife Service") == "U.S. Fish and Wildlife Service"
    assert roles_of(text, "The U.S. Land") == [("U.S. Land and Water Service", "quotes")]
    assert body_name("Nebraska and Oklahoma") is None  # two states
    assert body_name("the FBI and National Security Agency") is None  # an acronym is a name of its own
    assert body_name("the House and Senate") is None  # two bodies
    assert body_name("Ann Hale and the White House") is None  # a person and a body


def test_a_hyphenated_publication_name_is_no_person():
    assert not is_personal(["San", "Diego", "Union-Tribune"]) and is_personal(["Ammar", "Campa-Najjar"])
    text = "The congressman repaid $60,000 to his campaign, according to the Harbor Union-Tribune."
    assert roles_of(text, "The congressman") == [("Harbor Union-Tribune", "relays")]


def test_saying_nothing_or_declining_to_say_is_no_speech():
    """'He left, said nothing, and returned.' was credited to the last person named; 'said nothing had changed' is
    still speech ("nothing" opens what was said), as is a later 'said' in the same sentence."""
    text = ("Carlos Ortega said the files were gone. He left, said nothing, and returned. She said little about the "
            "plan. Asked about the fees, he declined to say whether they would rise. He would not say. He said nothing "
            "had changed. He declined to say more, but said the plan was dead.")
    for opening in ("He left", "She said little", "Asked about the fees", "He would not"):
        assert chain_of(text, opening) == [], opening
    assert chain_of(text, "He said nothing had") == ["Carlos Ortega"]
    assert chain_of(text, "He declined to say more") == ["Carlos Ortega"]


def test_went_on_after_a_persons_role_noun_is_said_by_the_person_that_role_names():
    """'…, the minister went on.' closes a trailing attribution as '…, the minister said.' does: the role is no name,
    it stands for the person the article gave it to; a thing that went on ('…, the strike went on.') says nothing."""
    text = ("Foreign Minister Carlos Ortega spoke in Lisbon on Monday. The group has no support, the minister said. "
            "It is a cult, the minister went on. The talks stalled, the strike went on. As prices rose, the minister "
            "went on.")
    assert chain_of(text, "The group has") == ["Carlos Ortega"]
    assert chain_of(text, "It is a cult") == ["Carlos Ortega"]
    assert chain_of(text, "The talks stalled") == []
    assert chain_of(text, "As prices rose") == []


def test_a_role_given_in_a_possessive_apposition_names_its_holder_not_the_last_person_named():
    text = ("Carlos Ortega, Portugal's foreign minister, met Lena Marsh on Monday. Marsh spoke first. "
            "The talks were useful, the minister said. They will go on, the minister went on.")
    assert chain_of(text, "The talks were") == ["Carlos Ortega"]  # not Marsh, the last person named
    assert chain_of(text, "They will go on") == ["Carlos Ortega"]
    no_holder = "The minister of foreign affairs arrived late. It is a cult, the minister went on."
    assert chain_of(no_holder, "It is a cult") == []  # a role no name was given: no one
