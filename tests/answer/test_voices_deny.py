"""Two named speakers in one outlet's account of "Is X P?", one negating P the other asserts, disagree on it; a
negation of another word, or of P before it ("the lawsuit was without merit"), is none."""

from __future__ import annotations

from app.answer.select import asked
from app.answer.sides import pick
from app.answer.voices import complement, predicate_denied
from app.attribution.contradict import negates_ahead
from tests.answer.test_sides import quote, vectors

Q = "Is the new stadium a boondoggle?"
CALLED = quote("Smith derided the new stadium as a boondoggle built for the owners.", "Daily", "x", 1.0, "Ann Smith")
DENIED = quote("“I don't think the stadium is a boondoggle,” said council member Bob Jones.", "Daily", "x", 0.95,
               "Bob Jones")


def test_one_voice_negating_the_complement_another_asserts_in_one_outlet_is_a_denial():
    got = pick(asked(Q), Q, [CALLED, DENIED], vectors((1, 0.3), (1, 0.4)))
    assert got.contested and got.about == "denial" and got.quotes == [CALLED, DENIED]


def test_one_speaker_unnamed_speakers_or_a_negation_behind_the_word_is_no_denial():
    v = vectors((1, 0.3), (1, 0.4))
    same = quote("“I don't think the stadium is a boondoggle,” Smith added.", "Daily", "x", 0.95, "Ann Smith")
    assert not pick(asked(Q), Q, [CALLED, same], v).contested  # one speaker
    unnamed = quote("“I don't think the stadium is a boondoggle,” one resident said.", "Daily", "x", 0.95)
    assert not pick(asked(Q), Q, [CALLED, unnamed], v).contested  # the outlet's own account
    behind = quote("The boondoggle charge was without merit, said council member Bob Jones.", "Daily", "x", 0.95,
                   "Bob Jones")
    assert not pick(asked(Q), Q, [CALLED, behind], v).contested  # the negation follows the word: its merit denied


def test_the_complement_is_the_last_word_of_a_copular_yes_no_question():
    assert complement("Is the House reading of the Constitution propaganda?") == "propaganda"
    assert complement("Did the stadium cost too much?") is None


def test_a_negation_scopes_forward_within_its_clause():
    assert negates_ahead("I don't think the Constitution is propaganda.", "propaganda")
    assert not negates_ahead("The lawsuit was without merit.", "lawsuit")
    assert not negates_ahead("He did not come, and it was propaganda.", "propaganda")  # another clause


def test_a_yes_no_question_with_another_verb_asks_the_last_word_both_quotes_hold():
    q = "Do the ferries carry dangerous cargo?"
    claim = quote('Board member Ray Tull said the ferries carry "dangerous cargo that no inspector has checked."',
                  "Daily", "x", 1.0, "Ray Tull")
    denial = quote("The port's safety officer, Ida Venn, said none of the 11 ferries carries dangerous cargo.",
                   "Daily", "x", 0.95, "Ida Venn")
    got = pick(asked(q), q, [claim, denial], vectors((1, 0.3), (1, 0.4)))
    assert got.contested and got.about == "denial"
    agreeing = quote("The port's safety officer, Ida Venn, said the ferries carry dangerous cargo twice a week.",
                     "Daily", "x", 0.95, "Ida Venn")
    assert not pick(asked(q), q, [claim, agreeing], vectors((1, 0.3), (1, 0.4))).contested


def test_a_negation_of_one_word_of_another_verb_s_predicate_is_no_denial():
    q = "Did the mayor misuse relief funds?"
    claim = quote("Auditor Lena Ross said the mayor spent relief funds on his own car.", "Daily", "x", 1.0, "Lena Ross")
    other = quote("Treasurer Al Kim said the town did not have enough funds in March.", "Daily", "x", 0.95, "Al Kim")
    assert not predicate_denied(q, other.text, claim.text)
    assert not pick(asked(q), q, [claim, other], vectors((1, 0.3), (1, 0.4))).contested


def test_two_voices_on_either_side_of_keeping_the_norm_asked_deny_each_other():
    q = "Did the ferry line break the harbour safety rules?"
    broke = quote("Harbour master Ada Kern said the ferry line had broken the safety rules.", "Daily", "x", 1.0,
                  "Ada Kern")
    kept = quote("The line's owner, Per Holm, said it had complied with the rules.", "Daily", "x", 0.95, "Per Holm")
    got = pick(asked(q), q, [broke, kept], vectors((1, 0.3), (1, 0.4)))
    assert got.contested and got.about == "denial"
    also = quote("The line's owner, Per Holm, said it had flouted the rules once.", "Daily", "x", 0.95, "Per Holm")
    assert not pick(asked(q), q, [broke, also], vectors((1, 0.3), (1, 0.4))).contested
