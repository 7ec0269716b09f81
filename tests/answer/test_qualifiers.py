"""What a question asks beyond its story must be paired with the event where the answer stands: a year it
names, a recipient after its verb, a name narrowing its wh-phrase. Its subject and relative clauses are
taken for granted."""

from __future__ import annotations

import numpy as np

from app.answer.qualifiers import asked_years, closing_place, narrowing, part_body, recipient, unpaired
from app.answer.retrieve import Hit
from app.answer.select import Quote
from app.store.chroma import StoredChunk
from app.store.sentences import Sentences
from app.text.sentences import Span


def article(*sentences: str, date: str = "2019-03-08", outlet: str = "Times", title: str = "") -> list[Quote]:
    """One quote per sentence of an article whose sentences (and their terms) are stored."""
    text, spans = "", []
    for s in sentences:
        spans.append(Span(len(text), len(text) + len(s)))
        text += s + " "
    stored = Sentences.of(spans, np.zeros((len(spans), 2)), text)
    chunk = StoredChunk(id="a", doc_id="a", start=0, end=len(text), text=text, meta={"outlet": outlet, "date": date, "title": title})
    hit = Hit(chunk, 0.5, 0.0, 0.5, 0.1, 0.1, stored)
    return [Quote(hit, sp.start, sp.end, text[sp.start:sp.end], 0, (), 1.0) for sp in spans]


def test_the_focus_is_a_year_a_recipient_or_a_narrowing_name_not_the_subject():
    assert recipient("What job did the White House offer Arlen Specter?") == ("offer", frozenset({"specter"}))
    assert recipient("What did Jim Messina suggest to Andrew Romanoff?") == ("suggest", frozenset({"romanoff"}))
    assert recipient("Why did Nebraska and Oklahoma go to the Supreme Court?") is None  # a why-question's event is given
    assert recipient("What did Trita Parsi say about the Twitter attacks?") is None  # what was said about: no recipient
    assert recipient("How much did Vanity Fair estimate the House reading would cost?") is None
    assert narrowing("In which Ohio cities will the ad air?") == frozenset({"ohio"})
    assert narrowing("In which states will the Republican Jewish Coalition ads run?") == frozenset()
    assert asked_years("What was the House vote on H.R. 1 in 2017?") == [frozenset({"2017"})]
    assert asked_years("In what year did the House vote in 2019?") == []  # a year asked for
    assert asked_years("What role did the MEK play in the protests that began in December 2017?") == []  # relative clause
    assert asked_years("What was their tax rate from 2007 through 2014?") == [frozenset({"2007", "2014"})]  # one span


def test_a_year_is_paired_in_a_neighbouring_sentence_or_by_a_recent_articles_date():
    vote = article("The House approved the plan 234-193.", "Republicans opposed it.")
    assert unpaired("What was the House vote on H.R. 1 in 2017?", vote[:1]) == ["2017"]
    assert unpaired("What was the House vote on H.R. 1 in 2019?", vote[:1]) == []  # the article's own year
    assert unpaired("What was the House vote on H.R. 1 in 2018?", vote[:1]) == []  # the year before: "last year"
    told = article("The committee met in 2015.", "The House approved the plan 234-193.", date="2019-03-08")
    assert unpaired("What was the House vote on H.R. 1 in 2015?", told[1:]) == []  # the sentence before names it
    far = article("The committee met in 2015.", "It was a long day.", "The House approved the plan 234-193.")
    assert unpaired("What was the House vote on H.R. 1 in 2015?", far[2:]) == ["2015"]  # two sentences away
    assert unpaired("What was their tax rate from 2007 through 2014?", article("The rate for 2014 was 35.7 percent.",
                                                                                date="2010-01-01")) == []


def test_a_recipient_stands_where_the_event_verb_does_and_a_narrowing_name_near_the_answer():
    offers = article("Mr. Sestak was offered an advisory position.", "He went on to defeat Senator Arlen Specter.",
                     date="2010-05-28")
    assert unpaired("What job did the White House offer Arlen Specter?", offers[:1]) == ["specter"]  # only next door
    assert unpaired("What job did the White House offer Joe Sestak?", offers[:1]) == []
    leaned = article("The White House leaned on Gov. David Paterson to drop out.", date="2010-05-28")
    assert unpaired("What position did the White House offer David Paterson?", leaned) == ["paterson"]  # no offer
    ad = article("The ad will air in Miami and Fort Myers.", date="2012-09-28")
    assert unpaired("In which Ohio cities will the ad air?", ad) == ["ohio"]
    assert unpaired("In which Florida cities will the ad air?", article("The ad airs in Florida.", "Miami is one.")[1:]) == []
    # (naming one of them: a "Which <role>" question asks for a name, `which_person`)
    assert unpaired("Which Iranian leaders were killed?", article("It killed several of Iran's new leaders, including "
                                                                  "Prime Minister Mohammad Javad Bahonar.")) == []


def test_a_sentence_dated_to_another_year_is_not_paired_by_a_year_nearby():
    rate = article("The Clintons' effective federal tax rate for 2014 was 35.7 percent.",
                   "Her 2012 concussion is in her medical history.", date="2015-07-31")
    q = "What was the Clintons' effective federal tax rate in 2012?"
    assert unpaired(q, rate[:1]) == ["2012"]  # the neighbour's 2012 is another event's
    assert unpaired(q.replace("2012", "2014"), rate[:1]) == []
    assert unpaired(q.replace("2012", "2015"), rate[:1]) == ["2015"]  # not re-dated by the article's own year
    undated = article("Their effective federal tax rate was 35.7 percent.", "That was for their 2012 returns.")
    assert unpaired(q, undated[:1]) == []  # a sentence with no year of its own: its neighbour dates it


def test_a_count_questions_year_stands_with_a_count_not_a_share():
    told = article("The population shrank nearly 30 percent from 2007 to 2014.", "Hunting is one cause.",
                   "The number has shrunk to about 400,000 recently.", date="2017-11-16")
    assert unpaired("How many African elephants were there in 2014?", [told[0], told[2]]) == ["2014"]
    assert unpaired("How many African elephants were there in 2014?",
                    article("In 2014 there were about 430,000 of them.", date="2017-11-16")) == []
    assert unpaired("What share of elephants was lost by 2014?", told[:1]) == []  # no count asked: the year is enough


def test_a_body_within_a_body_is_its_own_doer():
    assert part_body("By what margin did the House Administration Committee approve H.R. 1?") == frozenset({"committe"})
    assert part_body("By what margin did the House pass H.R. 1?") == frozenset()
    floor = article("The House approved the plan 234-193.", "Republicans opposed it.")
    assert unpaired("By what margin did the House Administration Committee approve H.R. 1?", floor[:1]) == ["committe"]
    panel = article("The committee voted along party lines.", "The House approved the plan 234-193.")
    assert unpaired("By what margin did the House Administration Committee approve H.R. 1?", panel[1:]) == []


def test_a_reported_things_kind_is_given_by_its_compound():
    from app.answer.qualifiers import reported_kind
    assert reported_kind("Which newspaper reported that the NSA was collecting credit card records?") == frozenset({"credit", "card"})
    assert reported_kind("Which newspaper reported that the NSA was collecting phone records of Verizon customers?") == frozenset({"phone"})
    assert reported_kind("Who said that the agency collected data?") == frozenset()  # one word: no kind to pick
    scoop = article("The Guardian reported that the agency was collecting phone records of millions of customers.")
    assert unpaired("Which newspaper reported that the NSA was collecting credit card records?", scoop) == ["card credit"]
    assert unpaired("Which newspaper reported that the NSA was collecting phone records?", scoop) == []


def test_a_possessive_or_a_modifier_after_the_verb_is_no_recipient():
    assert recipient("What did the White House offer Joe Sestak's brother?") is None  # "Sestak's brother" is the recipient
    assert recipient("What did the group offer the Obama administration?") is None  # "Obama" modifies a noun


def test_a_place_listed_beside_others_of_its_rank_names_no_place_within_it():
    blitz = article("The coalition launched a separate TV blitz.",
                    "It runs in markets in Florida, Nevada, Ohio and Pennsylvania.", date="2012-09-20")
    assert unpaired("In which Nevada cities will the coalition ads air?", blitz[:1]) == ["nevada"]  # listed, next door
    assert unpaired("In which states will the coalition ads air?", blitz[:1]) == []  # nothing narrows the states
    vegas = article("The coalition's ads will air in Las Vegas and Reno, Nevada.", date="2012-09-20")
    assert unpaired("In which Nevada cities will the coalition ads air?", vegas) == []


def test_a_plural_scale_word_is_a_count_too():
    assert unpaired("How many elephants were killed in 2014?",
                    article("Poachers killed tens of thousands of elephants in 2014.", date="2017-11-16")) == []


def test_the_questions_own_wh_word_opens_no_relative_clause():
    assert asked_years("Who won the House vote in 2017?") == [frozenset({"2017"})]
    assert asked_years("Which states voted in 2017?") == [frozenset({"2017"})]
    assert asked_years("Who led the group that protested in 2017?") == []  # "that protested …" is one


def test_a_closing_place_stands_by_the_answer_or_in_the_headline_not_only_in_the_dateline():
    indicted = article("WASHINGTON — The congressman was indicted on Tuesday.", "He denied the charges.",
                       "The Hunters are scheduled to be arraigned Thursday morning in San Diego.")
    assert closing_place("When will the Hunters be arraigned in San Diego?") == frozenset({"diego"})
    assert closing_place("How many people attended in March?") == frozenset()  # a date, not a place
    # the place is missing (and so the time stands with no "Washington": `elements.time_missing`)
    assert "washington" in unpaired("When will the Hunters be arraigned in Washington?", indicted[2:])
    assert unpaired("When will the Hunters be arraigned in San Diego?", indicted[2:]) == []
    ad = article("The ad is costing the group $1 million.", title="Netanyahu appears in an ad airing in Florida")
    assert unpaired("How much is the group spending on the ad in Florida?", ad) == []  # the story's place
    assert unpaired("How much is the group spending on the ad in Ohio?", ad) == ["ohio"]


def test_a_closing_name_that_is_no_place_is_not_asked_to_stand_by_the_answer():
    assert closing_place("What did the senator say in Congress?") == frozenset()  # a legislature
    assert closing_place("What did the senator say at Fox News?") == frozenset()  # an outlet
    assert closing_place("Is the ad aimed at President Obama?") == frozenset()  # a person by title
    assert closing_place("Which companies take part in PRISM?") == frozenset()  # "take part in": no place
    assert closing_place("What did he tell donors in Chicago?") == frozenset({"chicago"})
    speech = article("The senator said on the floor that the bill would fail.")
    assert unpaired("What did the senator say in Congress?", speech) == []


def test_a_closing_place_is_held_by_its_proper_name_not_by_its_generic_head():
    assert closing_place("What did the mayor say in Kansas City?") == frozenset({"kansa"})  # not "city"
    assert closing_place("Who was arrested in West Palm Beach?") == frozenset({"palm"})
    rally = article("The mayor told the crowd that the city would appeal.")
    assert unpaired("What did the mayor say in Kansas City?", rally) == ["kansa"]  # any "city" is no Kansas City
