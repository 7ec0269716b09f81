"""A source's own word that something is not known is its report: "What did X report about Y?" is answered by X's
"it is unclear what impact Y will have", while the same sentence in the reporter's voice, or for a question that asks
the detail itself ("What impact will Y have?"), stays no answer."""

from __future__ import annotations

from dataclasses import replace

from app.answer.source_unsure import reports_unknown
from app.answer.untold import says_unknown, told_order, untold_only
from app.attribution.chains import Link
from tests.answer.test_perspectives_view import quote

IMPACT = "Beyond its symbolic power, however, it is unclear what impact the new rule will have upon the nation."
REPORTED = "What did Politics Daily report about the impact of the new rule?"
RELAYED = replace(quote(IMPACT, "A", "x", 0.98), links=(Link("Politics Daily", "quotes"),))
OWN_VOICE = quote(IMPACT, "A", "x", 0.98)  # no chain: the reporter's own words
OTHER = quote("These are two standout changes on a long list of new rules.", "A", "x", 0.62, start=200)


def test_the_asked_source_saying_it_is_unclear_is_its_report():
    assert reports_unknown(REPORTED, RELAYED)
    assert not untold_only(REPORTED, [RELAYED], [RELAYED, OTHER])
    assert told_order(REPORTED, [RELAYED, OTHER], [0], 0.12, 2) == [0]
    assert says_unknown(REPORTED, [RELAYED, OTHER]) is None


def test_a_source_speaking_by_a_verb_of_saying_reports_it_too():
    said = quote("Senator Smith said it is unclear what effect the new rule will have on small banks.", "B", "y", 0.9)
    question = "What did Senator Smith say about the effect of the new rule?"
    assert reports_unknown(question, said)
    assert not untold_only(question, [said], [said])


def test_the_reporter_s_own_unclear_is_no_report_of_the_asked_source():
    assert not reports_unknown(REPORTED, OWN_VOICE)
    assert untold_only(REPORTED, [OWN_VOICE], [OWN_VOICE, OTHER])


def test_a_question_asking_the_detail_itself_stays_not_covered():
    question = "What impact will the new rule have upon the nation?"
    assert not reports_unknown(question, RELAYED)
    assert untold_only(question, [RELAYED], [RELAYED, OTHER])


def test_a_question_scoped_to_a_source_asks_for_its_words_too():
    question = "According to Politics Daily, what impact will the new rule have upon the nation?"
    assert reports_unknown(question, RELAYED)
    assert not reports_unknown(question, OWN_VOICE)
    assert not untold_only(question, [RELAYED], [RELAYED, OTHER])
