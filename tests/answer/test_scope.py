"""A question about how much of an act was done is contested when one outlet tells the whole and another, of another
stance group, a part of it left out; outlets that agree on a part skipped, a whole that is negated, and questions not
about the act's scope are no dispute (pure functions, hand-made quotes)."""

from __future__ import annotations

import numpy as np

from app.answer.asked import asked
from app.answer.retrieve import Hit
from app.answer.scope import (asks_scope, conflicting_scope, denies_whole, scope_pair, tells_part_left_out, tells_whole,
                              whole_only_denied)
from app.answer.every_side import REACH_POOL, SIDE_POOL, every_side
from app.answer.select import Quote
from app.answer.sides import Picked, pick
from app.store.chroma import StoredChunk

WHOLE = ("Those wondering whether the reading would be dramatic found out on Thursday as volunteers gave voice to the "
         "seven articles and 27 amendments that make up the nation's governing document.")
SKIPPED = "Members reading aloud the document on Thursday didn't recite every verse and article of the document."
NOT_READ = "Any portion that was superseded by amendments would not be read."
ALSO_SKIPPED = "Republicans skipped the parts that were superseded by amendments when they read the document."
WHOLE_Q = "Did House members read the whole Constitution aloud?"


def quote(text: str, outlet: str, stance: str, s: float) -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=outlet, start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": stance, "date": "2011-01-06"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


def test_the_whole_told_against_a_part_left_out_is_a_scope_dispute():
    assert conflicting_scope(asked(WHOLE_Q), WHOLE_Q, SKIPPED, WHOLE)
    unread = WHOLE.replace("whether the reading would be dramatic", "what the day would bring")  # no word asked
    assert not conflicting_scope(asked(WHOLE_Q), WHOLE_Q, SKIPPED, unread)
    part_q = "Was the amendment that imposed Prohibition read aloud in the House?"
    assert conflicting_scope(asked(part_q), part_q, "Lawmakers did not read the 18th Amendment, which imposed "
                             "prohibition.", WHOLE)


def test_two_accounts_of_a_part_skipped_agree():
    skip_q = "Did House members skip the superseded parts of the Constitution when they read it aloud?"
    assert not conflicting_scope(asked(skip_q), skip_q, SKIPPED, ALSO_SKIPPED)
    assert not conflicting_scope(asked(skip_q), skip_q, NOT_READ, ALSO_SKIPPED)
    both = "They read the entire document but skipped the parts that were superseded by amendments."
    assert not conflicting_scope(asked(skip_q), skip_q, SKIPPED, both)  # a whole with a part left out is no whole


def test_a_negated_whole_is_no_whole_and_a_part_left_out_is_told_by_omission_or_a_negated_whole():
    assert tells_whole(WHOLE) and tells_whole("reading the founding document in full appears to be a first")
    assert not tells_whole("the resolution was not an attempt to label the entire Tea Party movement as racist")
    assert not tells_whole("in which every House bill must cite the constitutional source of its authority")
    assert tells_part_left_out(SKIPPED, frozenset()) and tells_part_left_out(ALSO_SKIPPED, frozenset())
    assert not tells_part_left_out(WHOLE, frozenset({"read"}))


def test_only_a_yes_no_question_about_the_acts_scope_is_asked_about_scope():
    assert asks_scope(WHOLE_Q) and asks_scope("Did the House read aloud the Constitution's three-fifths clause?")
    assert not asks_scope("Did the House read the Constitution aloud on Thursday?")
    assert not asks_scope("Which parts of the Constitution were read?")
    assert not asks_scope("Had the whole Constitution ever been read aloud on the House floor before this?")


def test_the_whole_telling_quote_counts_from_far_below_but_only_from_another_outlet_and_stance_group():
    ranked = [quote(SKIPPED, "Fox", "right", 1.1), quote("The House read the Constitution.", "Times", "centre", 0.8),
              quote(WHOLE, "HuffPost", "left", 0.5)]
    assert scope_pair(asked(WHOLE_Q), WHOLE_Q, ranked, [0, 1]) == (0, 2, "scope")
    same_side = [ranked[0], ranked[1], quote(WHOLE, "Breitbart", "right", 0.5)]
    assert scope_pair(asked(WHOLE_Q), WHOLE_Q, same_side, [0, 1]) is None
    assert scope_pair(asked("Did the House read the Constitution aloud?"), "Did the House read the Constitution "
                      "aloud?", ranked, [0, 1]) is None


def test_a_stance_group_missing_from_a_scope_dispute_reaches_its_side_on_the_claim():
    fox, hpo = quote(SKIPPED, "Fox", "right", 1.1), quote(WHOLE, "HuffPost", "left", 0.5)
    times = quote("Members of the House began to read the Constitution aloud.", "Times", "centre",
                  1.1 - (SIDE_POOL + REACH_POOL) / 2)
    picked = Picked([fox, hpo], True, "scope", (0, 1), (0, 1))
    assert [q.outlet for q in every_side(picked, [fox, times, hpo], None, lambda q, pair: True).quotes] == [
        "Fox", "HuffPost", "Times"]


def test_pick_flags_the_scope_dispute_when_no_other_rule_finds_one():
    ranked = [quote(SKIPPED, "Fox", "right", 1.1), quote("The House read the Constitution.", "Times", "centre", 0.8),
              quote(WHOLE, "HuffPost", "left", 0.5)]
    picked = pick(asked(WHOLE_Q), WHOLE_Q, ranked, np.eye(3, dtype=np.float32))  # unrelated sentences by vector
    assert picked.contested and picked.about == "scope" and [q.outlet for q in picked.quotes] == ["Fox", "HuffPost"]
    plain = "Did the House read the Constitution aloud on Thursday?"
    assert not pick(asked(plain), plain, ranked, np.eye(3, dtype=np.float32)).contested


def test_a_missing_groups_side_of_a_scope_dispute_is_its_quote_telling_a_part_left_out_however_far_below():
    fox, hpo = quote(SKIPPED, "Fox", "right", 1.1), quote(WHOLE, "HuffPost", "left", 0.5)
    began = quote("Members of the House began to read the Constitution aloud.", "Times", "centre", 0.9)
    not_read = quote(NOT_READ, "Times", "centre", 0.1)
    picked = Picked([fox, hpo], True, "scope", (0, 1), (0, 1))
    side = asked(WHOLE_Q)
    assert every_side(picked, [fox, began, hpo, not_read], None, None, side).quotes[2] is not_read
    assert every_side(picked, [fox, began, hpo], None, None, side).quotes[2] is began  # none told: the best one
    denial = Picked([fox, hpo], True, "denial", (0, 1), (0, 1))  # another dispute: the best one
    assert every_side(denial, [fox, began, hpo, not_read], None, None, side).quotes[2] is began


def test_the_scope_side_is_read_from_the_groups_articles_and_on_any_word_the_question_asks():
    fox, hpo = quote(SKIPPED, "Fox", "right", 1.1), quote(WHOLE, "HuffPost", "left", 0.5)
    began = quote("Members of the House began to read the Constitution aloud.", "Times", "centre", 0.9)
    not_read = quote(NOT_READ.replace("amendments", "amendments, in the reading,"), "Times", "centre", -0.5)
    picked = Picked([fox, hpo], True, "scope", (0, 1), (0, 1))
    skip_q = "Did House members skip the superseded parts of the Constitution when they read it aloud?"
    articles = lambda stance, floor, story: [not_read] if stance == "centre" else []  # noqa: E731
    assert every_side(picked, [fox, began, hpo], articles, None, asked(skip_q)).quotes[2] is not_read


def test_a_denial_of_the_whole_leaves_a_part_undenied_unless_the_whole_is_asked():
    """"The resolution was not an attempt to label the entire union as corrupt" denies the whole; "condemning corrupt
    elements in the union" tells a part: no dispute of "Did the resolution condemn corruption in the union?", one of
    "Did the resolution label the whole union as corrupt?"."""
    whole = "The chairman said the resolution was not an attempt to label the entire union as corrupt."
    part = "The board adopted a resolution condemning corrupt elements in the union."
    assert denies_whole(whole) and not denies_whole(part) and not denies_whole(WHOLE)
    assert whole_only_denied("Did the resolution condemn corruption in the union?", part, whole)
    assert not whole_only_denied("Did the resolution label the whole union as corrupt?", part, whole)
    q = "Did the resolution condemn corruption in the union?"
    ranked = [quote(part, "A", "x", 1.0), quote(whole, "B", "y", 0.95)]
    assert not pick(asked(q), q, ranked, np.array([[1.0, 0.0], [0.99, 0.14]])).contested
    q = "Did the resolution label the whole union as corrupt?"
    assert pick(asked(q), q, ranked, np.array([[1.0, 0.0], [0.99, 0.14]])).contested
