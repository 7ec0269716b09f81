"""A figure the question itself states ("Did they pay a 30 percent rate in 2014, as X said?"): is it disputed?

A yes/no question that states a figure asks whether that figure is right. One quote giving the
question's figure and a quote of another source giving a different figure of the same kind, for
the same thing asked, contradict each other on it ("what he said was the Clintons' 2014 tax rate:
30 percent" / "their effective federal tax rate for 2014 was 35.7 percent"). Pure functions over
the question and two sentences, with the figure rules of `app.attribution.figures`.
"""

from __future__ import annotations

from app.attribution import figures as fg

ABOUT = 2  # question terms around a figure for it to count what the question asks


def stated_figures(question: str) -> tuple[fg.Figure, ...]:
    """The figures the question writes (years are not figures)."""
    return fg.figures(question)


def giving(text: str, stated: fg.Figure) -> fg.Figure | None:
    """The figure of `text` that is the question's stated figure (rounded or exact), or None."""
    return next((f for f in fg.figures(text) if f.unit == stated.unit and fg.same_figure(f, stated)), None)


def disputes_stated(question: str, a: str, b: str, asked: frozenset[str]) -> tuple[fg.Figure, fg.Figure] | None:
    """(a's figure, b's figure) when one of a, b gives the question's figure about what is asked and the
    other gives a different figure of the same kind about it (and not the question's figure too), else None."""
    for stated in stated_figures(question):
        for x, y, flip in ((a, b, False), (b, a, True)):
            own = giving(x, stated)
            if own is None or len((own.context | own.referent) & asked) < ABOUT or giving(y, stated) is not None:
                continue
            other = _answer_of_kind(y, stated.unit, asked)
            if other is not None and fg.figures_apart(stated, other):
                return (other, own) if flip else (own, other)
    return None


def _answer_of_kind(text: str, unit: str, asked: frozenset[str]) -> fg.Figure | None:
    """The figure of `text` in `unit` with most of the question's terms around it (ABOUT at least)."""
    found = [f for f in fg.figures(text) if f.unit == unit and len((f.context | f.referent) & asked) >= ABOUT]
    return max(found, key=lambda f: len((f.context | f.referent) & asked), default=None)

