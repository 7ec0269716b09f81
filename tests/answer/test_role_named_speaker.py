"""A question naming its speaker by role — "the Harvard economist", "the Acme spokesperson", "Jane Doe's doctor" — asks
about the person the passage names in that role: the role as a title before the name ("Yale historian Ann Vole"), an
apposition ("Ann Vole, a Yale historian,"), a role owned by a possessive pronoun ("her doctor said") or named by a
title abbreviation ("Dr. Ann Vole") in a passage naming the owner (pure: hand-made passages)."""

from __future__ import annotations

import json
from functools import partial

from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.roles import resolve_role, role_asked, role_in_articles
from app.answer.scoring import passage_sentences
from app.store.chroma import StoredChunk
from tests.answer.test_role_referred_back import passage as passage_of


passage = partial(passage_of, speaker="Ann Vole")  # one passage of texts, the last sentence quoting Ann Vole


TITLED = "Yale historian Ann Vole, a critic of the plan, said that the senate must vote first."


def test_a_role_after_its_owner_as_a_modifier_is_asked_about_as_a_role():
    ask = asked("What did the Yale historian say the senate must do?")
    assert ask.role == {"historian"} and ask.owner == {"yale"}


def test_until_the_passages_name_the_holder_the_owner_stands_in_as_the_speaker():
    assert asked("What did the Acme spokesperson say about the recall?").speakers == {"acme"}


def test_a_role_written_as_a_title_before_the_name_resolves_to_that_person():
    ask = resolve_role(asked("What did the Yale historian say the senate must do?"), passage(TITLED))
    assert ask.speakers == {"ann", "vole"}


def test_a_role_in_an_apposition_resolves_to_that_person():
    text = "Ann Vole, a Yale historian, said that the senate must vote first."
    assert resolve_role(asked("What did the Yale historian say the senate must do?"), passage(text)).speakers \
        == {"ann", "vole"}


def test_the_same_role_of_another_owner_does_not_resolve():
    ask = resolve_role(asked("What did the Harvard historian say the senate must do?"), passage(TITLED))
    assert ask.speakers == {"harvard"}


def test_an_indefinite_description_stays_a_described_source():
    ask = asked("What did a Yale historian say the senate must do?")
    assert not ask.role


def test_a_role_owned_by_a_possessive_pronoun_is_the_role_of_the_owner_the_passage_names():
    before = "Jane Doe released her medical records on Friday."
    said = "She swims every day, her doctor said."
    assert resolve_role(asked("What did Jane Doe's doctor say about her exercise?"), passage(before, said)).speakers \
        == {"ann", "vole"}


def test_a_possessive_pronoun_in_a_passage_not_naming_the_owner_resolves_nothing():
    before = "John Roe released his medical records on Friday."
    said = "He swims every day, his doctor said."
    assert not resolve_role(asked("What did Jane Doe's doctor say about her exercise?"), passage(before, said)).said


def test_a_title_abbreviation_names_the_speaker_s_role():
    before = "Jane Doe released her medical records on Friday."
    said = "The statement, from Dr. Ann Vole, said she is in good health."
    assert resolve_role(asked("What did Jane Doe's doctor say about her health?"), passage(before, said)).speakers \
        == {"ann", "vole"}


def hits_of(text: str, doc: str, speaker: str) -> list[Hit]:
    meta = {"outlet": "N", "stance": "x", "chains": json.dumps([[0, len(text), [[speaker, "quotes"]]]])}
    return [Hit(StoredChunk(id=doc + text[:4], doc_id=doc, start=0, end=len(text), text=text, meta=meta),
                0.5, 0.0, 0.5, 0.1, 0.1)]


def test_a_holder_named_only_elsewhere_in_the_answering_article_is_found_there():
    answering = hits_of("“She is fit to serve,” Vole added.", "d1", "Ann Vole")
    elsewhere = {"d1": hits_of("Jane Doe released a statement from her doctor, Dr. Ann Vole, on Friday.", "d1",
                               "Ann Vole")}
    parsed = asked("What did Jane Doe's doctor say about her health?")
    first = resolve_role(parsed, [s for h in answering for s in passage_sentences(h)])
    assert not first.said
    assert role_in_articles(parsed, first, answering, lambda d, keep: elsewhere.get(d, [])).speakers == {"ann", "vole"}


def test_no_article_naming_the_holder_keeps_the_question_as_it_was():
    answering = hits_of("“She is fit to serve,” Vole added.", "d1", "Ann Vole")
    parsed = asked("What did Jane Doe's doctor say about her health?")
    assert not role_in_articles(parsed, parsed, answering, lambda d, keep: []).said


def test_a_plural_after_a_name_is_a_group_not_a_role():
    assert not asked("What did the Internet companies say about the requests?").role


def test_in_the_articles_read_whole_a_role_near_its_owner_but_bound_to_another_person_names_no_one():
    answering = hits_of("The class covers every store in the state.", "d1", "Nobody")
    told = {"d1": hits_of("Justice Ann Vole told Paul Lind, the union's lawyer, that the class was too large.", "d1",
                          "Ann Vole")}
    parsed = asked("What did the union's lawyer say about the class?")
    assert not role_in_articles(parsed, parsed, answering, lambda d, keep: told.get(d, [])).said


def test_role_asked_reads_the_answering_articles_when_given_a_reader():
    answering = hits_of("“She is fit to serve,” Vole added.", "d1", "Ann Vole")
    elsewhere = {"d1": hits_of("Jane Doe released a statement from her doctor, Dr. Ann Vole, on Friday.", "d1",
                               "Ann Vole")}
    parsed = asked("What did Jane Doe's doctor say about her health?")
    assert not role_asked(parsed, answering).said
    assert role_asked(parsed, answering, lambda d, keep: elsewhere.get(d, [])).speakers == {"ann", "vole"}
