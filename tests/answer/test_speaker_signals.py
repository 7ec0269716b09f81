"""Who the question asks about: a role of a named person ("Duncan Hunter's spokesman") is the
person the passages name in it, and a source whose words the first passages lack is looked for
in the other stance groups' passages (pure: hand-made passages and vectors)."""

from __future__ import annotations

import json

import numpy as np

from app.answer.compose import answer_from
from app.answer.retrieve import Hit
from app.answer.roles import resolve_role
from app.answer.scoring import passage_sentences
from app.answer.select import asked
from app.registry import Registry, StanceGroup
from app.store.chroma import StoredChunk

Q = "What did Jane Doe's spokesman say about the charges?"
NARRATION = "Representative Jane Doe was charged on Tuesday with misusing campaign funds for travel."
ROLE = "A spokesman for Ms. Doe, Sam Roe, said on Tuesday that the charges were politically motivated."


def hit(text: str, outlet: str, stance: str, speaker: str | None = None) -> Hit:
    meta = {"outlet": outlet, "stance": stance}
    if speaker:
        meta["chains"] = json.dumps([[0, len(text), [[speaker, "quotes"]]]])
    chunk = StoredChunk(id=f"{outlet}-{text[:6]}", doc_id=outlet, start=0, end=len(text), text=text, meta=meta)
    return Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1)


def test_a_role_question_asks_about_the_person_the_passages_name_in_that_role():
    ask = asked(Q)
    assert ask.role == {"spokesman"} and ask.owner == {"jane", "doe"} and not ask.said
    sentences = passage_sentences(hit(ROLE, "B", "y", "Sam Roe")) + passage_sentences(hit(NARRATION, "A", "x"))
    assert resolve_role(ask, sentences).speakers == {"sam", "roe"}
    # a quoted sentence that names a spokesman of someone else is not the one asked about
    other = passage_sentences(hit("A spokesman for the mayor, Al Poe, said the charges were serious.", "C", "y", "Al Poe"))
    assert not resolve_role(ask, other).said


def test_the_role_holder_is_named_beside_the_owner_in_any_spelling_of_its_name():
    ask = asked("What did Walmart's lawyer say to the justices?")
    boutrous = passage_sentences(hit("Theodore J. Boutrous Jr., a lawyer for Wal-Mart, said the women differed.", "N",
                                     "y", "Theodore J. Boutrous Jr."))
    assert resolve_role(ask, boutrous).speakers >= {"theodore", "boutrous"}  # "Wal-Mart" names "Walmart"
    ginsburg = passage_sentences(hit("Ginsburg, who made her name as a lawyer by bringing discrimination claims, said "
                                     "it was possible that Wal-Mart could refute the claims.", "H", "y", "Ginsburg"))
    assert not resolve_role(ask, ginsburg).speakers  # a lawyer, and Wal-Mart, far apart: not Wal-Mart's lawyer
    owner = passage_sentences(hit("Hunter's spokesman, Sam Roe, said the charges were political.", "F", "y", "Sam Roe"))
    assert resolve_role(asked("What did Duncan Hunter's spokesman say?"), owner).speakers == {"sam", "roe"}


def test_a_role_followed_by_its_holder_s_name_asks_about_that_person():
    ask = asked("What did Wal-Mart's lawyer Theodore Boutrous tell the court about pay?")
    assert ask.speakers == {"theodore", "boutrous"} and not ask.role


def embed(texts):
    def vec(t: str) -> list[float]:  # the narration is the closest to the question, the spokesman's words farther
        return [1.0, 0.1] if t == NARRATION else [1.0, 0.6] if t == ROLE else [1.0, 0.0]
    rows = np.array([vec(t) for t in texts], dtype=np.float32)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def test_the_spokesman_s_words_from_the_other_stance_groups_open_the_answer():
    registry = Registry(stance_groups=[StanceGroup(id="x", label="X"), StanceGroup(id="y", label="Y")])
    first, other = [hit(NARRATION, "A", "x")], [hit(ROLE, "B", "y", "Sam Roe")]
    qvec = embed([Q])[0]
    answer = answer_from(Q, first, qvec, embed, None, registry, other_side=lambda stance: other)
    assert answer.citations[0].quote == ROLE and answer.citations[0].chain == ["Sam Roe"]
    alone = answer_from(Q, first, qvec, embed, None, registry, other_side=lambda stance: [])
    assert alone.citations[0].quote == NARRATION


def test_the_speaker_check_and_the_second_look_share_one_retrieval_of_the_other_side():
    registry = Registry(stance_groups=[StanceGroup(id="x", label="X"), StanceGroup(id="y", label="Y")])
    calls: list[str | None] = []

    def other_side(stance):
        calls.append(stance)
        return [hit("The weather in the capital was mild for the season, forecasters in the city said.", "C", "y")]

    answer = answer_from(Q, [hit(NARRATION, "A", "x")], embed([Q])[0], embed, None, registry, other_side=other_side)
    assert answer.citations[0].quote == NARRATION and calls == ["x"]


def test_a_possessive_before_the_speaker_s_name_names_the_speaker_not_a_role():
    """"Duncan Hunter's spokesman" is a role to resolve; in "Trump's lawyer Rudy Giuliani" the name
    follows the role, so the question asks about Giuliani (the possessive word is no name of his)."""
    named = asked("What did Trump's lawyer Rudy Giuliani say about the raid?")
    assert named.speakers == {"rudy", "giuliani"} and not named.role
    role = asked(Q)
    assert role.role == {"spokesman"} and not role.speakers


def test_the_other_side_s_passages_are_ranked_once_when_the_speaker_is_found_there():
    registry = Registry(stance_groups=[StanceGroup(id="x", label="X"), StanceGroup(id="y", label="Y")])
    seen: list[list[str]] = []

    def counting(texts):
        seen.append(list(texts))
        return embed(texts)

    answer_from(Q, [hit(NARRATION, "A", "x")], embed([Q])[0], counting, None, registry,
                other_side=lambda stance: [hit(ROLE, "B", "y", "Sam Roe")])
    sentence_rankings = [t for t in seen if NARRATION in t and ROLE in t or t == [ROLE]]
    assert len(sentence_rankings) == 2  # the first passages alone, then with the other side's: not the other side again
