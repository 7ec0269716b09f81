""""What did X ask Y to do?" asks for a request, which news reports by any verb of requesting ("calling on",
"demanding", "urged"): a plain answer opens with the close quote that names one when the best quote does not
(app/answer/opening.py `request_first`). Only the order of a plain answer changes."""

from __future__ import annotations

from app.answer.opening import plain_order, request_first
from app.answer.select import asked
from tests.answer.test_speaker_first import quote

Q = "What did the St. Louis Tea Party ask the NAACP to do?"
LEAD = quote("The nearby St. Louis Tea Party had an all-hands-on-deck response to the NAACP's plan.", "Fox", 1.10)
REQUEST = quote("A group called the St. Louis Tea Party issued its own resolution Tuesday calling on the NAACP to "
                "withdraw the proposal.", "HuffPost", 0.96)
OTHER = quote("St. Louis Tea Party organizer Bill Hennessy wrote that the Tea Party stands for smaller government.",
              "Fox", 0.98)


def test_the_close_quote_naming_a_request_opens_the_answer():
    ranked = [LEAD, OTHER, REQUEST]
    assert request_first(Q, ranked) == 2
    assert plain_order(asked(Q), Q, ranked, [0, 1, 2], 2)[0] == 2


def test_a_best_quote_that_names_the_request_keeps_its_place():
    best = quote("The resolution asks tea party leaders to repudiate racist elements.", "Fox", 1.1)
    assert request_first("What does the NAACP resolution ask the Tea Party to do?", [best, REQUEST]) == 0


def test_a_request_far_below_the_best_does_not_open():
    far = quote(REQUEST.text, "HuffPost", 0.5)
    assert request_first(Q, [LEAD, far]) == 0


def test_only_a_question_about_a_request_reorders():
    assert request_first("What did the St. Louis Tea Party say about the NAACP?", [LEAD, OTHER, REQUEST]) == 0


def test_a_question_put_to_someone_or_a_call_for_comment_is_no_request():
    ranked = [LEAD, *(quote(t, "Fox", 1.0) for t in (
        "The group did not immediately return calls for comment on Tuesday.",
        "Reporters asked about plans to expand the program.",
        "Hennessy called on Tuesday to say the meeting was over.")), REQUEST]
    assert request_first(Q, ranked) == 4


def test_a_demand_or_request_named_as_a_noun_is_no_request_the_verb_is():
    nouns = [quote(t, "Fox", 1.0) for t in ("The NAACP's demand drew an angry response from the group.",
                                            "The request was turned down by the Tea Party on Tuesday.")]
    assert request_first(Q, [LEAD, *nouns]) == 0
    verb = quote("The St. Louis Tea Party demanded that the NAACP withdraw the resolution.", "Fox", 1.0)
    assert request_first(Q, [LEAD, *nouns, verb]) == 3


def test_a_petition_or_a_long_named_addressee_is_a_request_too():
    petition = quote("The St. Louis Tea Party petitioned the NAACP to withdraw the resolution.", "Fox", 1.0)
    assert request_first(Q, [LEAD, OTHER, petition]) == 2
    long_name = quote("The St. Louis Tea Party asked the National Association for the Advancement of Colored People to "
                      "withdraw the resolution.", "Fox", 1.0)
    assert request_first(Q, [LEAD, OTHER, long_name]) == 2
