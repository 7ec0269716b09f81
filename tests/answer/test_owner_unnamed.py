""""What did X say about Y's <thing>?" asks for X's words on another named person's affair: X's words that never name
that person (X speaking of X's own case) do not answer it."""

from __future__ import annotations

from app.answer.answered import answers_question
from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.speaks import owner_unnamed
from app.attribution.chains import Link
from app.store.chroma import StoredChunk

Q = "What did Chris Roe say about Jane Doe's indictment?"
OWN = "Mr. Roe, who is accused of insider trading, has said he expects to be “fully vindicated and exonerated.”"
NAMED = "“Jane Doe will answer the charges in court,” Mr. Roe said on Tuesday."


def quote(text: str, speaker: str = "Chris Roe") -> Quote:
    chunk = StoredChunk(id=text[:8], doc_id=text[:8], start=0, end=len(text), text=text, meta={"outlet": "Times"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (Link(speaker, "quotes"),), 1.0)


def test_the_speakers_words_on_their_own_case_do_not_answer_about_another_persons():
    assert owner_unnamed(asked(Q), Q, [quote(OWN)])
    assert not owner_unnamed(asked(Q), Q, [quote(OWN), quote(NAMED)])


def test_any_form_of_a_name_word_names_the_owner():
    question = "What did Jeb Bush say about Hillary Clinton's tax returns?"
    bush = "“I have paid a higher tax rate than the Clintons even though I earned less income,” Mr. Bush said."
    assert not owner_unnamed(asked(question), question, [quote(bush, "Jeb Bush")])


def test_a_title_before_the_owners_name_is_no_name_word():
    question = "What did Betty Roe say about Justice Kennedy's questions at the argument?"
    justice = "“Justice Alito asked hard questions,” Betty Roe said outside."  # another justice
    assert owner_unnamed(asked(question), question, [quote(justice, "Betty Roe")])


def test_a_question_about_no_ones_affair_or_a_silent_speaker_is_left_to_other_checks():
    plain = "What did Chris Roe say about the indictment?"
    assert not owner_unnamed(asked(plain), plain, [quote(OWN)])
    narration = "Representative Jane Doe was indicted on Tuesday in San Diego."
    assert not owner_unnamed(asked(Q), Q, [quote(narration, "")])  # Roe speaks nowhere: speaks.speaker_silent's


def test_an_answer_of_the_speakers_own_affairs_abstains():
    narration = quote("Representative Jane Doe was indicted on Tuesday in San Diego.", "")  # the affair, no words
    assert not answers_question(Q, [quote(OWN), narration], [None, None])
    assert answers_question(Q, [quote(NAMED), narration], [None, None])
