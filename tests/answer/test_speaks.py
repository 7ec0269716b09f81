"""A "What did X say …?" or "How did X respond …?" question whose X is only mentioned in the candidate quotes (never a
speaker) is not answered: the sources do not say what X said."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.speaks import asks_speaker, speaker_silent, speaks_in
from app.attribution.chains import Link
from app.store.chroma import StoredChunk


def quote(text: str, doc: str = "a", outlet: str = "Times", links: tuple[Link, ...] = ()) -> Quote:
    chunk = StoredChunk(id=doc, doc_id=doc, start=0, end=len(text), text=text, meta={"outlet": outlet})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, links, 1.0)


VERIZON = "What did Verizon say about the court order?"


def test_a_source_only_mentioned_as_an_object_does_not_speak():
    mentioned = [quote("The agency obtained a court order to collect phone records from Verizon Wireless customers."),
                 quote("“The program is lawful,” the officials said, citing the Verizon order.", "b")]
    assert speaker_silent(asked(VERIZON), VERIZON, mentioned)


def test_a_source_speaks_by_its_chain_its_verb_or_its_representative():
    q = asked(VERIZON)
    chained = quote("“We comply with the law,” the company said.", links=(Link("Verizon", "quotes"),))
    assert not speaker_silent(q, VERIZON, [chained])
    for text in ("Verizon said it complies with every court order.",
                 "Verizon, the largest carrier, told reporters it complies.",
                 "Verizon's spokesman, Ed McFadden, said the company complies with the law.",
                 "A spokesperson for Verizon says the company cares deeply about privacy.",
                 "“We comply with the law,” said Verizon Wireless.",
                 "According to Verizon, the order covers all calls.",
                 "In a statement, Verizon announced that it would comply."):
        assert not speaker_silent(q, VERIZON, [quote(text)]), text


def test_a_name_inside_someone_elses_words_or_after_a_verb_does_not_speak():
    speakers = frozenset({"christie"})
    assert not speaks_in("“Christie was excellent yesterday,” Mr. Trump said.", speakers, chained=True)
    assert not speaks_in("Mr. Trump praised Christie on Tuesday.", speakers)
    assert not speaks_in("The State Department released thousands of emails.", frozenset({"state", "department"}))
    assert speaks_in("The State Department released a statement on the emails.", frozenset({"state", "department"}))


def test_a_pronoun_no_chain_resolved_speaks_for_the_name_opening_the_sentence_before():
    text = ("But Senator Richard J. Durbin of Illinois draws a distinction. Very few lawmakers avail themselves of "
            "such briefings, he suggested.")
    assert speaks_in(text, frozenset({"durbin"}), chained=False)
    assert not speaks_in(text, frozenset({"durbin"}), chained=True)  # the chain named someone else
    object_first = "The order asks a Verizon subsidiary for call logs. “It should be declassified,” they said."
    assert not speaks_in(object_first, frozenset({"verizon"}), chained=False)  # Verizon is no subject there


def test_how_did_x_respond_asks_for_xs_words_and_a_misread_said_verb_asks_nothing():
    question = "How did Skype respond to reports that its calls are monitored?"
    assert asks_speaker(asked(question), question) == frozenset({"skype"})
    listed = [quote("The companies are Microsoft, Yahoo, Google, Skype and Apple, the Post reports.")]
    assert speaker_silent(asked(question), question, listed)
    taxes = "What did the Clintons pay in state and local taxes?"  # "state" is no verb of saying here
    assert asks_speaker(asked(taxes), taxes) == frozenset()
    assert not speaker_silent(asked(taxes), taxes, listed)


def test_the_outlet_asked_about_speaks_in_its_own_articles():
    question = "What did the Times report about the order?"
    assert not speaker_silent(asked(question), question, [quote("The order covers all calls.")])


def test_the_answer_check_abstains_when_x_never_speaks():
    from app.answer.answered import answers_question
    mentioned = [quote("The agency obtained a court order to collect phone records from Verizon Wireless customers.")]
    spoken = [quote("Verizon said it complies with every court order to collect phone records.")]
    assert not answers_question(VERIZON, mentioned, [None])
    assert answers_question(VERIZON, spoken, [None])


def test_every_verb_a_chain_reads_as_speech_is_a_verb_of_saying_here_too():
    durbin = frozenset({"durbin"})
    for verb in ("stressed", "cautioned", "maintained", "recalled", "quipped", "contended", "highlighted", "asserted"):
        assert speaks_in(f"Senator Durbin {verb} that such briefings were rare.", durbin, False), verb
    assert speaks_in("Durbin branded the program “a dragnet.”", durbin, False)
    assert not speaks_in("The agency briefed Durbin on the program.", durbin, False)


def test_a_text_or_a_role_named_after_x_asks_for_no_speaker():
    """"What does the NAACP resolution call on people to do?" asks for the resolution's wording, which is quoted
    without a verb of saying: the NAACP need not speak in the quotes."""
    for question in ("What does the final version of the NAACP resolution call on people to do?",
                     "What did the White House statement say about the bill?"):
        assert asks_speaker(asked(question), question) == frozenset(), question
    assert asks_speaker(asked(VERIZON), VERIZON) == frozenset({"verizon"})


def test_a_body_named_by_its_owner_speaks_as_that_body_not_as_its_owner():
    """"How did the Obama campaign respond …" is answered where the campaign speaks ("the Obama campaign said", "a
    spokesman for the Obama campaign"), not where Obama is only its owner's name in others' words."""
    q = "How did the Obama campaign respond to the ad featuring Netanyahu?"
    about = [quote("The ad features Netanyahu, whom Republicans have used to knock President Barack Obama's record."),
             quote("“President Obama has said that he is determined to stop Iran,” Netanyahu said.", "b")]
    assert speaker_silent(asked(q), q, about)
    for text in ("The Obama campaign said the ad distorted the president's record.",
                 "A spokesman for the Obama campaign dismissed the ad.",
                 "Obama's campaign responded with an ad of its own."):
        assert not speaker_silent(asked(q), q, [quote(text)]), text
    plain = "How did President Obama respond to the ad?"  # a person: as before
    assert not speaker_silent(asked(plain), plain, about[1:])


SAFARI = "What did Safari Club International say about the decision on elephant trophies?"


def test_a_body_speaks_by_a_statement_it_sends_out_or_a_release_from_it():
    q = asked(SAFARI)
    for text in ("A day after the suspension, the Safari Club sent out a “call to arms,” encouraging hunters to call.",
                 "The decision was made public via a celebratory news release early Tuesday from Safari Club "
                 "International, a trophy hunting advocacy group.",
                 "Safari Club International issued a press release praising the decision."):
        assert not speaker_silent(q, SAFARI, [quote(text)]), text
    assert speaker_silent(q, SAFARI, [quote("Safari Club International sent out its members to Zimbabwe.")])


def test_a_long_appositive_between_a_body_and_its_verb_of_saying_keeps_it_the_speaker():
    text = ("Safari Club International, a trophy-hunting organization that sued the Obama administration in 2014 in an "
            "effort to challenge the ban and was the first to report the policy change on Tuesday, lashed out against "
            "the news media.")
    assert not speaker_silent(asked(SAFARI), SAFARI, [quote(text)])


def test_the_subject_of_a_relative_clause_of_saying_speaks():
    speakers = frozenset({"democrats"})
    assert speaks_in("The remark was quickly seized upon by Democrats who argued it was cruel.", speakers)
    assert speaks_in("It drew fire from Democrats, who said it was cruel.", speakers)
    assert not speaks_in("The remark was made to Democrats who were in the room.", speakers)
