"""A claim denied by a pronoun right after it ("… since April. The mill's spokesman denied that.") is the claim's
other side, in the denier's words that follow (pure function, hand-made quotes from one invented article)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.denied_next import denied_before, denied_next, denies_back
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.sides import Picked
from app.attribution.links import Link
from app.store.chroma import StoredChunk

TEXT = ("The Marl Herald reported that a night guard said the sluice \"had been cracked since May.\" "
        "Orla Mills spokesman Pel Varga denied that. "
        "\"Our logs show no earlier fault in that sluice,\" he said. "
        "The river was closed to boats on Friday.")
CHUNK = StoredChunk(id="c1", doc_id="d1", start=0, end=len(TEXT), text=TEXT,
                    meta={"outlet": "Brackwater Bugle", "stance": "center"})


def quote(sentence: str, *links: Link) -> Quote:
    start = TEXT.index(sentence)
    return Quote(Hit(CHUNK, 0.5, 0.0, 0.5, 0.1, 0.1), start, start + len(sentence), sentence, 0, links, 1.0)


CLAIM = quote("The Marl Herald reported that a night guard said the sluice \"had been cracked since May.\"",
              Link(name="Marl Herald", role="relays"))
DENIAL = quote("\"Our logs show no earlier fault in that sluice,\" he said.", Link(name="Pel Varga", role="quotes"))
LATER = quote("The river was closed to boats on Friday.")
ASK = asked("Was the sluice already cracked before the flood?")


def test_a_denial_by_pronoun_after_a_relayed_claim_makes_the_two_sides():
    picked = denied_next(ASK, Picked([CLAIM], False), [CLAIM, DENIAL, LATER], None)
    assert picked.contested and picked.quotes == [CLAIM, DENIAL]


def test_a_sentence_that_does_not_deny_back_leaves_the_answer_as_it_was():
    text_claim = quote("\"Our logs show no earlier fault in that sluice,\" he said.", Link(name="Pel Varga",
                                                                                         role="quotes"))
    picked = denied_next(ASK, Picked([text_claim], False), [text_claim, LATER], None)
    assert not picked.contested


def test_only_a_pronoun_object_points_back():
    assert denies_back("The mill's spokesman denied that.") and denies_back("She disputed this account, saying so.")
    assert not denies_back("He denied that the sluice was cracked.")


def test_a_denial_whose_clause_restates_the_claim_by_a_pro_form_denies_back():
    assert denies_back("The mill denied that any foreman said so.")
    assert denies_back("Varga denied that it ever happened.")
    assert denies_back("The angling club disputed that finding, saying the weir was never the problem.")
    assert denies_back("The mill called the report false.")
    assert not denies_back("The mill denied that the sluice was cracked.")  # a claim of its own
    assert not denies_back("The mill called the report a first step.")


def test_a_denial_holding_no_word_of_the_question_denies_another_part_of_the_claim():
    other = asked("When was the river closed to boats?")  # the denial speaks of the sluice, not of boats or closing
    assert not denied_next(other, Picked([CLAIM], False), [CLAIM, DENIAL, LATER], None).contested
    assert denied_next(ASK, Picked([CLAIM], False), [CLAIM, DENIAL, LATER], None).contested


def test_a_passive_pro_form_denies_back_too():
    assert denies_back("The mill denied that any foreman was told so.")
    assert denies_back("The mill denied that it told anyone so.")


# the denial's words are what the answer shows; the claim it denies back stands before the short denial sentence
BEFORE = ("The lock on the east door had been broken for a week, a guard said. "
          "Curator Ada Lind disputed that. "
          "\"Our lock was fine that night,\" Lind said. "
          "The gallery reopened on Monday.")
CHUNK2 = StoredChunk(id="c2", doc_id="d2", start=0, end=len(BEFORE), text=BEFORE,
                     meta={"outlet": "Fenwick Courant", "stance": "left"})


def quote2(sentence: str, *links: Link) -> Quote:
    start = BEFORE.index(sentence)
    return Quote(Hit(CHUNK2, 0.5, 0.0, 0.5, 0.1, 0.1), start, start + len(sentence), sentence, 0, links, 1.0)


GUARD = quote2("The lock on the east door had been broken for a week, a guard said.", Link(name="a guard",
                                                                                            role="quotes"))
LIND = quote2("\"Our lock was fine that night,\" Lind said.", Link(name="Ada Lind", role="quotes"))
REOPENED = quote2("The gallery reopened on Monday.")
LOCK = asked("Was the lock broken before the theft?")


def test_a_shown_denial_after_a_short_denial_sentence_brings_the_claim_it_denies_back():
    picked = denied_before(LOCK, Picked([CLAIM, LIND], False), [CLAIM, LIND, GUARD, REOPENED], None)
    assert picked.contested and picked.quotes == [CLAIM, GUARD, LIND] and picked.pair == (1, 2)


def test_the_best_quote_as_the_claim_denied_back_is_shown_once():
    picked = denied_before(LOCK, Picked([GUARD, LIND], False), [GUARD, LIND, REOPENED], None)
    assert picked.contested and picked.quotes == [GUARD, LIND]


def test_a_quote_after_a_sentence_that_denies_nothing_back_is_no_denial():
    picked = denied_before(LOCK, Picked([CLAIM, REOPENED], False), [CLAIM, REOPENED, LIND, GUARD], None)
    assert not picked.contested
    asks_words = asked("What did Lind say about the lock?")  # her words are the answer there, not a side
    assert not denied_before(asks_words, Picked([CLAIM, LIND], False), [CLAIM, LIND, GUARD], None).contested


def test_a_denial_sentence_opening_the_next_paragraph_does_not_reach_back_into_the_one_before():
    text = BEFORE.replace(" Curator Ada Lind disputed", "\n\nCurator Ada Lind disputed")
    chunk = StoredChunk(id="c3", doc_id="d3", start=0, end=len(text), text=text, meta=CHUNK2.meta)

    def q(sentence: str, *links: Link) -> Quote:
        start = text.index(sentence)
        return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), start, start + len(sentence), sentence, 0, links, 1.0)
    guard, lind = q(GUARD.text, *GUARD.links), q(LIND.text, *LIND.links)
    assert not denied_before(LOCK, Picked([CLAIM, lind], False), [CLAIM, lind, guard], None).contested


def test_what_a_source_reported_asked_by_a_role_the_passages_do_not_title_is_not_denied_next():
    from dataclasses import replace
    from app.answer.disputed import statement_rebutted
    q = "What did the newspaper report about the sluice?"
    dropped = replace(asked(q), role=frozenset())  # `roles.role_asked` drops a title no passage writes before a name
    assert denied_next(dropped, Picked([CLAIM], False), [CLAIM, DENIAL, LATER], None).contested  # the role unknown
    assert not statement_rebutted(dropped, Picked([CLAIM], False), [CLAIM, DENIAL, LATER], None, None, q).contested
    assert statement_rebutted(ASK, Picked([CLAIM], False), [CLAIM, DENIAL, LATER], None, None,
                              "Was the sluice already cracked before the flood?").contested


def test_a_denial_whose_line_holds_no_denial_verb_before_it_reads_no_article():
    """`denied_before` looks for the claim a short sentence between denies back; when the denial's passage holds, after
    its last line break before the denial, no verb such a sentence needs ("denied", "disputed", …), no claim can
    qualify and its article is not read."""
    from app.answer.denied_next import _claim_before, _denied_back_before
    text = "Flood report\n\nThe river was closed to boats on Friday. \"Our logs show no fault,\" he said."
    chunk = StoredChunk(id="c2", doc_id="d2", start=0, end=len(text), text=text, meta={"outlet": "Brackwater Bugle"})
    start = text.index("\"Our")
    plain = Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), start, len(text), text[start:], 0, (), 1.0)
    read = []
    assert not _denied_back_before(plain)
    assert _claim_before(ASK, plain, [], lambda doc, keep: read.append(doc) or []) is None and read == []
    assert _denied_back_before(DENIAL)  # "denied that." stands right before it
    opening = Quote(Hit(CHUNK, 0.5, 0.0, 0.5, 0.1, 0.1), 0, 20, TEXT[:20], 0, (), 1.0)
    assert _denied_back_before(opening)  # nothing before it in its passage: the gap may lie in an earlier one
