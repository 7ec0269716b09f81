"""A short quotation after an attributed one goes on with the same speaker's statement, and joins the quote when it
holds what is asked that the attributed quotation's own words do not (pure: hand-made passages and scores)."""

from __future__ import annotations

from app.answer.asked import asked
from app.answer.goes_on import goes_on
from app.answer.select import extend
from app.attribution.links import Link
from app.text.terms import terms
from tests.answer.test_extend import with_speaker

SAID = ("“I’ve been with these people for a long time — I know them,” the governor said, naming Senator Mary Jones "
        "and Mayor Tom Lake. “Jones was excellent yesterday and Lake is excellent.” ")
JONES = frozenset(terms("What did the governor say about Mary Jones?", query=True)) - {"governor"}
ROE = (Link("Jane Roe", "quotes"),)


def test_a_short_quotation_holding_what_is_asked_joins_the_quotation_whose_attribution_named_it():
    siblings = with_speaker(SAID, "Jane Roe", [1.0, 0.6])
    start, end, _ = extend(siblings[0], siblings, 0.05, asked=JONES)
    assert SAID[start:end] == SAID.rstrip()


def test_without_an_asked_term_the_quotation_after_it_stays_out():
    siblings = with_speaker(SAID, "Jane Roe", [1.0, 0.6])
    start, end, _ = extend(siblings[0], siblings, 0.05, asked=frozenset(terms("weather forecast", query=True)))
    assert SAID[start:end] == siblings[0].sentence.text


def test_a_term_the_attributed_words_hold_themselves_adds_nothing():
    first = "“Mary Jones was a fine choice,” the governor said."
    assert not goes_on(first, ROE, "“Jones was excellent yesterday.”", ROE, JONES)
    assert goes_on("“She was a fine choice,” the governor said of Ms. Jones.", ROE, "“Jones was excellent.”", ROE,
                   JONES)


def test_only_a_short_quotation_under_the_same_chain_after_a_trailing_attribution_goes_on():
    first = "“I know them,” the governor said, naming Mary Jones."
    assert not goes_on(first, ROE, "“Jones was excellent yesterday.”", (Link("Tom Lake", "quotes"),), JONES)
    assert not goes_on(first, ROE, "Jones was excellent yesterday, aides said.", ROE, JONES)
    assert not goes_on("The governor praised Mary Jones.", ROE, "“Jones was excellent yesterday.”", ROE, JONES)
    long = "“Jones was excellent yesterday and she will be excellent again tomorrow when the session opens.”"
    assert not goes_on(first, ROE, long, ROE, JONES)


def test_a_sentence_that_opens_inside_a_quotation_reads_its_own_words_to_the_closing_mark():
    inside = 'Mary Jones is the one I trust," said the governor, who named her.'
    assert not goes_on(inside, ROE, '"Jones was excellent."', ROE, JONES)


BABAZ = "“The fight for the freedom to hunt is far from over,” Paul Roe, the group’s president, said in a statement."
NEXT = frozenset(terms("What did the group's president say the group would do next?", query=True))


def test_what_someone_will_do_goes_on_for_a_question_asking_what_will_be_done():
    assert goes_on(BABAZ, ROE, "“We will be more proactive and not back down.”", ROE, NEXT, future=True)
    assert not goes_on(BABAZ, ROE, "“We will be more proactive and not back down.”", ROE, NEXT)
    assert not goes_on(BABAZ, ROE, "“We were always proactive.”", ROE, NEXT, future=True)
    assert not goes_on(BABAZ.replace("is far from over", "will go on"), ROE, "“We will not back down.”", ROE, NEXT,
                       future=True)  # the attributed words say it already


def test_a_question_asking_what_someone_said_would_be_done_asks_the_future():
    assert asked("What did the group's president say the group would do next?").future
    assert asked("What did Mitch McConnell say would happen to the bill?").future
    assert not asked("What did Mitch McConnell say about the bill?").future
    assert not asked("What did Trump say he would like to see?").future
