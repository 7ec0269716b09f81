"""A "Who <did the act>?" question answered by a sentence that reports the act with no doer (a participle before a
noun, a passive with no agent, the act's noun with no owner) is not answered: who did it is not given there."""

from __future__ import annotations

from app.answer.doerless import act_doerless
from app.answer.gaps import act_unnamed
from app.answer.presumed import forms
from tests.answer.test_qualifiers import article

LEAK = forms("leak")


def _held(text: str, verb: str = "leaked", wanted: frozenset[str] = LEAK) -> bool:
    return act_doerless(verb, wanted, article(text))


Q = "Who leaked the NSA surveillance documents?"


def test_the_act_with_no_doer_names_nobody():
    assert _held("The administration explained the effort after leaked documents revealed it.")
    assert _held("He expressed his displeasure that the programs' existence was leaked to the press.")
    assert _held("Clapper issued a statement decrying the leak of the materials.")
    assert _held("He said the phone-records monitoring leak could cause harm.")  # a modifier
    assert _held("Leaked documents revealed two programs.")  # a participle opening the sentence


def test_the_act_with_a_doer_names_one():
    assert not _held("A contractor leaked the documents to The Guardian.")
    assert not _held("The documents were leaked by a former contractor.")
    assert not _held("Snowden's leak revealed the program.")
    assert not _held("The contractor's leak revealed the program.")  # an owner
    assert not _held("The contractor, who leaked the files, fled.")
    assert not _held("The program was disclosed on Thursday.")  # the act not held: not judged
    assert not _held("Republicans decided that the obsolete parts can be skipped.", "decided", forms("decide"))


def test_a_who_question_answered_only_by_the_act_without_its_doer_is_not_answered():
    assert act_unnamed(Q, article("The administration explained the effort after leaked documents revealed it.")) \
        == ["who"]
    assert act_unnamed(Q, article("A contractor leaked the documents to The Guardian.")) == []
    mixed = article("The leaked documents revealed two programs.", "A contractor leaked the documents.")
    assert act_unnamed(Q, mixed) == []  # one answering quote names the leaker
    envoys = article("Bauer interviewed representatives for Sestak -- in this case Sestak's brother.")
    assert act_unnamed("Who represented Joe Sestak in the investigation?", envoys) == []  # the agent noun names them


def test_an_infinitive_has_its_doer_in_its_clause():
    won = forms("win")
    assert not _held("Mr. Sestak said no and went on to win last week's primary.", "won", won)
    assert _held("He said the win last week surprised the party.", "won", won)  # the act's noun with no owner


def test_the_picked_quotes_must_give_the_doer_not_a_quote_left_out_of_the_answer():
    from app.answer.gaps import doer_missing
    shown = article("The administration explained the effort after leaked documents revealed it.")
    aside = article("The program was started in 2007 by the FBI.")
    assert act_unnamed(Q, [*shown, *aside]) == []  # an agent in a quote aside vouches for the pool
    assert doer_missing(None, Q, shown)  # but the answer shows no doer
    assert not doer_missing(None, Q, article("A contractor leaked the documents to The Guardian."))
    assert not doer_missing(None, "What did the documents reveal?", shown)  # no who-question
