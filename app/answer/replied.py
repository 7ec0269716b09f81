"""An interview told as question and reply: "Governor Pence? “Solid as a rock.”"

News prints a round of quick questions as the asker's short question in the paper's own voice, then the reply in
quotation marks, in one paragraph ("Senator Joni Ernst of Iowa? “A terrific, exciting person.”"). The question names
whom it is about, the reply is what was said of them: one answer, though the reply carries the speaker's chain and
the question none (`select.extend` never joins the outlet's own voice to a relayed one otherwise). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.attribution.links import Link

ASK_WORDS = 12  # a quick question: at most this many words
_OPENS_QUOTE = ("“", '"')


def replies(asked: str, links: Sequence[Link], reply: str) -> bool:
    """`reply` (the next sentence of the paragraph) answers `asked`: a short question in the outlet's own voice (no
    chain), and a reply that opens with a quotation mark."""
    text = asked.rstrip()
    return not links and text.endswith("?") and len(text.split()) <= ASK_WORDS \
        and reply.lstrip().startswith(_OPENS_QUOTE)
