"""A source's own word that something is not known is its report, the answer to "What did X say / report …".

"What did Politics Daily report about the impact of the new rule?" is answered by Politics Daily's "it is unclear
what impact the new rule will have upon the nation": what X said is asked, and X said it is not known. `untold` reads
such a sentence as the detail withheld ("How much will it cost?" answered by "it is unclear how much" stays not
covered); for a question asking what a source said, a quote where that source speaks (`speaks.speaking`: a link of
its chain, the outlet, or X the subject of a verb of saying) is X's report, whatever it says is unclear. A quote in
the reporter's own voice stays untold: it is not X's word. Pure over the question and one quote.
"""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.quote import Quote
from app.answer.speaks import asks_speaker, speaking


def reports_unknown(question: str, quote: Quote) -> bool:
    """`question` asks for a source's words ("What did X say / report / tell …", "How did X respond …":
    `speaks.asks_speaker`) and that source speaks in `quote`: what it says is not known is its answer (module
    docstring)."""
    speakers = asks_speaker(asked(question), question)
    return bool(speakers) and bool(speaking(speakers, [quote]))
