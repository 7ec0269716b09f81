"""A rebuttal disputes a question only when what it rebuts is what is asked (issue 14.1): a judge's own rejection of
the city is the judge's grounds for "Why did the judge …"; "Judge Irene Vasquez-Holt" does not name another outlet's
"a judge"; "He denied …" after a sentence telling of him goes on with his account; a rebuttal that only speaks of a
"smear campaign" and holds no word of the question rejects another claim. Official titles speak before a name."""

from __future__ import annotations

from app.answer.agent_role import agent_role, role_speaks
from app.answer.select import asked
from app.answer.sides import contradiction, names_source
from tests.answer.test_disputed import _article, plain
from tests.answer.test_sides import quote

JUDGE = quote("Judge Irene Vasquez-Holt wrote that the city had \"offered no evidence that a blanket curfew does what "
              "a narrower rule could not.\"", "Meridian", "centre", 1.0, "Irene Vasquez-Holt")
A_JUDGE = quote("On Tuesday a judge said the city had no right to do that.", "Post", "left", 0.95, "a judge")


def test_the_title_of_the_rebutters_own_speaker_names_no_other_source():
    assert not names_source(JUDGE, A_JUDGE)  # "Judge" titles Vasquez-Holt herself
    named = quote("The mayor said a judge had overreached, and the judge had no evidence.", "Ledger", "right", 0.9,
                  "Ann Barros")
    assert names_source(named, A_JUDGE)  # a mention that titles nobody of its own names the described judge


def test_the_role_a_why_question_names_its_agent_by_speaks_in_a_quote_of_its_bearer():
    q = "Why did the judge throw out the curfew?"
    assert "judge" in agent_role(q) and not agent_role("Why did Corran stop the trial?")
    assert role_speaks(q, JUDGE) and role_speaks(q, A_JUDGE)
    assert not role_speaks(q, quote("The city said the judge was wrong.", "Post", "left", 0.9, "Ann Lee"))
    assert contradiction(asked(q), q, JUDGE, A_JUDGE, 0.6) is None  # the judge's grounds, not a dispute
    other = "Did the curfew do what a narrower rule could not?"
    assert contradiction(asked(other), other, A_JUDGE, JUDGE, 0.6) == "rebuttal"  # asked of the claim: disputed


def test_a_pronoun_going_on_with_the_sentence_before_does_not_answer_it_back():
    from app.answer.disputed import answered_back
    q = "Would the audit change the union's pay?"
    told, he = _article(("The head of the union, Tom Keegan, called the audit of union pay a hit piece.", None),
                        ("He denied that the union pay was wrong.", "Tom Keegan"))
    assert not answered_back(asked(q), q, plain(told), [told, he]).contested  # Keegan goes on
    other, back = _article(("The auditor said the audit of union pay was sound.", "Priya Natarajan"),
                           ("He denied that the union pay was wrong.", "Tom Keegan"))
    assert answered_back(asked(q), q, plain(other), [other, back]).contested  # another voice answers back


def test_a_rebuttal_that_only_speaks_of_a_campaign_disputes_a_question_it_holds_a_word_of():
    smear = quote("\"But the work of this ministry is too important to be held hostage by a smear campaign.\"",
                  "Standard", "right", 0.9, "Halvard Meese")
    link = quote("Skyfen's board includes the minister's brother-in-law.", "Dispatch", "left", 1.0)
    q = "How is the minister connected to the company that won?"
    assert contradiction(asked(q), q, link, smear, 0.45) is None  # no word of the question: another claim
    q2 = "Is the campaign against the ministry fair?"
    assert contradiction(asked(q2), q2, link, smear, 0.45) == "rebuttal"


def test_an_official_title_before_a_name_quotes_the_official_and_carries_no_relay_over_the_article():
    from app.attribution.chains import find_chains
    from app.attribution.links import QUOTES, Link
    from tests.attribution.test_speakers_fifth import NAMES
    text = ("ASHFORD — The port paid $3 million in fees that cannot be matched to any invoice, City Auditor Lena "
            "Moravec reported on Thursday. The head of the dockers' union, Karl Brenner, called the audit a hit piece. "
            "He denied that any docker had been paid for hours not worked.")
    links = [c.links for c in find_chains(text, "Harbor Courier", NAMES)]
    assert links == [(Link("Lena Moravec", QUOTES),), (), (Link("Karl Brenner", QUOTES),)]


def test_the_thing_a_what_question_asks_for_negated_under_another_verb_denies_another_act():
    from app.answer.agree import other_act_denied
    q = "What raise has the port authority offered?"
    offer = quote("The authority has offered raises of 4% over two years. The union is asking for 10%, saying dockers "
                  "have not had a raise above inflation since 2019.", "Wire", "centre", 1.0)
    said = quote("The authority's director said its offer of 4% was the most generous in its history.", "Herald",
                 "right", 0.9, "Ann Lee")
    assert other_act_denied(asked(q), q, offer, said)  # having no raise is not the offer denied
    none = quote("The authority has not offered any raise so far.", "Post", "left", 0.9)
    assert not other_act_denied(asked(q), q, none, said)  # the act asked, negated: a denial
