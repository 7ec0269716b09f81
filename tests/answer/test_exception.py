"""An exception its own outlet tells after a negation ("did not open the west wing. However, it did open the east
wing") agrees with another outlet's negation of the same: no dispute (pure functions, invented articles)."""

from __future__ import annotations

from app.answer.exception import excepted, tells_exception, told_exception
from app.answer.retrieve import Hit
from app.answer.scope import scope_pair
from app.answer.select import Quote, asked
from app.answer.sides import pick
from app.store.chroma import StoredChunk
from tests.answer.test_sides import quote, vectors

BEFORE = "For instance, the museum did not open the west wing, which was damaged in the flood."
EXCEPTION = "However, it did open the east wing, which holds the new collection."
TIMES = "Any gallery that was under repair would not be opened to visitors, officials said."
QUESTION = "Did the museum open the wing that holds the new collection?"


def in_article(text: str, outlet: str, stance: str, score: float, before: str = BEFORE) -> Quote:
    """`text` quoted from a passage of `outlet`'s article where `before` is the sentence before it."""
    doc = f"{before} {text}"
    chunk = StoredChunk(id=f"{outlet}-1", doc_id=outlet, start=0, end=len(doc), text=doc,
                        meta={"outlet": outlet, "stance": stance})
    start = doc.index(text)
    return Quote(Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1), start, start + len(text), text, 0, (), score)


def test_a_contrast_asserting_what_the_sentence_before_denied_is_an_exception():
    assert excepted(BEFORE, EXCEPTION) == frozenset({"open"})
    assert excepted("The board did not approve the budget.", "But it did approve the new hires.") == {"approv"}
    assert not excepted(BEFORE, EXCEPTION.removeprefix("However, "))  # no contrast: a sentence like any other
    assert not excepted("The museum opened the west wing.", EXCEPTION)  # nothing denied before it
    assert not excepted(BEFORE, "However, it did not open the east wing either.")  # a second denial, no exception
    assert not excepted(BEFORE, "However, visitors could still see the garden.")  # the denied act not asserted


def test_the_exception_is_read_against_the_sentence_before_it_in_its_passage():
    assert tells_exception(in_article(EXCEPTION, "Post", "left", 1.0)) == frozenset({"open"})
    assert not tells_exception(in_article(EXCEPTION, "Post", "left", 1.0, before="The museum reopened on Monday."))
    assert not tells_exception(quote(EXCEPTION, "Post", "left", 1.0))  # it opens its passage: nothing before it


def test_another_outlets_denial_of_the_same_agrees_with_an_exception_its_outlet_tells():
    exception, times = in_article(EXCEPTION, "Post", "left", 1.0), quote(TIMES, "Times", "right", 0.9)
    assert told_exception(exception, times) and told_exception(times, exception)
    plain = in_article(EXCEPTION.removeprefix("However, "), "Post", "left", 1.0)
    assert not told_exception(plain, times)


def test_no_dispute_is_flagged_between_an_exception_and_the_negation_it_excepts():
    exception, times = in_article(EXCEPTION, "Post", "left", 1.0), quote(TIMES, "Times", "right", 0.9)
    assert not pick(asked(QUESTION), QUESTION, [exception, times], vectors((1, 0), (1, 0.1))).contested
    plain = in_article("It did open the east wing, which holds the new collection.", "Post", "left", 1.0,
                       before="The museum reopened on Monday.")
    assert pick(asked(QUESTION), QUESTION, [plain, times], vectors((1, 0), (1, 0.1))).contested  # a denial still


def test_a_best_quote_telling_an_exception_answers_of_the_part_asked_so_no_scope_dispute():
    q = "Did the museum open the section that holds the new collection?"
    before = "For instance, the museum did not open the west section, which was damaged in the flood."
    best = in_article("However, it did open the east section, which holds the new collection.", "Post", "left", 1.0,
                      before=before)
    left_out = quote("Any section that was under repair would not be opened to visitors.", "Times", "right", 0.8)
    whole = quote("Visitors toured the twelve sections that make up the museum on opening day.", "Star", "mid", 0.6)
    assert scope_pair(asked(q), q, [best, left_out, whole], [0, 1]) is None
    plain = in_article("The museum opened its east section, which holds the new collection.", "Post", "left", 1.0,
                       before=before)
    assert scope_pair(asked(q), q, [plain, left_out, whole], [0, 1]) is not None  # a scope dispute without it
