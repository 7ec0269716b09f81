"""The other side's figure (`counterpart`, through `figure_look`): another voice's figure of the quantity the anchor's
figure counts is brought in as that side's quote; a figure of another quantity, or one far apart, is not."""

from __future__ import annotations

from app.answer.figure_compared import claim_source, compared_at, compares_claim
from app.answer.figure_counterpart import compared_apart, same_quantity
from app.answer.figure_look import figure_look
from app.answer.money import not_money
from app.answer.select import asked
from app.answer.sides import Picked
from app.attribution.figures import conflicting_figures, figures
from app.attribution.units import unit_kind
from tests.answer.test_day_look import articles
from tests.answer.test_rebuttal import embed_with
from tests.answer.test_sides import quote

COST = "How much will the sanctions cost the Vessian economy?"
CLAIM = quote("The sanctions will cost the Vessian economy 1.8 billion crowns this year, the minister said.", "A", "x",
              1.0, "Anna Dunst")
REPLY = quote("An economist told the Post the measures would cost Vessia \"less than 400 million crowns\" at most.",
              "B", "y", 0.8, "Vera Holm")


def _look(question, ranked, found=None, vectors=None):
    embed = embed_with(vectors or {q.text: (1, 0.5) for q in ranked})
    return figure_look(asked(question), question, Picked([ranked[0]], False), ranked, articles(found or {}), embed)


def test_a_currency_is_money_of_its_own_unit():
    assert unit_kind(figures("400 million crowns")[0].unit) == "dollar" == unit_kind("dollar")
    assert unit_kind(figures("40 pounds")[0].unit) != "dollar"  # a mass as often as a sum
    assert not not_money(asked(COST), figures("400 million crowns")[0])
    ask = asked(COST)  # crowns are compared with crowns only
    assert not conflicting_figures("It will cost the economy 400 million crowns.", "It will cost the economy 900 "
                                   "million euros.", ask.terms, ask.predicate, "dollar")


def test_another_outlets_figure_of_the_same_cost_is_the_other_side():
    reply = quote("An economist told the Post the measures would cost Vessia \"less than 900 million crowns\" at most.",
                  "B", "y", 0.8, "Vera Holm")
    picked = _look(COST, [CLAIM, reply])
    assert picked.contested and picked.about == "figures" and picked.quotes == [CLAIM, reply]


def test_figures_far_apart_are_no_counterparts():  # more than figures.MAX_RATIO: mostly two quantities
    assert not _look(COST, [CLAIM, REPLY]).contested


def test_another_named_voice_in_the_same_article_is_the_other_side():
    q = "How many teachers went to work on Monday?"
    district = quote("Haddad said 140 teachers went to work on Monday.", "A", "x", 1.0, "Haddad")
    union = quote("Marr said only 90 teachers went to work on Monday.", "A", "x", 0.5, "Marr")
    assert _look(q, [district], {"A": [union]}, {district.text: (1, 0.5), union.text: (1, 0.6)}).quotes == \
        [district, union]
    far = quote("Marr said only 30 teachers went to work on Monday.", "A", "x", 0.5, "Marr")  # over 3x apart
    assert not _look(q, [district], {"A": [far]}, {district.text: (1, 0.5), far.text: (1, 0.6)}).contested
    unnamed = quote("Only 90 teachers went to work on Monday.", "A", "x", 0.5)  # the outlet's voice: no second voice
    plain = quote("The district said 140 teachers went to work on Monday.", "A", "x", 1.0)
    assert not _look(q, [plain], {"A": [unnamed]}, {plain.text: (1, 0.5), unnamed.text: (1, 0.6)}).contested


def test_a_figure_of_another_quantity_is_no_counterpart():
    q = "How much campaign money are the Hunters charged with converting to personal use?"
    charged = quote("The Hunters are charged with converting $250,000 in campaign funds to personal use.", "A", "x",
                    1.0)
    repaid = quote("Their lawyers said the Hunters repaid the campaign about $100,000.", "B", "y", 0.8)
    assert not _look(q, [charged, repaid]).contested  # the question's act beside one figure only
    q = "How much did the Clintons pay in state and local taxes?"
    state = quote("The Clintons paid $43 million in federal taxes and an additional $20.6 million in state taxes.",
                  "A", "x", 1.0)
    federal = quote("The Clintons paid nearly $44 million in federal income taxes.", "B", "y", 0.8)
    assert not same_quantity(asked(q), "dollar", state.text, federal.text)  # the anchor gives the other's figure too
    assert not _look(q, [state, federal]).contested


def test_a_word_of_the_question_beside_the_counterpart_only_tells_another_quantity():
    q = "How many states have legalized recreational marijuana?"
    four = quote("Four states have legalized recreational marijuana.", "A", "x", 1.0)
    medical = quote("He said nine states have enacted medical marijuana laws.", "B", "y", 0.8, "Vicente")
    assert not _look(q, [four, medical]).contested


def test_a_total_is_not_told_against_a_part_the_question_names():
    q = "How much did the Clintons pay in state taxes?"
    total = quote("Over eight years the Clintons paid $15 million in taxes.", "A", "x", 1.0)
    state = quote("The Clintons paid $40 million in state taxes.", "B", "y", 0.8)  # "state" beside it only
    assert not same_quantity(asked(q), "dollar", total.text, state.text)
    assert not _look(q, [total, state]).contested


def test_a_figure_the_anchors_sentence_gives_beside_its_own_is_no_counterpart():
    q = "How much did they pay in taxes?"
    anchor = "They gave $44 million to charity and paid $20 million in taxes."
    assert not same_quantity(asked(q), "dollar", anchor, "They paid nearly $44 million in taxes.")  # the charity's
    assert same_quantity(asked(q), "dollar", anchor, "They paid nearly $34 million in taxes.")


def test_a_sentence_comparing_its_figure_with_anothers_claim_is_the_other_side_however_far_apart():
    q = "How many jobs will the stadium create?"
    mayor = quote("Mayor Brandt said the stadium would create 4,000 permanent jobs.", "A", "x", 1.0, "Brandt")
    office = quote("The budget office estimated that the stadium would create about 900 permanent jobs, far fewer than "
                   "the 4,000 the mayor has promised.", "B", "y", 0.8)
    picked = _look(q, [mayor, office])
    assert picked.contested and picked.quotes == [mayor, office]  # 4.4x apart, and it gives 4,000 too
    plain = quote("The budget office estimated that the stadium would create about 900 permanent jobs.", "B", "y", 0.8)
    assert not _look(q, [mayor, plain]).contested  # no comparison: the ratio bound holds


def test_a_comparison_keeps_the_guards_on_what_the_figures_count():
    q = "How much campaign money are the Hunters charged with converting to personal use?"
    charged = quote("The Hunters are charged with converting $250,000 in campaign funds to personal use.", "A", "x",
                    1.0)
    repaid = quote("Their lawyers said the Hunters repaid the campaign about $60,000, a fraction of what prosecutors "
                   "claim.", "B", "y", 0.8)
    assert not compared_apart(asked(q), "dollar", charged.text, repaid.text)  # the act beside one figure only
    assert not _look(q, [charged, repaid]).contested
    q = "How many states have legalized recreational marijuana?"
    four = quote("Four states have legalized recreational marijuana.", "A", "x", 1.0)
    medical = quote("He said 23 states have enacted medical marijuana laws, more than five times the figure the "
                    "governor gave.", "B", "y", 0.8, "Vicente")
    assert not _look(q, [four, medical]).contested


def test_a_comparison_names_anothers_claim():
    assert compares_claim("9,000 gallons leaked, more than four times the company's figure.")
    assert compares_claim('less than 400 million crowns, a small fraction of what the government claims."')
    assert compares_claim('450 million crowns, "well under a third" of the figure the lobby gave')
    assert compares_claim("about 900 jobs, far fewer than the 4,000 the mayor has promised")
    assert not compares_claim("twice the number of deaths recorded last year")  # another quantity
    assert not compares_claim("more than twice the national average")
    assert not compares_claim("more than 4,000 jobs, the mayor said")  # a bound, not a comparison


def test_how_much_of_a_measured_thing_anchors_on_the_unit_beside_it():
    q = "How much oil leaked into the bay?"
    company = quote("The company said on Monday that about 2,000 gallons of crude oil leaked into the bay.", "A", "x",
                    1.0, "Hale")
    state = quote("The state estimates that 9,000 gallons leaked, more than four times the company's figure.", "B",
                  "y", 0.8)
    picked = _look(q, [company, state])  # no counted noun: the unit is what stands beside "oil"
    assert picked.contested and picked.quotes == [company, state]
    other = quote("The company said about 2,000 gallons of water were used to clean the bay.", "A", "x", 1.0, "Hale")
    assert not _look(q, [other, state]).contested  # gallons of another thing: no anchor


def test_a_quote_giving_no_figure_by_reference_reads_no_anchor_figure(monkeypatch):
    import app.answer.figure_counterpart as mod

    def unread(*_args):
        raise AssertionError("the anchor's figures were read")

    monkeypatch.setattr(mod, "unit_word", unread)  # REPLY names its unit: no reference, nothing to read it as
    assert not mod.elided_apart(asked(COST), "crown", CLAIM, REPLY)


def test_the_compared_claims_source_is_named_after_its_figure():
    assert claim_source("far fewer than the 4,000 the mayor has promised.") == "the mayor"
    assert claim_source("less than half of what Finance Minister Edvard Holm has claimed") == \
        "Finance Minister Edvard Holm"
    assert claim_source("the mayor has promised 4,000 jobs") is None


def test_a_comparison_starts_at_its_hedge():
    text = "The office expects about 900 jobs, far fewer than the 4,000 the mayor has promised."
    assert text[compared_at(text):].startswith("far fewer than") and compared_at("About 900 jobs will come.") is None
