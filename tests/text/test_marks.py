"""A sentence's stored mark says which question-dependent bonuses it may earn (`app.text.marks`): DATED when it names a
date, COUNTS when it may count something. `spans_reach` bounds a stored sentence's score by them, so the mark must hold
for every sentence the scoring would give the bonus to."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from app.answer.dates import names_date
from app.answer.select import asked
from app.answer.signals import figure_answers
from app.attribution.figure_codec import figure_bytes
from app.text.marks import COUNTS, DATED, MARKS_VERSION, mark

SEED = Path(__file__).parents[2] / "corpus"


def _mark(text: str) -> int:
    return mark(text, bool(figure_bytes(text)))


@pytest.mark.parametrize(("text", "want"), [
    ("The statement was published Sunday.", DATED),
    ("Analysts said the turning point was the 2016 election.", DATED),
    ("The MKO cyber unit has 1300 members, officials said.", COUNTS),
    ("Nearly one in seven reports were false.", COUNTS),
    ("The House passed it 234-193 on Tuesday.", COUNTS | DATED),
    ("Mr. Hunter, 41, becomes the chairman.", COUNTS),
    ("A decade-old lawsuit was revived.", COUNTS),  # an age with no figure: "How old is the lawsuit?"
    ("The mayor spoke for several minutes.", COUNTS),  # a length in words: "How long did the mayor speak?"
    ("The talks lasted hours.", COUNTS),
    ("The protest has gone on since Easter.", 0),  # a start is no length
    ("Critics call the figure inflated.", 0),
    ("It may rain, the forecast said.", 0),  # "may" the verb is no month
])
def test_a_sentence_is_marked_by_what_it_names(text, want):
    assert _mark(text) == want


FIGURE_QUESTIONS = ["How many members does the group have?", "How old is the senator?", "What was the vote?",
                    "What share of reports were false?", "How much money did the campaign raise?",
                    "How long did the trial last?", "How many pages long is the indictment?",
                    "How many people were killed?", "How much did prices rise?"]
DATE_QUESTIONS = ["When did the senator resign?", "On what day was the statement published?",
                  "In what year did the group form?"]
EXTRA = ["Mr. Hunter, 41, becomes the chairman.", "Nearly one in seven reports were false.",
         "The House passed it 234-193.", "A 10-year-old lawsuit was revived.", "He was born in 1976 in Ohio.",
         "A decade-old lawsuit was revived.",
         "Two out of three voters agreed.", "The trial lasted two weeks.", "Prices rose 5 percent.",
         "The mayor spoke for several minutes.", "The talks lasted hours.", "The monthslong inquiry ended.",
         "The trial lasted hours.", "For months the trial went on."]  # lengths in words "How long did the trial …" asks


def _seed_sentences() -> list[str]:
    from app.documents.chunk import chunk
    from app.store.sentences import doc_sentences
    out = list(EXTRA)
    for path in sorted(SEED.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[s.start : s.end] for s in doc_sentences(chunk("d", text))]
    return out


def test_every_sentence_the_scoring_gives_a_figure_or_date_bonus_is_marked_for_it():
    """The bound's soundness: `figure_answers` (the figure bonus) and `names_date` (the date bonus) hold only for
    sentences marked COUNTS and DATED, over every seed sentence and figure questions of each kind."""
    sentences, asks = _seed_sentences(), [asked(q) for q in FIGURE_QUESTIONS]
    assert all(a.figure for a in asks) and all(asked(q).date for q in DATE_QUESTIONS)
    marks = [_mark(t) for t in sentences]
    counted = {t for t in sentences for a in asks if figure_answers(a, t, figure_bytes(t))}
    assert counted and all(m & COUNTS for t, m in zip(sentences, marks) if t in counted)
    assert all(m & DATED for t, m in zip(sentences, marks) if names_date(t))
    assert any(not m & COUNTS for m in marks) and any(not m & DATED for m in marks)  # the marks do bound something


# What `mark` gives for every seed sentence, at MARKS_VERSION. Indexes store these per sentence; one that changes them
# without a new version serves stale marks (and a bound that may drop a sentence able to earn a bonus). If this test
# fails: bump MARKS_VERSION (app/text/marks.py), then put the new digest here.
MARKS_DIGEST = {1: "7039bdb0b6d66013fb8f5a11e658110fe0dc6ae462c62c3146e5de999867ba17",
                2: "29a546384b6206e4eaf50aeb3f6e5e8c88b8ad362efe97fa17d1db59dece924d"}


def test_a_change_to_the_stored_marks_comes_with_a_new_version():
    digest = hashlib.sha256(bytes(_mark(t) for t in _seed_sentences())).hexdigest()
    assert MARKS_DIGEST.get(MARKS_VERSION) == digest
