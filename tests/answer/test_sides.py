"""Picking quotes: the best first, at most two for a plain question, contested only when two
sources contradict each other on the question (pure functions, hand-made quotes and vectors)."""

from __future__ import annotations

import numpy as np

from app.answer.dates import asks_after
from app.answer.retrieve import Hit
from app.answer.scoring import score
from app.answer.select import Quote, asked
from app.answer.sides import pick
from app.attribution.figures import answer_figure
from app.attribution.links import Link
from app.attribution.units import TIME
from app.store.chroma import StoredChunk


def quote(text: str, outlet: str, stance: str, s: float, speaker: str | None = None) -> Quote:
    chunk = StoredChunk(id=f"{outlet}-{text[:8]}", doc_id=outlet, start=0, end=len(text), text=text,
                        meta={"outlet": outlet, "stance": stance})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1)
    links = (Link(speaker, "quotes"),) if speaker else ()
    return Quote(hit, 0, len(text), text, 0, links, s)


def vectors(*rows: tuple[float, float]) -> np.ndarray:
    v = np.array(rows, dtype=np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_plain_question_keeps_the_best_and_one_corroborating_outlet():
    ranked = [quote("The plan costs 5 million dollars.", "A", "x", 1.0), quote("It costs 5 million dollars.", "A", "x", 0.98),
              quote("The plan costs 5 million dollars, B says.", "B", "y", 0.95), quote("Unrelated.", "C", "z", 0.5)]
    picked = pick(asked("How much does the plan cost?"), "How much does the plan cost?", ranked,
                  vectors((1, 0), (1, 0.1), (1, 0.05), (0, 1)))
    assert not picked.contested and [q.outlet for q in picked.quotes] == ["A", "B"]


def test_two_stances_on_one_topic_are_not_a_disagreement():
    ranked = [quote("The bridge opened on Monday.", "A", "x", 1.0), quote("Ferry tickets will cost more.", "B", "y", 0.95)]
    q = "What happened to the bridge and the ferry?"
    assert not pick(asked(q), q, ranked, vectors((1, 0.3), (0.3, 1))).contested


def test_conflicting_figures_make_two_sides_best_first():
    ranked = [quote("The indictment runs 48 pages, the 48-page indictment says.", "A", "x", 1.0),
              quote("The 47-page indictment says so.", "B", "y", 0.9)]
    q = "How many pages long is the indictment?"
    picked = pick(asked(q), q, ranked, vectors((1, 0.2), (1, 0.3)))
    assert picked.contested and picked.about == "figures" and picked.sides == (0, 1)


def test_how_long_something_lasted_is_answered_by_time_not_by_another_figure_of_length():
    q = "How long did the investigation last before the indictment?"
    pages = [quote("The 48-page indictment came after a monthslong investigation.", "A", "x", 1.0),
             quote("The 47-page indictment came after the investigation, it says.", "B", "y", 0.9)]
    assert not pick(asked(q), q, pages, vectors((1, 0.2), (1, 0.3))).contested  # pages are no duration
    years = [quote("The 48-page indictment came after a three-year investigation.", "A", "x", 1.0),
             quote("The 47-page indictment came after a two-year investigation.", "B", "y", 0.9)]
    picked = pick(asked(q), q, years, vectors((1, 0.2), (1, 0.3)))
    assert picked.contested and picked.about == "figures"
    assert [f.text for f in (answer_figure(x.text, asked(q).terms, unit=TIME) for x in years)] == ["three-year", "two-year"]


def test_a_denial_of_the_same_claim_from_the_other_side_is_contested_but_not_from_the_same_speaker():
    q = "Did the White House offer him the job?"
    yes = quote("The White House offered him the job.", "A", "x", 1.0)
    no = quote("The White House never offered him the job.", "B", "y", 0.95)
    assert pick(asked(q), q, [yes, no], vectors((1, 0.1), (1, 0.15))).contested
    same = quote("The White House never offered him the job.", "B", "x", 0.95)
    assert not pick(asked(q), q, [yes, same], vectors((1, 0.1), (1, 0.15))).contested  # same stance: no denial
    a = quote("“It is legal,” said Smith.", "A", "x", 1.0, "John Smith")
    b = quote("Smith said it was not illegal.", "B", "y", 0.95, "Smith")
    assert not pick(asked("What did Smith say?"), "What did Smith say?", [a, b], vectors((1, 0), (1, 0.1))).contested


def test_short_fragments_score_lower_and_figures_and_speakers_score_higher():
    assert score(0.6, 0.5, 3, False, False) < score(0.6, 0.5, 12, False, False)
    assert score(0.6, 0.5, 12, True, False) > score(0.6, 0.5, 12, False, False)
    assert score(0.6, 0.5, 12, False, True) > score(0.6, 0.5, 12, False, False)


def test_a_question_about_a_time_after_every_source_is_out_of_reach():
    dates = ["2010-05-28", "2010-05-27"]
    assert asks_after("Who won the election in November 2010?", dates)
    assert asks_after("What happened in 2011?", dates)
    assert not asks_after("What happened in May 2010?", dates)
    assert not asks_after("What happened in 2011?", [*dates, None])  # an undated source might say


def test_a_negation_in_a_quote_on_another_claim_is_not_a_denial():
    q = "Did the White House offer him the job?"
    yes = quote("The White House offered him the job.", "A", "x", 1.0)
    other = quote("The White House did not offer details of the job board.", "B", "y", 0.95)
    v = vectors((1, 0), (0.3, 1))  # cosine ≈ 0.29: below the same-claim bar
    assert not pick(asked(q), q, [yes, other], v).contested


def test_a_contested_answer_to_a_verdict_question_says_it_gives_no_verdict():
    from app.answer.compose import NO_VERDICT, compose_answer
    from app.answer.sides import Picked
    from app.registry import Registry

    reg = Registry.model_validate({"stance_groups": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
                                   "outlets": [{"name": "A", "stance": "x"}, {"name": "B", "stance": "y"}]})
    sides = Picked([quote("The offer was legal.", "A", "x", 1.0), quote("The offer was illegal.", "B", "y", 0.9)],
                   True, "verdicts", (0, 1))
    answer = compose_answer("Yes or no: was the offer legal?", sides, reg)
    assert answer.contested and NO_VERDICT in answer.answer
    assert "The question they disagree on: \u201cwas the offer legal?\u201d The sources reach opposite verdicts: legal (A) and " \
           "illegal (B)." in answer.answer  # the wrapper "Yes or no:" is not restated
    assert "X — A: “The offer was legal.” [1]" in answer.answer
    plain = compose_answer("Was the offer legal?", sides, reg)
    assert NO_VERDICT not in plain.answer


def test_one_outlet_never_disagrees_with_itself_and_a_rebuttal_comes_from_the_other_side():
    q = "Is the plan safe?"
    a = quote("The plan is safe, the agency said.", "A", "x", 1.0)
    same_outlet = quote("Critics quoted by A said the plan is dangerous.", "A", "y", 0.95, "Critic Jones")
    assert not pick(asked(q), q, [a, same_outlet], vectors((1, 0.1), (1, 0.15))).contested
    other = quote("Critics quoted by B said the plan is dangerous.", "B", "y", 0.95)
    assert pick(asked(q), q, [a, other], vectors((1, 0.1), (1, 0.15))).about == "verdicts"
    same_side = quote("These claims of safety are lies, B said.", "B", "x", 0.95)
    assert not pick(asked(q), q, [a, same_side], vectors((1, 0.1), (1, 0.15))).contested


def test_a_rebuttal_that_names_no_source_must_point_at_a_claim_or_be_the_same_claim():
    q = "What role did the group play in the protests?"
    a = quote("The group led the protests in the capital.", "A", "x", 1.0)
    vague = quote("The group spreads lies and diverts the protests.", "B", "y", 0.95)
    v = vectors((1, 0), (1, 1.6))  # cosine ≈ 0.53: on the question, below the same-claim bar
    assert not pick(asked(q), q, [a, vague], v).contested
    aimed = quote("These claims about the protests are lies.", "B", "y", 0.95)
    assert pick(asked(q), q, [a, aimed], v).about == "rebuttal"


def test_what_x_said_is_not_disputed_by_x_rejecting_something_else():
    q = "What did Suthers say about the lawsuit?"
    suthers = quote("Suthers said the lawsuit was without merit.", "A", "x", 1.0, "John Suthers")
    other = quote("The governor said he spoke with officials about the lawsuit.", "B", "y", 0.9, "John Hickenlooper")
    assert not pick(asked(q), q, [suthers, other], vectors((1, 0.1), (1, 0.2))).contested
    rebutted = quote("Critics said the lawsuit claims were false.", "B", "y", 0.9)
    assert pick(asked(q), q, [suthers, rebutted], vectors((1, 0.1), (1, 0.2))).contested


def test_when_a_later_quote_disagrees_the_best_quote_still_opens_on_its_side():
    q = "How many pages long is the indictment?"
    best = quote("The indictment of the couple was released on Tuesday.", "A", "x", 1.0)
    other = quote("The 47-page indictment was released.", "B", "y", 0.97)
    same_side = quote("It is a 48-page indictment.", "C", "x", 0.9)
    picked = pick(asked(q), q, [best, other, same_side], vectors((1, 0.2), (1, 0.3), (1, 0.25)))
    assert picked.contested and picked.quotes == [best, same_side, other] and picked.sides == (0, 0, 1)


def test_a_denial_of_a_less_similar_quote_counts_when_both_hold_the_question_s_terms():
    q = "Does the government have direct access to the company servers?"
    denial = quote("We do not provide any government agency with direct access to our servers.", "A", "x", 1.0)
    report = quote("Reports said the government had direct access to the servers of the company.", "B", "y", 0.95)
    v = vectors((1, 0), (1, 1.9))  # cosine ≈ 0.47: on the question, below the same-claim bar
    assert pick(asked(q), q, [denial, report], v).about == "denial"
    vague = quote("The government runs several surveillance programs.", "B", "y", 0.95)  # shares one term
    assert not pick(asked(q), q, [denial, vague], v).contested


def test_a_sentence_naming_whom_the_source_told_scores_higher():
    from app.answer.select import asked
    from app.answer.signals import names_recipient
    ask = asked("What did Mayor Jane Park tell the Riverside Gazette about the bridge?")
    assert ask.recipients == {"riverside", "gazette"}
    assert names_recipient(ask, "Park told the Riverside Gazette the bridge would reopen.")
    assert not names_recipient(ask, "Park told a radio station the bridge would reopen.")
    assert not asked("What did Mayor Jane Park tell reporters?").recipients
    assert score(0.6, 0.5, 12, False, False, True) > score(0.6, 0.5, 12, False, False)


def test_two_quotes_below_the_best_that_deny_each_other_are_contested_but_not_by_a_loose_rebuttal():
    q = "Were the amendments read aloud during the reading?"
    best = quote("Members began to read the document aloud on Thursday morning.", "A", "x", 1.0)
    said = quote("Volunteers read aloud the seven articles and the 27 amendments during the reading.", "B", "y", 0.8)
    denied = quote("The amendments were not read aloud during the reading.", "C", "z", 0.78)
    v = vectors((1, 0), (0.3, 1), (0.32, 1))  # neither lower quote is within CLOSE (0.12) of the best, nor near it
    picked = pick(asked(q), q, [best, said, denied], v)
    assert picked.contested and picked.about == "denial" and {x.outlet for x in picked.quotes} >= {"B", "C"}
    far = quote("The amendments were not read aloud during the reading.", "C", "z", 0.7)  # below CONTEST_POOL
    assert not pick(asked(q), q, [best, said, far], v).contested
    smear = quote("These claims about the reading are a smear.", "C", "z", 0.78)  # a rebuttal needs a close target
    assert not pick(asked(q), q, [best, said, smear], v).contested


def test_a_rebuttal_of_claims_below_the_best_quote_aims_at_a_quote_on_the_same_question_terms():
    """Neither quote is close to the best one, but the rebuttal speaks of claims and holds three of
    the question's terms with the other side's quote: a disagreement. With fewer shared terms (only
    on the topic), or from the same side, it is not."""
    q = "Is the group gaining influence inside the country through social media?"
    best = quote("The group is gaining influence inside the country through social media.", "A", "x", 1.0)
    rebuttal = quote("These claims about the group's social media influence were designed to divert attention.", "B", "x", 0.84)
    claim = quote("A newspaper revealed the group's secretive social media influence campaign.", "C", "y", 0.74)
    vecs = vectors((1, 0.0), (0.2, 1), (0.5, 1))  # neither is close to the best quote; cosine(rebuttal, claim) ≈ 0.95
    picked = pick(asked(q), q, [best, rebuttal, claim], vecs)
    assert picked.contested and picked.about == "rebuttal" and claim in picked.quotes and rebuttal in picked.quotes
    topic = quote("A newspaper wrote about the group's campaign.", "C", "y", 0.74)  # one question term shared
    assert not pick(asked(q), q, [best, rebuttal, topic], vecs).contested
    same_side = quote(claim.text, "C", "x", 0.74)
    assert not pick(asked(q), q, [best, rebuttal, same_side], vecs).contested


def test_a_rebuttal_far_below_the_best_counts_when_it_spells_out_the_claim_asked_about():
    """A rebuttal below CONTEST_POOL counts only by a precise rule: it spells out the claim it rejects
    ("challenged claims that …") and that claim holds the question's terms; a rebuttal of claims in
    general, as low, does not."""
    q = "Did protesters hurl racial epithets at black lawmakers?"
    best = quote("Leaders referenced an incident when protesters allegedly hurled racial epithets at black lawmakers.",
                 "A", "x", 1.0)
    claim = quote("Black lawmakers accused protesters of hurling racial epithets at them.", "B", "y", 0.9)
    spelled = quote("But members have challenged claims that protesters hurled epithets at black lawmakers.", "A", "x", 0.7)
    vecs = vectors((1, 0.2), (1, 0.3), (1, 0.5))
    picked = pick(asked(q), q, [best, claim, spelled], vecs)
    assert picked.contested and picked.about == "rebuttal" and claim in picked.quotes and spelled in picked.quotes
    loose = quote("But members have challenged the claims about racism, calling them a smear.", "A", "x", 0.7)
    assert not pick(asked(q), q, [best, claim, loose], vecs).contested


def test_a_question_asked_in_a_quote_asserts_nothing_so_it_denies_nothing():
    q = "Was there a pay disparity at the stores?"
    said = quote("At 90 percent of the stores, there was no pay disparity across the stores.", "A", "x", 1.0)
    asked_it = quote("“Is it true,” the judge asked, “that the pay disparity at the stores was less than average?”",
                     "B", "y", 0.95)
    v = vectors((1, 0.1), (1, 0.15))
    assert not pick(asked(q), q, [said, asked_it], v).contested
    stated = quote("The pay disparity at the stores was larger than average, the judge said.", "B", "y", 0.95)
    assert pick(asked(q), q, [said, stated], v).contested


def test_a_figure_the_question_states_and_another_outlets_figure_for_it_are_two_sides():
    q = "Did the Clintons pay a 30 percent federal tax rate in 2014, as Jeb Bush said?"
    claim = quote("He said the Clintons' 2014 federal tax rate was 30 percent.", "A", "x", 1.0, "Jeb Bush")
    returns = quote("The Clintons' effective federal tax rate for 2014 was 35.7 percent.", "B", "y", 0.9)
    picked = pick(asked(q), q, [claim, returns], vectors((1, 0.2), (1, 0.3)))
    assert picked.contested and picked.about == "figures" and [x.outlet for x in picked.quotes] == ["A", "B"]
    same = quote("The Clintons' effective federal tax rate for 2014 was 30 percent.", "B", "y", 0.9)
    assert not pick(asked(q), q, [claim, same], vectors((1, 0.2), (1, 0.3))).contested


def test_a_rebuttal_that_spells_out_its_claim_disputes_only_a_quote_that_states_that_claim():
    q = "Did the White House dangle the Navy secretary job in front of the congressman?"
    r = quote("Batting down allegations that the White House dangled the secretary of Navy job in front of him, "
              "the report said he was offered unpaid advisory posts.", "A", "x", 1.0)
    other_topic = quote("The White House asked an intermediary to see if the congressman would take an unpaid post.",
                        "B", "y", 0.95)
    also_denies = quote("Some speculated that the White House dangled the secretary of Navy job in front of him, "
                        "but the counsel said that was never the case.", "B", "y", 0.95)
    states = quote("The White House dangled the secretary of Navy job in front of the congressman, critics say.",
                   "B", "y", 0.95)
    v = vectors((1, 0.2), (1, 0.25))
    assert not pick(asked(q), q, [r, other_topic], v).contested  # on topic, but not the claim r rejects
    assert not pick(asked(q), q, [r, also_denies], v).contested  # it rejects the claim too: they agree
    assert pick(asked(q), q, [r, states], v).contested


def test_x_s_own_rebuttal_of_a_named_source_answers_what_x_said_in_the_wide_pool_too():
    """"What did Javad Zarif say about the MEK?": Zarif calling Al Jazeera's reports a smear campaign is his answer,
    not a dispute of it, however far below the best quote the other side's report scores."""
    from dataclasses import replace

    from app.answer.sides import contradiction

    q = "What did Javad Zarif say about the MEK?"
    zarif = quote("Zarif and Baeidinejad recently said that the threatening tactics around the MEK residence in Albania "
                  "and the smear campaigns by Channel 4 and Al-Jazeera English were “ordered” by the mullahs’ regime.",
                  "Iran News Update", "mek", 1.0, "Javad Zarif")
    report = replace(quote("Former MEK members still stranded in the Albanian capital, Tirana, having left the group, "
                           "described how the MKO uses thousands of fake Twitter accounts to both promote their "
                           "organization and to boost online calls for regime change.", "Rasa", "hostile", 0.6),
                     links=(Link("Al Jazeera", "relays"),))
    assert contradiction(asked(q), q, zarif, report, 0.4, wide=True) is None
    other = "What did Iran News Update report about the MEK?"  # not X's own words: the rebuttal of a named source counts
    assert contradiction(asked(other), other, zarif, report, 0.4, wide=True) == "rebuttal"


def test_two_figures_disagreeing_open_with_the_figure_not_a_better_ranked_sentence_of_its_article():
    """An outlet's side is its figure: its better-ranked lead that gives none does not open before it (a passage past
    the k picks brought the figure, `figure_reach`); the best quote of a third article still opens its side."""
    q = "How many stores did the women work in?"
    lead = quote("The court may block the suit of the women against the chain.", "H", "x", 1.0)
    stores = quote("Decisions were made at the more than 4,300 stores of the chain.", "H", "x", 0.95)
    other = quote("The women worked in 3,400 stores.", "N", "y", 0.9)
    picked = pick(asked(q), q, [lead, stores, other], vectors((1, 0.2), (1, 0.3), (1, 0.25)))
    assert picked.contested and picked.about == "figures" and picked.quotes == [stores, other]


def test_two_papers_quoting_an_unnamed_official_relay_no_one_source():
    from app.answer.sides import _relays_the_same_source

    a = quote("The program is overseen by the court, a senior official said.", "A", "x", 1.0, "a senior official")
    b = quote("Congress was briefed, a senior official said.", "B", "y", 0.9, "a senior official")
    assert not _relays_the_same_source(a, b)  # the same words may describe two people
    named = [quote(q.text, q.outlet, "x", 1.0, "Ruth Dane") for q in (a, b)]
    assert _relays_the_same_source(*named)
