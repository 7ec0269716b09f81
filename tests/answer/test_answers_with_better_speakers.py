"""Answers once more sentences carry their speaker (issue 14 point 4, session 17): X's words set off as a quotation come
before a few of them embedded in a report; "According to X, why …" opens with X's quote giving a reason; another outlet
relaying the same source is added to "Who said …" as "one source repeated" only for the same claim; another speaker's
statement does not date a speech act asked about."""

from __future__ import annotations

import numpy as np

from app.answer.retrieve import Hit
from app.answer.said import said_first
from app.answer.select import Quote, asked
from app.answer.sides import pick
from app.answer.years import day_of_other_event
from app.attribution.links import QUOTES, Link
from app.store.chroma import StoredChunk


def quote(text: str, outlet: str, s: float, who: str = "") -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=f"{outlet}-{text[:8]}", start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": "center"})
    links = (Link(who, QUOTES),) if who else ()
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, links, s)


def test_words_set_off_as_a_quotation_come_before_a_few_embedded_in_a_report():
    q = "What did Paul Lind post on Twitter about the grazing decision?"
    report = quote('In a post on Friday night, Lind said he decided to put the "grazing decision on hold."', "Courant",
                   1.2, "Paul Lind")
    words = quote("“Put grazing decision on hold until such time as I review all the facts,” Mr. Lind posted.",
                  "Ledger", 1.1, "Paul Lind")
    assert said_first(asked(q), [report, words])[0] is words


def test_a_quotation_after_a_comma_counts_as_set_off():
    q = "What has Paul Lind said about the election?"
    told = quote("But Lind pushed back in an interview, first telling the Ledger, “I will not be drawn into this "
                 "election.”", "Courant", 1.0, "Paul Lind")
    whole = quote("“The election is theirs to decide and the voters will have their say,” Lind said.", "Ledger", 0.85,
                  "Paul Lind")
    assert said_first(asked(q), [told, whole])[0] is told


def test_according_to_x_why_opens_with_xs_quote_giving_a_reason():
    q = "According to Mind the Court, why did the judges step aside from most cases?"
    lead = quote("Judges must step aside from cases where their “impartiality might be questioned,” according to a "
                 "new analysis by Mind the Court.", "Post", 1.2, "Mind the Court")
    reason = quote("Mind the Court found that the bulk of recusals were due to the judges' prior work.", "Post", 0.97,
                   "Mind the Court")
    picked = pick(asked(q), q, [lead, reason], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is reason


def test_according_to_x_why_opens_only_with_xs_own_reason():
    q = "According to Mind the Court, why did the judges step aside from most cases?"
    lead = quote("Judges must step aside from cases where their “impartiality might be questioned,” according to a "
                 "new analysis by Mind the Court.", "Post", 1.2, "Mind the Court")
    other = quote("The judges stepped aside because their relatives argued the cases, Paul Lind said.", "Post", 1.0,
                  "Paul Lind")
    assert pick(asked(q), q, [lead, other], np.eye(2, dtype=np.float32)).quotes[0] is lead


def test_a_why_question_with_no_source_asked_keeps_its_best_quote():
    q = "Why could Paul Lind not sit on the advisory board?"
    best = quote("Lind could not serve on the board while still serving in Congress.", "Post", 1.0)
    because = quote("The agency did not offer Lind a paid post because it wanted him to stay.", "Post", 0.9)
    picked = pick(asked(q), q, [best, because], np.eye(2, dtype=np.float32))
    assert picked.quotes[0] is best


def test_who_said_adds_another_outlet_relaying_the_same_source_only_for_the_same_claim():
    q = "Who said the grazing rule is wrong?"
    first = quote("“The grazing rule is wrong,” Lind said.", "Courant", 1.0, "Paul Lind")
    other = quote("Lind said he has no confidence in the regime.", "Ledger", 0.5, "Paul Lind")
    assert [x.outlet for x in pick(asked(q), q, [first, other], np.eye(2, dtype=np.float32)).quotes] == ["Courant"]
    same = np.ones((2, 2), dtype=np.float32) / np.sqrt(2)
    assert len(pick(asked(q), q, [first, other], same).quotes) == 2


def test_another_speakers_statement_does_not_date_the_speech_act_asked():
    said = "Ann Marsh, a radio host, said Thursday on Twitter that she did not understand the decision."
    assert day_of_other_event(("tweet",), said, saying=False)
    assert not day_of_other_event(("tweet",), "In a tweet on Friday night, Lind said he put it on hold.", saying=True)


def test_no_relay_extra_after_an_own_voice_opening_chosen_over_a_labelled_best_quote():
    q = "On what day did Paul Lind announce that the grazing decision was on hold?"
    best = quote('In a post, Lind said he decided to put the "grazing decision on hold."', "Courant", 1.0, "Paul Lind")
    dated = quote("Lind announced late Friday that he has suspended the grazing decision.", "Ledger", 0.95)
    tweet = quote("“Put grazing decision on hold until I review the facts,” Mr. Lind posted.", "Post", 0.8, "Paul Lind")
    picked = pick(asked(q), q, [best, dated, tweet], np.eye(3, dtype=np.float32))
    assert picked.quotes[0] is dated and tweet not in picked.quotes
