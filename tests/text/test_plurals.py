"""One plural look (`text.plurals.plural`) for the question's subject (`answer.acts`), the counted noun
(`answer.asked_figure`) and the head "how many" counts (`answer.counted_head`). Invented questions."""

from app.answer.asked_figure import counted_noun
from app.answer.counted_head import asked_head
from app.text.plurals import plural


def test_a_plural_is_an_irregular_plural_or_a_word_in_s():
    assert all(map(plural, ("managers", "women", "mice", "cattle", "personnel", "staff")))
    assert not any(map(plural, ("status", "class", "crisis", "has", "mayor's", "man")))


def test_the_counted_head_and_the_counted_noun_agree_on_an_irregular_plural():
    question = "How many hospital personnel were laid off in March?"
    assert counted_noun(question) == "personnel"
    assert asked_head(question) is not None and asked_head(question).head == "personnel"


def test_a_plural_with_no_ending_is_the_counted_head():
    assert asked_head("How many dairy cattle were sold at the fair?").modifier == frozenset({"dairi"})


def test_the_counted_head_is_read_where_the_counted_noun_is():
    """`counted_head.asked_head` reads the run `asked_figure.counted_run` reads: a past verb ends it as an auxiliary
    does, a partitive's determiner is no modifier, and a first plural with a complement after it is the head."""
    from app.text.terms import stem
    drivers = asked_head("How many city bus drivers went on strike in May?")
    assert drivers is not None and drivers.head == stem("drivers") and stem("city") in drivers.modifier
    assert asked_head("How many of the listed donors gave money?").modifier == frozenset({stem("listed")})
    assert asked_head("How many years of audit records did the firm keep?") is None  # it counts years
