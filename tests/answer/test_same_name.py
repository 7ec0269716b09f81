"""A question's person is not answered by a namesake's quotes when the quote's own article tells the two apart (names
the question's person in full beside the chain's other first name); one person written by two forms of a first name
("Ben" / "Benjamin Todd Jealous") is still the person asked about."""

from __future__ import annotations

import numpy as np

from app.answer.asked import asked
from app.answer.quote import Quote
from app.answer.retrieve import Hit
from app.answer.signals import speaker_match
from app.answer.speaks import speaking
from app.attribution.links import Link
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import split_sentences

COUPLE = ("Rep. Duncan Hunter and his wife, Margaret Hunter, were indicted Tuesday. "
          "“I don’t think there’s a big wave right now,” Hunter said.")
WIFE_BY_FIRST_NAME = "Rep. Duncan Hunter and his wife, Margaret, were indicted. “We’re looking good,” Hunter said."


def hit(text: str, stored: bool = True) -> Hit:
    chunk = StoredChunk(id="c", doc_id="d", start=0, end=len(text), text=text, meta={"outlet": "HuffPost"})
    spans = split_sentences(text)
    sentences = Sentences.of(spans, np.eye(len(spans), 4, dtype=np.float32), text) if stored else None
    return Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, sentences)


def said(question: str, name: str, text: str, stored: bool = True) -> bool:
    return speaker_match((Link(name, "quotes"),), asked(question).speakers, hit(text, stored))


def test_a_namesake_the_article_tells_apart_does_not_speak_for_the_person_asked_about():
    assert not said("What did Margaret Hunter say?", "Duncan Hunter", COUPLE)
    assert not said("What did Margaret Hunter say?", "Duncan Hunter", COUPLE, stored=False)  # the passage's words
    assert said("What did Duncan Hunter say?", "Duncan Hunter", COUPLE)
    # without the article, a shared name word is still enough (the callers that have no passage)
    assert speaker_match((Link("Duncan Hunter", "quotes"),), asked("What did Margaret Hunter say?").speakers)


def test_another_form_of_the_first_name_is_the_same_person():
    article = "NAACP President Ben Jealous spoke. Benjamin Todd Jealous, its president, said the vote was unanimous."
    assert said("What did Ben Jealous say about the vote?", "Benjamin Todd Jealous", article)
    assert said("What did Benjamin Jealous say?", "Ben Jealous", article)
    assert said("What did Bob Goodlatte say?", "Robert W. Goodlatte", "Robert W. Goodlatte and Bob Goodlatte spoke.")


def test_two_first_names_that_are_no_form_of_each_other_are_two_people_an_initial_only_where_the_article_says():
    assert not said("What did Margaret Hunter say?", "Duncan Hunter", WIFE_BY_FIRST_NAME)  # "his wife, Margaret,"
    assert said("What did Bernie Sanders say?", "Bernard Sanders", "Bernard Sanders spoke.")  # a nickname
    assert said("What did Margaret Hunter say?", "D. Hunter", WIFE_BY_FIRST_NAME)  # an initial: the article decides
    assert not said("What did Margaret Hunter say?", "D. Hunter", COUPLE)
    assert said("What did Margaret Hunter say?", "Hunter", COUPLE)  # a surname alone: no first name differs
    assert said("What did Hunter say?", "Duncan Hunter", COUPLE)  # the question gives no first name


def test_the_full_name_is_read_within_one_sentence_of_the_stored_terms():
    import re
    s = hit("Duncan met Margaret. Hunter spoke. Margaret J. Hunter left.").sentences
    assert s.holds_run(re.compile(rb"margaret (?:\S+ )?hunter"))  # a middle initial
    assert not hit("Duncan met Margaret. Hunter spoke.").sentences.holds_run(re.compile(rb"margaret (?:\S+ )?hunter"))
    # "… Margaret Ann. Smith Hunter …": a middle term across two sentences ("annsmith" in the stored bytes)
    assert not hit("They met Margaret Ann. Smith Hunter spoke.").sentences.holds_run(re.compile(rb"margaret (?:\S+ )?hunter"))
    assert not hit("Ann Annmargaret Hunters spoke.").sentences.holds_run(re.compile(rb"margaret hunt"))  # whole terms
    assert Sentences.of(split_sentences("Ann spoke."), np.eye(1, 4)).holds_run(re.compile(rb"ann")) is None  # none stored


def test_a_bare_surname_saying_in_a_namesakes_quote_is_not_the_person_asked_about():
    text = COUPLE.split(". ", 1)[1]
    h = hit(COUPLE)
    q = Quote(h, COUPLE.index(text), len(COUPLE), text, 0, (Link("Duncan Hunter", "quotes"),), 1.0)
    assert not speaking(asked("What did Margaret Hunter say?").speakers, [q])
    assert speaking(asked("What did Duncan Hunter say?").speakers, [q])


def test_one_first_name_with_two_surnames_is_two_people():
    article = "Hassan Shahbaz, a defected member, said the orders came daily. Hassan Heyrani told The Listening Post."
    assert not said("What did Hassan Heyrani say?", "Hassan Shahbaz", article)
    assert said("What did Hassan Heyrani say?", "Hassan Heyrani", article)
    assert said("What did Hassan say?", "Hassan Shahbaz", article)  # the question gives no surname
    assert not said("What did Joe Sestak say?", "Joe Biden", "Joe Biden and Joe Sestak spoke.")
    assert said("What did Hillary Clinton say?", "Hillary Rodham Clinton", "Hillary Rodham Clinton spoke.")


def test_each_of_people_speaking_together_speaks_and_a_body_with_and_is_one_name():
    from app.attribution.phrases import people_of

    article = "Senators Ann Marsh and Paul Lind wrote to the agency. “The rules must be public,” they said."
    assert said("What did Paul Lind say about the rules?", "Ann Marsh and Paul Lind", article)
    assert said("What did Ann Marsh say about the rules?", "Ann Marsh and Paul Lind", article)
    assert not said("What did Carl Dunn say about the rules?", "Ann Marsh and Paul Lind", article)
    assert people_of("John Lewis, Andre Carson and Emanuel Cleaver") == ["John Lewis", "Andre Carson",
                                                                         "Emanuel Cleaver"]
    assert people_of("U.S. Fish and Wildlife Service") == ["U.S. Fish and Wildlife Service"]
    # a serial comma splits as in the speaker phrase the joint link was made from (`phrases.listed`, both)
    assert people_of("John Loft, Andy Carr, and Emma Cole") == ["John Loft", "Andy Carr", "Emma Cole"]


def test_a_question_naming_both_people_of_a_joint_statement_asks_for_their_words():
    # "What did Mr. Udall and Mr. Wyden say …": "wyden" is the other speaker's surname, not a first name of Udall's
    # that would tell "Mark Udall" apart from the person asked about (the question then said "not covered")
    article = "Mr. Udall and Mr. Wyden released a joint statement repeating that they had “long been concerned.”"
    assert said("What did Mr. Udall and Mr. Wyden say in their statement?", "Mark Udall and Ron Wyden", article)
    assert said("What did Mark Udall and Ron Wyden say?", "Mark Udall and Ron Wyden", article)
    assert not said("What did Margaret Hunter and Mr. Wyden say?", "Duncan Hunter", COUPLE)  # still two Hunters
