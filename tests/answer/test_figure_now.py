"""The figure a change ends at (`figure_now`): "cut from four guards to two" gives two; the line naming each side's
figure names it. Invented sentences."""

from __future__ import annotations

from app.answer.about import FIGURES, about_lines
from app.answer.figure_now import figure_now
from app.answer.sides import Picked
from app.attribution.figures import figures
from tests.answer.test_sides import quote


def now(text: str) -> str:
    return figure_now(text, figures(text)[0]).text


def test_from_one_figure_to_another_ends_at_the_second():
    assert now("Overnight staffing had been cut from four guards to two in 2025.") == "two"
    assert now("The budget rose from $3 million to $4.5 million last year.") == "$4.5 million"
    assert now("The board grew from 12 to 15 members.") == "15"


def test_a_figure_not_changed_to_another_stays():
    assert now("Only three guards were on duty on Sunday.") == "three"
    assert now("He flew from 4 cities to Paris.") == "4"
    assert now("It cut four guards to save money.") == "four"


def test_the_line_names_the_figure_a_change_ends_at():
    a = quote("The director said three guards were on duty that night.", "A", "x", 1.0)
    b = quote("A guard said night staffing had been cut from four guards to two in 2025.", "B", "y", 0.8)
    line = about_lines("How many guards were on duty that night?", Picked([a, b], True, "figures", (0, 1), (0, 1)))[0]
    assert line.endswith(f"{FIGURES} \u201cthree\u201d (A) and \u201ctwo\u201d (B).")
