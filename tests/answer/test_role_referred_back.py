"""A role holder introduced by the owner's kind ("Paul Roe, the organization’s president") is the holder of that role
of the owner the passage named just before ("Hunters United, a hunting organization that …"), and a question naming
the owner and role is then asked about the holder by name (pure: hand-made passages)."""

from __future__ import annotations

import json

from app.answer.retrieve import Hit
from app.answer.roles import resolve_role
from app.answer.scoring import passage_sentences
from app.answer.select import asked
from app.store.chroma import StoredChunk

OWNER = "Hunters United, a hunting organization that sued the agency in 2014, lashed out against the ban."
HOLDER = "“The fight is far from over,” Paul Roe, the organization’s president, said in a statement."
Q = "What did Hunters United's president say the group would do next?"


def passage(*texts: str, speaker: str = "Paul Roe") -> list:
    """One passage of `texts`, the last sentence quoting `speaker`."""
    text = " ".join(texts)
    last = text.rindex(texts[-1])
    meta = {"outlet": "N", "stance": "x", "chains": json.dumps([[last, len(text), [[speaker, "quotes"]]]])}
    chunk = StoredChunk(id="n1", doc_id="n", start=0, end=len(text), text=text, meta=meta)
    return passage_sentences(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1))


def test_a_role_of_the_owner_referred_back_to_by_its_kind_names_its_holder():
    ask = resolve_role(asked(Q), passage(OWNER, HOLDER))
    assert ask.speakers == {"paul", "roe"}


def test_the_holder_is_asked_about_by_name_not_by_the_owner_s_words():
    ask = resolve_role(asked(Q), passage(OWNER, HOLDER))
    assert {"paul", "roe"} <= ask.terms and not {"hunter", "unit", "presid"} & ask.terms


def test_another_body_of_that_kind_named_last_is_not_the_owner():
    other = "The Wildlife Alliance, a conservation organization, praised the ban."
    assert not resolve_role(asked(Q), passage(OWNER, other, HOLDER)).said


def test_a_kind_that_does_not_fit_the_owner_s_description_refers_to_no_one():
    company = HOLDER.replace("organization’s", "company’s")
    assert not resolve_role(asked(Q), passage(OWNER, company)).said


def test_the_owner_named_in_another_passage_is_not_referred_to():
    sentences = passage(OWNER, speaker="Nobody") + passage(HOLDER)
    assert not resolve_role(asked(Q), sentences).said


def test_only_the_kind_referred_back_to_names_the_owner():
    rival = HOLDER.replace("the organization’s", "a rival organization’s")
    assert not resolve_role(asked(Q), passage(OWNER, rival)).said
