"""A figure dispute's side is its figure: a stance group missing from the answer stands for its side with its best
quote counting what the disagreeing pair's figures count, within FIGURE_POOL of the best; not a figure of another
noun, and not a sum (a sum paid in taxes is no side of what was earned) (pure functions, hand-made quotes)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.asked_figure import FIGURE_POOL
from app.answer.every_side import SIDE_POOL, every_side
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.answer.sides import Picked
from app.store.chroma import StoredChunk

Q = "How many women does the sex discrimination suit cover?"


def quote(text: str, outlet: str, stance: str, s: float) -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=outlet, start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": stance, "date": "2011-03-29"})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), 0, len(text), text, 0, (), s)


UP_TO = quote("The court may block a sex discrimination suit on behalf of up to 1.6 million women.", "Post", "left",
              1.0)
COVERS = quote("Ginsburg had concerns about the suit that covers 1.5 million women.", "Fox", "right", 0.85)
FAR = 1.0 - (SIDE_POOL + FIGURE_POOL) / 2  # below SIDE_POOL, within FIGURE_POOL
DISPUTE = Picked([UP_TO, COVERS], True, "figures", (0, 1), (0, 1))
BACKGROUND = quote("The issue before the justices was whether the women could sue as a class.", "Times", "centre", 0.8)


def test_a_missing_group_stands_for_its_side_with_its_figure_of_the_same_noun():
    times = quote("The justices had qualms about a suit involving as many as 1.5 million women.", "Times", "centre",
                  FAR)
    picked = every_side(DISPUTE, [UP_TO, COVERS, BACKGROUND, times], ask=asked(Q))
    assert picked.quotes[2] is times


def test_a_figure_of_another_noun_or_too_far_below_is_no_side():
    stores = quote("The women worked in 3,400 stores.", "Times", "centre", FAR)
    assert every_side(DISPUTE, [UP_TO, COVERS, BACKGROUND, stores], ask=asked(Q)).quotes[2] is BACKGROUND
    too_far = quote("A suit involving as many as 1.5 million women.", "Times", "centre", 1.0 - FIGURE_POOL - 0.01)
    assert every_side(DISPUTE, [UP_TO, COVERS, BACKGROUND, too_far], ask=asked(Q)).quotes[2] is BACKGROUND


def test_a_sum_of_another_quantity_is_no_side_of_a_money_dispute():
    q = "How much did the Clintons earn from 2007 to 2014?"
    earned = quote("The Clintons earned $141 million from 2007 to 2014.", "Post", "left", 1.0)
    agi = quote("They earned $139 million in adjusted gross income.", "Times", "centre", 0.95)
    taxes = quote("The Clintons have paid $43 million in federal taxes since 2007.", "Fox", "right", FAR)
    dispute = Picked([earned, agi], True, "figures", (0, 1), (0, 1))
    assert len(every_side(dispute, [earned, agi, taxes], ask=asked(q)).quotes) == 2


def test_one_sentence_holding_both_figures_gives_the_units_a_missing_groups_side_counts():
    q = "How many hospital workers will lose their jobs?"
    both = quote("The hospital says 22 positions are affected; the Guild says at least 45 nurses and aides will be "
                 "displaced.", "Courier", "centre", 1.0)
    headline = quote("St. Brenna's to close money-losing maternity unit", "Sentinel", "right", 0.9)
    own = quote("The hospital said 22 positions are affected and that every employee has been offered a job.",
                "Sentinel", "right", FAR)
    voiced = Picked([both], True, "voices", (0,), ())
    assert every_side(voiced, [both, headline, own], ask=asked(q)).quotes[1] is own
