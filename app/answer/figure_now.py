"""The figure a change ends at: "staffing had been cut from four guards to two" gives two as the figure now, four as
the one it was. A "from X to Y" after the verb of a change sets X as the old value and Y as the new one; the figure
that answers "How many …?" of the time asked is Y, and the line naming each side's figure names Y
(`about._values`). Pure function on the text."""

from __future__ import annotations

import re

from app.attribution.figures import Figure, figures

_NOUN_WORDS = 3  # words between the old figure and "to" (its noun: "four full-time guards to two")


def figure_now(text: str, f: Figure) -> Figure:
    """The figure `f` (found in `text`) changed to, when `text` reads "from <f> [its noun] to <figure>"; else `f`."""
    m = re.search(rf"\bfrom\s+{re.escape(f.text)}(?:\s+[a-z-]+){{0,{_NOUN_WORDS}}}\s+to\s+(?P<rest>.*)", text,
                  re.IGNORECASE)
    if m is None:
        return f
    found = figures(m.group("rest"))
    return found[0] if found and m.group("rest").startswith(found[0].text) else f
