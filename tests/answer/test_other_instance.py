"""A sentence that places the asked event's noun elsewhere, or names the asked surname only with the other sex's
title, tells of another instance of the event: it does not pair the question's place or person (`unpaired`)."""

from __future__ import annotations

from app.answer.elsewhere import asked_instance, elsewhere
from app.answer.months import asked_months
from app.answer.places import outlets_out
from app.answer.qualifiers import unpaired
from app.answer.titled_kin import asked_sex, other_sex
from tests.answer.test_qualifiers import article


def test_the_event_noun_bound_to_another_place_is_another_instance():
    q = "What did the attorney general say at his news conference in Denver?"
    assert asked_instance(q) == ("confer", frozenset({"denver"}))
    assert elsewhere(q, "The attorney general said at a news conference in Lincoln.")
    assert not elsewhere(q, "The attorney general said at a news conference in Denver.")
    assert not elsewhere(q, "The attorney general said at a news conference.")  # no place: not told elsewhere
    assert not elsewhere(q, "He said in a speech in Lincoln.")  # another noun: not read
    assert not elsewhere("What did he say at the rally in March?", "He spoke at a rally in Omaha.")  # a date
    fee = article("She was paid $200,000 for a speech in New York.", "Her next stop was Stockholm.")
    assert unpaired("How much was she paid for her speech in Stockholm?", fee[:1]) == ["stockholm"]
    home = article("She was paid $200,000 for a speech in Stockholm.")
    assert unpaired("How much was she paid for her speech in Stockholm?", home) == []


def test_the_surname_only_with_the_other_sexs_title_is_the_spouse():
    her = "How much was Hillary Clinton paid for her speech in Stockholm?"
    assert asked_sex(her) == ("clinton", "f")
    assert asked_sex("How much was Bill Clinton paid for his speech?") == ("clinton", "m")
    assert asked_sex("What did Hillary Clinton say about her husband's fees?") is None  # a relative: both asked
    assert asked_sex("Did Barack Obama meet Angela Merkel to discuss her plans?") is None  # "her" after another name
    assert other_sex(her, "Mr. Clinton earned $750,000 for a speech in Stockholm.")
    assert not other_sex(her, "Mrs. Clinton earned $750,000 for a speech in Stockholm.")
    assert not other_sex(her, "Mr. Clinton said she earned $750,000.")  # her pronoun: she may be told of
    his = "How much was Bill Clinton paid for his speech in Chicago?"
    assert other_sex(his, "She topped out at $400,000 for a speech in Chicago.", "Mrs. Clinton was paid $9 million.")
    assert not other_sex(his, "She topped out at $400,000 for a speech in Chicago.")  # nothing before: unknown
    fees = article("Among Mrs. Clinton's disclosures was that she was paid $9 million.",
                   "She topped out at $400,000 for a speech in Chicago.")
    assert unpaired(his, fees[1:]) == ["clinton", "chicago"]  # hers: neither the person nor the place paired
    assert unpaired("How much was Hillary Clinton paid for her speech in Chicago?", fees[1:]) == []


def test_a_city_that_opens_a_papers_name_places_nothing():
    assert outlets_out("The governor told The Denver Post he would appeal.") == "The governor told   he would appeal."
    assert "Denver" in outlets_out("The governor spoke at a rally in Denver.")
    told = article("The attorney general said the state would sue.",
                   "The governor told The Denver Post he would fight.")
    assert unpaired("What did the attorney general say at his news conference in Denver?", told[:1]) == ["denver"]
    rally = article("The attorney general said the state would sue.", "He spoke at a rally in Denver.")
    assert unpaired("What did the attorney general say at his news conference in Denver?", rally[:1]) == []


def test_a_figures_month_stands_with_the_figure_or_is_its_articles():
    assert asked_months("How much did the group spend on its July ad?") == [frozenset({"juli"})]
    assert asked_months("What share of the data collected in March 2013 came from Iran?") == []  # the year's
    assert asked_months("What role did the MEK play in the protests that began in December?") == []  # relative clause
    assert asked_months("May the group run the ad?") == []  # a verb
    september = article("The ad is costing the group $1 million.", date="2012-09-20")
    assert unpaired("How much did the group spend on its July ad?", september) == ["juli"]
    assert unpaired("How much did the group spend on its September ad?", september) == []  # the article's month
    told = article("In July, the group spent $500,000 on an ad.", date="2012-09-20")
    assert unpaired("How much did the group spend on its July ad?", told) == []
    assert unpaired("What did the group say about its July ad?", september) == []  # no figure asked: not read


def test_a_place_named_only_as_a_part_of_a_counted_whole_gives_no_sum_for_it():
    q = "How much was Hillary Clinton paid for her speeches in Toronto?"
    whole = ("She was paid $9.68 million in 2013 for 41 speeches, all in the United States except for two in "
             "Toronto.")
    assert elsewhere(q, whole)  # the sum is the 41 speeches'
    assert not elsewhere(q, "She was paid $500,000 for two speeches in Toronto.")  # the place's own sum
    assert not elsewhere(q, whole + " The two in Toronto paid her $300,000.")  # named again, outside the part
    assert not elsewhere("How many speeches did she give in Toronto?", whole)  # the part's count answers
