"""A sentence's figures stored at ingest read back as the very figures `figures` gives, and a
question's figure signal reads them as it would the text's own."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.signals import figure_answers
from app.attribution.figures import figures
from app.attribution.figure_codec import figure_bytes, figures_from

TEXTS = [
    "The agency cut nearly $43.5 million in aid.",
    "More than 1,200 people, about 35.72 percent of the town, left in 2019.",
    "The group, Secure America Now, spent heavily. They have reserved $500,000 of airtime.",
    "The bill passed 234-193 after a 48-page report.",
    "Nothing here is counted.",
]


def test_stored_figures_are_the_figures_of_the_text():
    for text in TEXTS:
        assert figures_from(figure_bytes(text)) == figures.__wrapped__(text)
    assert figure_bytes("Nothing here is counted.") == b"" and figures_from(b"") == ()


def test_a_figure_question_scores_stored_figures_as_the_texts_own():
    for question in ("How many people left the town?", "How much did the agency cut in aid?", "How many pages is the report?"):
        ask = asked(question)
        for text in TEXTS:
            assert figure_answers(ask, text, figure_bytes(text)) == figure_answers(ask, text)
    ask = asked("How many people left the town?")
    assert figure_answers(ask, TEXTS[1], figure_bytes(TEXTS[1])) and not figure_answers(ask, TEXTS[1], b"")


# What `figures` and `initialisms` give for every sentence of the seed corpus, at SIGNALS_VERSION.
# Indexes store these per sentence; one that changes them without a new version serves stale
# values. If this test fails: bump SIGNALS_VERSION, then put the new digest here.
# 7: "2,000 fish" is a count, not a year (the seed corpus holds no such number: the same digest as 6)
SIGNALS_DIGEST = {6: "8dcd03b3a9a448069875d948a552a8d9fa541cedfc03ed19653994660c6e23bb",
                  7: "8dcd03b3a9a448069875d948a552a8d9fa541cedfc03ed19653994660c6e23bb"}


def _signals_digest() -> str:
    import hashlib
    from pathlib import Path

    from app.text.acronyms import initialisms
    from app.text.sentences import split_sentences

    h = hashlib.sha256()
    for path in sorted((Path(__file__).parents[2] / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s in split_sentences(text):
            sentence = text[s.start : s.end]
            h.update(figure_bytes(sentence) + b"\0" + " ".join(sorted(initialisms(sentence))).encode() + b"\n")
    return h.hexdigest()


def test_a_change_to_the_stored_signals_comes_with_a_new_version():
    from app.attribution.figure_codec import SIGNALS_VERSION

    assert SIGNALS_DIGEST.get(SIGNALS_VERSION) == _signals_digest(), (
        "figures() or initialisms() now give other values: bump SIGNALS_VERSION and pin the new digest")
