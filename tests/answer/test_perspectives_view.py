"""The perspectives view is built from the answer view's selection: it says "the sources disagree"
exactly when the answer view does, and shows an outlet the answer view did not quote only with
quotes that answer the question by the answer view's rule (within CLOSE of its best candidate)."""

from __future__ import annotations

from app.answer.about import about_lines
from app.answer.compose import (
    INTRO_PERSPECTIVES,
    INTRO_SIDES,
    OutletView,
    Selection,
    compose_perspectives,
)
from app.answer.perspectives import PER_OUTLET, further_quotes
from app.answer.retrieve import Hit
from app.answer.select import Quote, asked
from app.answer.sides import CLOSE, Picked
from app.registry import Registry
from app.store.chroma import StoredChunk

REG = Registry.model_validate({"stance_groups": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
                               "outlets": [{"name": "A", "stance": "x"}, {"name": "B", "stance": "y"}]})
QUESTION = "Was the offer legal?"


def quote(text: str, outlet: str, stance: str, score: float, start: int = 0) -> Quote:
    """A one-sentence quote of the outlet's document at `start` (quotes at other offsets do not overlap)."""
    chunk = StoredChunk(id=f"{outlet}-{start}", doc_id=outlet, start=start, end=start + len(text), text=text,
                        meta={"outlet": outlet, "stance": stance})
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), start, start + len(text), text, 0, (), score)


LEGAL, ILLEGAL = quote("The offer was legal.", "A", "x", 1.0), quote("The offer was illegal.", "B", "y", 0.9)


def selection(picked: Picked, ranked=None) -> Selection:
    return Selection(asked(QUESTION), list(ranked or picked.quotes), picked)


def test_the_perspectives_view_disagrees_when_the_answer_view_does_and_says_what_about():
    views = [OutletView("A", "x", [LEGAL]), OutletView("B", "y", [ILLEGAL])]
    picked = Picked([LEGAL, ILLEGAL], True, "verdicts", (0, 1))
    answer = compose_perspectives(QUESTION, views, REG, selection(picked))
    assert answer.contested and answer.answer.startswith(INTRO_SIDES)
    assert answer.answer.splitlines()[1] == about_lines(QUESTION, picked)[0]  # the answer view's own line


def test_the_perspectives_view_does_not_disagree_when_the_answer_view_does_not():
    views = [OutletView("A", "x", [LEGAL]), OutletView("B", "y", [ILLEGAL])]
    answer = compose_perspectives(QUESTION, views, REG, selection(Picked([LEGAL, ILLEGAL], False)))
    assert not answer.contested and answer.answer.startswith(INTRO_PERSPECTIVES)


def test_an_outlet_the_answer_view_did_not_quote_is_shown_only_with_quotes_that_answer_the_question():
    chosen = selection(Picked([LEGAL], False))
    close = quote("The offer broke no law, lawyers said.", "B", "y", 1.0 - CLOSE + 0.01, 100)
    far = quote("The offer came in May.", "B", "y", 1.0 - CLOSE - 0.01, 200)
    ranked = [LEGAL, close, far]
    assert further_quotes(selection(Picked([LEGAL], False), ranked), "B", [], [], None, None, None) == [close]
    assert further_quotes(selection(Picked([LEGAL], False), [LEGAL, far]), "B", [], [], None, None, None) == []
    assert further_quotes(chosen, "A", [], [LEGAL], None, None, None) == []  # the answer view's own quote, once
    more = [quote(f"The offer was legal, {i}.", "B", "y", 0.99, 300 + 50 * i) for i in range(PER_OUTLET + 1)]
    assert len(further_quotes(selection(Picked([LEGAL], False), [LEGAL, *more]), "B", [], [], None, None, None)) == PER_OUTLET
