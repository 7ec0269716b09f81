""""Which <things> …" asks for named things, which news lists ("from Zambia and Zimbabwe"); "How long ago / has …
/ did … last" asks for a span of time ("started a decade ago"). A lead restating the topic resembles the question more
and scores higher, so a plain answer opens with the close quote that gives what is asked when the best one does not
(app/answer/opening.py `names_first`, `duration_first`; app/answer/listed.py, app/answer/durations.py). Only the
order of a plain answer changes, never a score or margin."""

from __future__ import annotations

from app.answer.durations import asks_duration, gives_duration
from app.answer.listed import asks_several, lists_names
from app.answer.opening import duration_first, names_first, plain_order
from app.answer.select import asked
from tests.answer.test_speaker_first import quote

Q = "Which countries were elephant trophy imports going to be allowed from?"
LEAD = quote("WASHINGTON — President Trump on Friday reversed the government's decision to start allowing hunters to "
             "import trophies of elephants that were killed in two African countries.", "Times", 1.01)
SERVICE = quote("On Thursday, the service announced on its website that it would begin issuing permits.", "Times", 0.98)
LIST = quote("The comment comes after it was announced that the administration would reverse a ban on permits for "
             "elephant trophies from Zambia and Zimbabwe.", "Fox", 0.72)


def test_the_close_quote_listing_names_opens_a_which_plural_answer():
    assert names_first(Q, [LEAD, SERVICE, LIST]) == 2
    assert plain_order(asked(Q), Q, [LEAD, SERVICE, LIST], [0, 1], 2)[0] == 2


def test_after_a_list_only_another_list_corroborates():
    other = quote("The agency had banned the importation of elephant trophies from Zimbabwe and Zambia in 2014.",
                  "HuffPost", 0.71)
    assert plain_order(asked(Q), Q, [LEAD, SERVICE, LIST, other], [0, 1, 3], 2) == [2, 3]
    assert plain_order(asked(Q), Q, [LEAD, SERVICE, LIST, quote(SERVICE.text, "Post", 0.97)], [0, 1, 3], 2) == [2]


def test_a_best_quote_that_lists_keeps_its_place_and_a_far_list_does_not_open():
    assert names_first(Q, [LIST, LEAD]) == 0
    assert names_first(Q, [LEAD, quote(LIST.text, "Fox", 0.6)]) == 0


def test_only_a_which_question_with_a_plural_noun_asks_for_several():
    assert asks_several("Which states sued Colorado over its marijuana law?")
    assert asks_several("From which African countries does the decision allow trophies?")
    assert asks_several("In which Florida cities is the ad airing?")
    assert not asks_several("Which advisory board was Sestak offered a seat on?")
    assert not asks_several("What duties are the people running the accounts tasked with?")  # kinds, not names
    assert not asks_several("Which is the larger foundation?")
    assert not asks_several("What did environmental groups call for?")
    assert not asks_several("Which did the justices find more persuasive, the women or the company?")


def test_a_singular_role_noun_before_the_plural_asks_for_one_person():
    # the plural is the role's verb's object: "Which justice offered doubts …" asks who, not which doubts
    assert not asks_several("Which justice offered doubts about the merits of the lawsuit?")
    assert not asks_several("Which senator says reforms are needed?")
    assert asks_several("Which chief executives signed the letter?")  # a role that modifies the plural
    assert asks_several("Which Justice Department officials wrote to Issa?")  # a body's name, capitalised
    assert asks_several("Which senators called on the IRS to review the group's status?")


def test_a_which_role_answer_keeps_the_best_quote_naming_one_person_before_a_list():
    q = "Which justice offered doubts about the merits of the lawsuit?"
    roberts = quote("Chief Justice John Roberts also offered his doubts about the merits of lawsuit.", "Fox", 0.98)
    three = quote("The court's other two female justices, Elena Kagan and Sonia Sotomayor, and Justice Stephen Breyer "
                  "also appeared inclined to allow the lawsuit to proceed.", "HuffPost", 0.67)
    assert names_first(q, [roberts, three]) == 0
    assert plain_order(asked(q), q, [roberts, three], [0, 1], 2)[0] == 0


def test_a_list_is_two_names_joined_by_and_one_not_the_questions():
    assert lists_names(Q, "The ads run in cable markets in Florida, Nevada, Ohio and Pennsylvania.")
    assert lists_names(Q, "With the support from Saudi Arabia and the U.S., the camp was built.")
    assert not lists_names("Which states sued Nebraska and Oklahoma?", "A lawsuit by Nebraska and Oklahoma.")
    assert not lists_names(Q, "He said the U.S. Fish and Wildlife Service issued a notice Thursday.")  # one body
    assert not lists_names(Q, "Nebraska and Oklahoma filed suit.")  # the first words are capitalised anyway
    assert not lists_names(Q, "Trophies from two countries were allowed.")


D = "How long ago did the Wal-Mart sex discrimination case begin?"
D_LEAD = quote("WASHINGTON — The Supreme Court appears ready to block a massive sex discrimination lawsuit against "
               "Wal-Mart.", "HuffPost", 0.86)
D_SINCE = quote("The case started a decade ago when Wal-Mart worker Betty Dukes said she was bypassed.", "Fox", 0.75)


def test_the_close_quote_giving_a_span_of_time_opens_a_how_long_answer():
    assert duration_first(D, [D_LEAD, D_SINCE]) == 1
    assert plain_order(asked(D), D, [D_LEAD, D_SINCE], [0, 1], 2)[0] == 1
    assert duration_first(D, [D_SINCE, D_LEAD]) == 0
    assert duration_first(D, [D_LEAD, quote(D_SINCE.text, "Fox", 0.4)]) == 0


def test_how_long_asks_a_span_of_time_not_a_length():
    assert asks_duration(D) and asks_duration("How long did the argument last?")
    assert not asks_duration("How long has the Prism program been running?")  # its start, not a span
    assert not asks_duration("How long is the indictment against the Hunters, in pages?")
    assert not asks_duration("How many pages long is the bill?")


def test_spans_of_time_in_news_words():
    for text in ("Much of the hour-long argument delved into details.", "a program launched in 2007",
                 "the 10-year-old lawsuit", "He spoke for 45 minutes.", "after a monthslong investigation",
                 "the group has campaigned since 2009", "decades of conflict"):
        assert gives_duration(text), text
    assert not gives_duration("The Supreme Court appeared closely divided on Tuesday.")
    assert not gives_duration("It reversed a 2014 ban.")  # a year as a modifier says nothing of how long


def test_a_counted_length_opens_before_a_close_vague_one():
    q = "How long did the inquiry into the mayor last before the charges?"
    vague = quote("The mayor was charged on Monday after a monthslong inquiry into his spending.", "Times", 0.9)
    counted = quote("Prosecutors charged him after a three-year inquiry, the paper said.", "Post", 0.88)
    assert duration_first(q, [vague, counted]) == 1
    assert duration_first(q, [counted, vague]) == 0  # a counted best keeps its place
    assert duration_first(q, [vague, quote(counted.text, "Post", 0.3)]) == 0  # far below: no reorder
    assert duration_first(q, [vague, quote("The inquiry lasted for several weeks.", "Post", 0.88)]) == 0


def test_a_length_is_counted_by_a_definite_amount():
    from app.text.lengths import counts_length
    for text in ("after a two-year investigation", "It lasted 3 days.", "for a decade", "for about 45 minutes",
                 "Much of the hour-long argument delved into details."):
        assert counts_length(text), text
    for text in ("a monthslong investigation", "for several minutes", "the talks lasted hours", "since 2009",
                 "for decades", "The Supreme Court ruled on Tuesday.", "The 10-year-old lawsuit claims bias."):
        assert not counts_length(text), text
