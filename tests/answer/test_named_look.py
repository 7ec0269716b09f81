"""A "Which <role> …?" question whose answering quotes tell the event but name nobody reads the answering articles
for the sentence that names the doer with the asked act; none found, the abstention stays."""

from __future__ import annotations

from dataclasses import replace

from app.answer.named_look import asked_acts, does, named_look
from app.answer.which_person import person_unnamed
from tests.answer.test_qualifiers import article

Q = "Which lawmaker opened the reading of the Constitution on the House floor?"
EVENT = "Members of the House began to read the United States Constitution aloud from the chamber's floor on Thursday."


def _reader(*sentences: str, score: float = 0.5):
    found = [replace(q, score=score) for q in article(*sentences)]
    return lambda doc_id, keep, cued=True: [q for q in found if keep(q.text)]


def test_the_asked_act_is_the_verb_or_the_act_its_gerund_object_names():
    assert asked_acts(Q) == (frozenset({"open", "read"}), False)
    indicted = "Which other Republican congressman was indicted the same month?"
    assert asked_acts(indicted) == (frozenset({"indict"}), True)
    assert asked_acts("Which white lawmaker said he also heard the racial epithets?")[0] == frozenset()  # saying
    assert asked_acts("Who read the preamble?")[0] == frozenset()  # no "which <role>"


def test_the_act_is_told_by_a_verb_in_the_asked_voice():
    acts = frozenset({"open", "read"})
    assert does(acts, False, "Representative John A. Boehner, the speaker of the House, read the preamble.")
    assert not does(acts, False, "said Representative Robert W. Goodlatte, who came up with the live reading.")
    assert not does(acts, False, "Jay Inslee asked what part of the Constitution would be read.")  # passive
    assert does(frozenset({"indict"}), True, "Representative Chris Collins was indicted on insider trading charges.")


def test_the_sentence_naming_the_doer_opens_the_answer():
    ranked = article(EVENT)
    assert person_unnamed(Q, ranked) == ["who"]
    reader = _reader("Just after 11 a.m., Representative John A. Boehner, the speaker of the House, read the preamble.",
                     "The sergeant-at-arms was called to remove a protester.")
    looked = named_look(Q, ranked, 0.12, reader)
    assert looked[0].text.startswith("Just after 11 a.m., Representative") and looked[0].score == ranked[0].score
    assert person_unnamed(Q, looked[:1]) == []
    assert looked[1:] == ranked


def test_no_sentence_naming_a_doer_of_the_act_leaves_the_ranking():
    ranked = article(EVENT)
    speaker = _reader("The reading serves several purposes, said Representative Robert W. Goodlatte.",
                      "Jay Inslee asked what part of the Constitution would be read.")
    assert named_look(Q, ranked, 0.12, speaker) == ranked
    unasked = "Which white lawmaker said he also heard the racial epithets?"
    epithet = article("A white lawmaker said he also heard the epithets.")
    assert named_look(unasked, epithet, 0.12, _reader("Rep. Emanuel Cleaver said he was spit on.")) == epithet


def test_a_quote_that_names_the_doer_needs_no_look():
    ranked = article("Representative John A. Boehner opened the reading of the Constitution.")
    assert named_look(Q, ranked, 0.12, _reader("Representative Nancy Pelosi read Article 1.")) == ranked
