"""The figure's look (`figure_look`): a how-many question whose candidates hold one outlet's figure of what is
counted reads the other outlets' articles for another figure of it, which the question's retrieval may miss."""

from __future__ import annotations

from app.answer.asked_figure import counted_unit
from app.answer.figure_look import _anchor, figure_look
from app.answer.select import asked
from app.answer.sides import Picked
from app.attribution.figures import figures
from tests.answer.test_day_look import articles
from tests.answer.test_rebuttal import embed_with
from tests.answer.test_sides import quote

Q = "How many stores did the women suing the retailer work in?"
LEAD = quote("The court appears ready to block a lawsuit against the retailer on behalf of 1.6 million women.", "A", "x", 1.0)
ANCHOR = quote("The women suing the retailer worked in 3,400 stores in 170 job classifications.", "B", "y", 0.8)


def test_another_outlets_figure_of_what_is_counted_is_contested_with_the_anchor():
    other = quote("In pay, the women worked at the more than 4,300 Acme and Best Club stores.", "A", "x", 0.7)
    embed = embed_with({ANCHOR.text: (1, 0.2), other.text: (1, 0.5)})
    picked = figure_look(asked(Q), Q, Picked([LEAD], False), [LEAD, ANCHOR], articles({"A": [other]}), embed)
    assert picked.contested and picked.about == "figures" and picked.quotes == [ANCHOR, other]


def test_the_same_figure_another_count_or_a_figure_of_other_things_is_no_disagreement():
    same = quote("The women suing the retailer worked at 3,400 stores.", "A", "x", 0.7)
    others = quote("Its rival opened 1,500 stores in China last year.", "A", "x", 0.7)  # one question term near it
    embed = embed_with({ANCHOR.text: (1, 0.2), same.text: (1, 0.5), others.text: (1, 0.4)})
    found = articles({"A": [same, others]})
    assert not figure_look(asked(Q), Q, Picked([LEAD], False), [LEAD, ANCHOR], found, embed).contested
    managers = "How many women store managers are in the class?"  # counts managers: no anchor counts stores
    assert counted_unit(asked(managers), managers) == figures("2 managers")[0].unit
    assert not figure_look(asked(managers), managers, Picked([LEAD], False), [LEAD, ANCHOR], found, embed).contested


def test_no_look_for_a_question_that_asks_no_count():
    q = "Did the women suing the retailer work in many stores?"
    other = quote("Managers made pay decisions at the more than 4,300 Acme stores the women work in.", "A", "x", 0.7)
    embed = embed_with({ANCHOR.text: (1, 0.2), other.text: (1, 0.5)})
    assert not figure_look(asked(q), q, Picked([LEAD], False), [LEAD, ANCHOR], articles({"A": [other]}), embed).contested


def test_the_counted_noun_is_read_before_the_verb_of_any_kind():
    from app.answer.asked_figure import counted_noun
    assert counted_noun("How many women worked at the retailer in 1998?") == "women"  # a past verb, not "worked"
    assert counted_noun("How many troops died?") == "troops"
    assert counted_noun("How many paid speeches did she give?") == "speeches"  # a first past form qualifies
    assert counted_noun("How many classified hearings and briefings have members had?") == "briefings"
    assert counted_noun("The retailer has how many stores?") == "stores"  # a lone noun at the clause's end


def test_the_counted_noun_is_the_plural_before_a_present_verb_or_an_adjective():
    from app.answer.asked_figure import counted_noun
    assert counted_noun("How many MKO members live in Camp Ashraf?") == "members"  # not the verb "live"
    assert counted_noun("How many people work at the retailer?") == "people"
    assert counted_noun("How many voters think he won?") == "voters"  # not "he"
    assert counted_noun("How many Americans support the bill?") == "americans"
    assert counted_noun("How many pages long is the indictment?") == "pages"  # not "long"
    assert counted_noun("How many elephants remain?") == "elephants"
    assert counted_noun("How many women store managers are in the class?") == "managers"  # a plural modifier
    assert counted_noun("How many staff work there?") == "staff"  # a plural with no ending (`text.plurals`)


def test_how_many_with_no_noun_counts_nothing():
    from app.answer.asked_figure import counted_noun
    for q in ("How many?", "How many died?", "How many were killed in the attack?", "How many of them died?",
              "How many crew work there?"):  # no noun said, or no plural to tell the noun from the verb
        assert counted_noun(q) == "", q
    assert counted_unit(asked("How many died?"), "How many died?") == ""


def test_the_anchor_of_a_money_question_is_read_by_its_sum_not_another_number_of_the_sentence():
    q = "How much is Secure America Now spending on the Netanyahu ad in Florida?"
    sum_after = quote("The group that produced the ad is run by two longtime Republican strategists. They have "
                      "reserved $500,000 of airtime in Fort Myers, West Palm Beach and Miami.", "B", "y", 1.0)
    assert _anchor(asked(q), q, [sum_after]) == (sum_after, "dollar")


UNITS_TEXT = ("The chain runs 4,300 stores. Its 48-page filing says workers earn 20 percent less. In 2011 the court "
              "heard the case. Two of its 1.6 million women sued for $11 million. No. 1 Acme's 30 Club members rose.")


def _stored(text: str):
    from app.store.embed import HashEmbedder
    from app.store.sentences import Sentences
    from app.text.sentences import split_sentences
    spans = split_sentences(text)
    return spans, Sentences.of(spans, HashEmbedder().embed([text[p.start:p.end] for p in spans]), text)


def test_the_figure_units_ingest_stores_are_those_the_text_gives():
    """`Sentences.figure_units` reads what ingest stored: for each sentence and each run of them, the units
    `figure_units` finds in their text (figure_look's test then reads no text)."""
    from app.attribution.units import figure_units
    spans, s = _stored(UNITS_TEXT)
    assert len(spans) == 5
    for i, a in enumerate(spans):
        for b in spans[i:]:
            assert s.figure_units(a.start, b.end) == figure_units(UNITS_TEXT[a.start : b.end])
    assert s.figure_units() == figure_units(UNITS_TEXT) and {"stor", "pag", "percent", "dollar"} <= s.figure_units()


def test_a_unit_test_is_told_by_the_stored_sentences_without_reading_their_text():
    """`passes` asks a `StoredTest` what the stored sentences tell (`told`): the text is read only when nothing was
    stored for the document."""
    from app.answer.article_read import passes
    from app.answer.figure_look import CountsUnit
    read = []

    class Reading(CountsUnit):
        def __call__(self, text: str) -> bool:
            read.append(text)
            return super().__call__(text)
    spans, s = _stored(UNITS_TEXT)
    first, second = (UNITS_TEXT[p.start : p.end] for p in spans[:2])
    assert passes(Reading("stor"), first, s, spans[0].start, spans[0].end) is True
    assert passes(Reading("stor"), second, s, spans[1].start, spans[1].end) is False and not read
    assert passes(Reading("stor"), first, None, spans[0].start, spans[0].end) is True and read == [first]
