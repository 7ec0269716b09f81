"""The relevance floor read at the sentence a quote would be: a passage of ~110 words is one vector, and when the
sentence that answers sits among others about the story its passage is less like the question than the sentence is
("Who is in charge of the interior ministry now?" / "Deputy Interior Minister Lise Korva will run the ministry until a
successor is named." 0.57, its passage 0.35). On a corpus the reader has never read, the question's words are often
not the reporter's, so the idf-weighted share of terms (`retrieve.answerable`'s second signal) is low too. A passage
whose closest body sentence is as close to the question as `Config.abstain_below` asks of a whole passage is evidence
enough to answer: the same bar, met by one sentence. The title is not read: it names the story, and every question
about the story is close to it ("Does the ruling cover city buses?" / "Court strikes down truck emissions rule").
The later readings (the asked act, the asked detail, `untold`) still decide whether that sentence answers."""

from __future__ import annotations

import numpy as np

from app.answer.retrieve import Hit
from app.config import Config


def sentence_answerable(hits: list[Hit], qvec: np.ndarray, config: Config) -> bool:
    """Whether some passage's closest body sentence is within `abstain_below` of the question (False when the
    index stored no sentences)."""
    return any(closest_body(h, qvec) >= config.abstain_below for h in hits)


def closest_body(hit: Hit, qvec: np.ndarray) -> float:
    """The cosine of the passage's closest stored sentence to the question that is not part of its document's title
    (-1 when there is none)."""
    stored, c = hit.sentences, hit.chunk
    rows = stored.rows(c.start, c.end) if stored is not None else range(0)
    if stored is None or not len(rows):
        return -1.0
    title = " ".join(str(c.meta.get("title") or "").split())
    sims = np.asarray(stored.vectors[rows.start : rows.stop], dtype=np.float32) @ np.asarray(qvec, dtype=np.float32)
    body = [float(sim) for (a, b), sim in zip(stored.spans_of(rows), sims)
            if not (title and " ".join(c.text[a - c.start : b - c.start].split()) in title)]
    return max(body, default=-1.0)
